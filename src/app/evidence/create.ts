/**
 * Creating evidence (minh chứng): a document reference or a link (JSON), or a file already received and
 * hashed (multipart, see server/routes/evidence.ts). Permission to attach, on the period's last day:
 * write_values on the unit and, for a value's evidence, on its element; for a dataset's evidence, on at least
 * one of the dataset's elements (a token limited to some elements may attach evidence to the reports it feeds,
 * not to any report of its units).
 */
import { randomUUID } from 'node:crypto';
import { can, type Actor } from '../../domain/access.ts';
import { appError } from '../../domain/errors.ts';
import type { Store } from '../../store/db.ts';
import { getDataset } from '../../store/collection/datasets.ts';
import { insertEvidence, type Evidence } from '../../store/evidence/repo.ts';
import { discardEvidenceFile, keepEvidenceFile, type ReceivedFile } from '../../store/evidence/files.ts';
import {
  checkEvidenceTargetExists,
  readDocumentReference,
  readEvidenceTarget,
  readLink,
  type EvidenceTarget,
  type FieldProblem,
} from '../../store/evidence/input.ts';
import { sniffEvidenceType } from '../../store/evidence/sniff.ts';
import { authorizeUnit } from '../policy.ts';

const badRequest = (problems: FieldProblem[]) =>
  appError('BAD_REQUEST', { field: problems[0]?.field ?? '(body)', reason: problems[0]?.message ?? '' }, problems);

async function authorizeTarget(store: Store, actor: Actor, fields: Record<string, unknown>): Promise<EvidenceTarget> {
  const problems: FieldProblem[] = [];
  const target = readEvidenceTarget(fields, problems);
  if (!target) throw badRequest(problems);
  const path = await authorizeUnit(store, actor, 'write_values', target.unit, target.at, target.element ?? undefined);
  const missing = await checkEvidenceTargetExists(store.db, target);
  if (missing.length > 0) throw badRequest(missing);
  if (target.dataset !== null) {
    const dataset = await getDataset(store.db, target.dataset);
    const writable = (dataset?.elements ?? []).some((e) => can(actor, 'write_values', { unitPath: path.codes, unitIdPath: path.ids, elementCode: e.code }));
    if (!writable) {
      const message = 'không được ghi phần tử nào của biểu mẫu này / may write no element of this dataset';
      throw appError('FORBIDDEN', { action: 'write_values', target: `${target.dataset} @ ${target.unit}` }, [{ field: 'dataset', message }]);
    }
  }
  return target;
}

function base(target: EvidenceTarget, actor: Actor, now: Date): Omit<Evidence, 'kind'> {
  return {
    id: randomUUID(),
    unit: target.unit,
    period: target.period,
    element: target.element,
    dataset: target.dataset,
    document: null,
    url: null,
    file: null,
    createdBy: actor.name,
    createdAt: now.toISOString(),
  };
}

/** A document reference (số/ký hiệu, ngày, cơ quan, trích yếu) or a link, from a JSON body. */
export async function createReferenceEvidence(store: Store, actor: Actor, body: unknown, now: Date = new Date()): Promise<Evidence> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw badRequest([{ field: '(body)', message: 'phải là đối tượng JSON / must be a JSON object' }]);
  const fields = body as Record<string, unknown>;
  const target = await authorizeTarget(store, actor, fields);
  const problems: FieldProblem[] = [];
  let evidence: Evidence;
  if (fields.kind === 'document') evidence = { ...base(target, actor, now), kind: 'document', document: readDocumentReference(fields, problems) };
  else if (fields.kind === 'link') evidence = { ...base(target, actor, now), kind: 'link', url: readLink(fields, problems) };
  else
    throw badRequest([
      { field: 'kind', message: 'phải là "document" hoặc "link" (tệp: gửi multipart/form-data) / must be document or link (files: multipart)' },
    ]);
  const known = new Set(['kind', 'unit', 'period', 'element', 'dataset', ...(fields.kind === 'document' ? ['number', 'date', 'issuer', 'summary'] : ['url'])]);
  for (const key of Object.keys(fields)) if (!known.has(key)) problems.push({ field: key, message: 'trường không được hỗ trợ / unknown field' });
  if (problems.length > 0) throw badRequest(problems);
  return insertEvidence(store.db, evidence);
}

export interface FileUpload {
  fields: Record<string, unknown>;
  /** The received file (hashed, in a temporary place), or null when no file part came. */
  file: ReceivedFile | null;
  /** The client's file name, cleaned. */
  fileName: string;
}

/** A file evidence: checked by content and extension, kept content-addressed under `dir`; the received file is discarded on any refusal. */
export async function createFileEvidence(store: Store, actor: Actor, upload: FileUpload, dir: string, now: Date = new Date()): Promise<Evidence> {
  let received = upload.file;
  try {
    if (!received) throw badRequest([{ field: 'file', message: 'thiếu tệp minh chứng / the file is missing' }]);
    const target = await authorizeTarget(store, actor, upload.fields);
    const type = sniffEvidenceType(received.head, received.tail, upload.fileName);
    if ('error' in type) throw appError('UNSUPPORTED_MEDIA_TYPE', { type: `${upload.fileName}: ${type.error}` });
    const { size, sha256 } = received;
    await keepEvidenceFile(dir, received);
    received = null;
    return await insertEvidence(store.db, {
      ...base(target, actor, now),
      kind: 'file',
      file: { name: upload.fileName, size, mediaType: type.mediaType, sha256 },
    });
  } finally {
    if (received) await discardEvidenceFile(received);
  }
}
