import { randomUUID } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { can, type Actor } from '../../domain/access.ts';
import { parsePeriod } from '../../domain/periods.ts';
import { getDataset } from '../../store/collection/datasets.ts';
import { getEvidence, insertEvidence, type Evidence } from '../../store/evidence/repo.ts';
import {
  defaultEvidenceDir,
  defaultEvidenceMaxBytes,
  discardEvidenceFile,
  evidenceFilePath,
  keepEvidenceFile,
  receiveEvidenceFile,
  type ReceivedFile,
} from '../../store/evidence/files.ts';
import { checkEvidenceTargetExists, cleanFileName, readDocumentReference, readEvidenceTarget, readLink, type EvidenceTarget, type FieldProblem } from '../../store/evidence/input.ts';
import { sniffEvidenceType } from '../../store/evidence/sniff.ts';
import { unitPathWithIds } from '../../store/units/path.ts';
import { authorizeUnit, requireActor } from '../auth/guard.ts';
import { AppError, appError } from '../../domain/errors.ts';
import { receiveMultipartUpload } from '../multipart-upload.ts';
import { noQuerystring } from '../schemas/unit-schemas.ts';
import type { RouteDeps } from '../route-deps.ts';
import { contentDisposition, evidenceIdParams, evidenceSchema, type EvidenceIdParams } from '../schemas/import-evidence-schemas.ts';

const badRequest = (problems: FieldProblem[]) => appError('BAD_REQUEST', { field: problems[0]?.field ?? '(body)', reason: problems[0]?.message ?? '' }, problems);

/** Evidence (minh chứng): create (document reference, link as JSON; file as multipart), read, download. */
export const evidenceRoutes: FastifyPluginAsync<RouteDeps> = async (app, deps) => {
  const dir = deps.files?.evidenceDir ?? defaultEvidenceDir();
  const maxBytes = deps.files?.evidenceMaxBytes ?? defaultEvidenceMaxBytes();
  await app.register(multipart, { limits: { files: 1, fields: 10, fieldSize: 10_000, fileSize: maxBytes + 1 } });

  /**
   * Permission to attach, on the period's last day: write_values on the unit and, for a value's evidence, on its
   * element; for a dataset's evidence, on at least one of the dataset's elements (a token limited to some elements
   * may attach evidence to the reports it feeds, not to any report of its units).
   */
  async function authorizeTarget(request: FastifyRequest, fields: Record<string, unknown>): Promise<{ target: EvidenceTarget; name: string }> {
    const problems: FieldProblem[] = [];
    const target = readEvidenceTarget(fields, problems);
    if (!target) throw badRequest(problems);
    const actor = await authorizeUnit(request, deps, 'write_values', target.unit, target.at, target.element ?? undefined);
    const missing = await checkEvidenceTargetExists(deps.store.db, target);
    if (missing.length > 0) throw badRequest(missing);
    if (target.dataset !== null) await authorizeDatasetElements(actor, target, target.dataset);
    return { target, name: actor.name };
  }

  async function authorizeDatasetElements(actor: Actor, target: EvidenceTarget, code: string): Promise<void> {
    const dataset = await getDataset(deps.store.db, code);
    const path = await unitPathWithIds(deps.store.db, target.unit, target.at);
    const writable = (dataset?.elements ?? []).some((e) => path && can(actor, 'write_values', { unitPath: path.codes, unitIdPath: path.ids, elementCode: e.code }));
    if (!writable) {
      const message = 'không được ghi phần tử nào của biểu mẫu này / may write no element of this dataset';
      throw appError('FORBIDDEN', { action: 'write_values', target: `${code} @ ${target.unit}` }, [{ field: 'dataset', message }]);
    }
  }

  const base = (target: EvidenceTarget, createdBy: string): Omit<Evidence, 'kind'> => ({
    id: randomUUID(),
    unit: target.unit,
    period: target.period,
    element: target.element,
    dataset: target.dataset,
    document: null,
    url: null,
    file: null,
    createdBy,
    createdAt: (deps.now?.() ?? new Date()).toISOString(),
  });

  app.post('/evidence', { schema: { querystring: noQuerystring, response: { 201: evidenceSchema } } }, async (request, reply) => {
    requireActor(request);
    if (request.isMultipart()) return reply.status(201).send(await createFileEvidence(request));
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (typeof body !== 'object' || Array.isArray(body)) throw badRequest([{ field: '(body)', message: 'phải là đối tượng JSON / must be a JSON object' }]);
    const { target, name } = await authorizeTarget(request, body);
    const problems: FieldProblem[] = [];
    let evidence: Evidence;
    if (body.kind === 'document') evidence = { ...base(target, name), kind: 'document', document: readDocumentReference(body, problems) };
    else if (body.kind === 'link') evidence = { ...base(target, name), kind: 'link', url: readLink(body, problems) };
    else throw badRequest([{ field: 'kind', message: 'phải là "document" hoặc "link" (tệp: gửi multipart/form-data) / must be document or link (files: multipart)' }]);
    const known = new Set(['kind', 'unit', 'period', 'element', 'dataset', ...(body.kind === 'document' ? ['number', 'date', 'issuer', 'summary'] : ['url'])]);
    for (const key of Object.keys(body)) if (!known.has(key)) problems.push({ field: key, message: 'trường không được hỗ trợ / unknown field' });
    if (problems.length > 0) throw badRequest(problems);
    return reply.status(201).send(await insertEvidence(deps.store.db, evidence));
  });

  async function createFileEvidence(request: FastifyRequest): Promise<Evidence> {
    const upload = await receiveMultipartUpload<ReceivedFile>(request, {
      store: (part) => receiveEvidenceFile(dir, part.file, maxBytes),
      discard: discardEvidenceFile,
      isTooLarge: (error) => error instanceof AppError && error.code === 'PAYLOAD_TOO_LARGE',
    });
    let received = upload.file;
    try {
      if (!received) throw badRequest([{ field: 'file', message: 'thiếu tệp minh chứng / the file is missing' }]);
      const fileName = cleanFileName(upload.fileName);
      const { target, name } = await authorizeTarget(request, upload.fields);
      const type = sniffEvidenceType(received.head, received.tail, fileName);
      if ('error' in type) throw appError('UNSUPPORTED_MEDIA_TYPE', { type: `${fileName}: ${type.error}` });
      const { size, sha256 } = received;
      await keepEvidenceFile(dir, received);
      received = null;
      return await insertEvidence(deps.store.db, { ...base(target, name), kind: 'file', file: { name: fileName, size, mediaType: type.mediaType, sha256 } });
    } finally {
      if (received) await discardEvidenceFile(received);
    }
  }

  app.get<{ Params: EvidenceIdParams }>('/evidence/:id', { schema: { params: evidenceIdParams, querystring: noQuerystring, response: { 200: evidenceSchema } } }, async (request) => {
    const evidence = await getEvidence(deps.store.db, request.params.id);
    if (!evidence) throw appError('NOT_FOUND');
    await authorizeUnit(request, deps, 'read', evidence.unit, parsePeriod(evidence.period).end);
    return evidence;
  });

  app.get<{ Params: EvidenceIdParams }>('/evidence/:id/file', { schema: { params: evidenceIdParams, querystring: noQuerystring } }, async (request, reply) => {
    const evidence = await getEvidence(deps.store.db, request.params.id);
    if (!evidence?.file) throw appError('NOT_FOUND');
    await authorizeUnit(request, deps, 'read', evidence.unit, parsePeriod(evidence.period).end);
    // Open before any header is set: a missing stored file is an answer in our shape, not a broken download.
    let handle: FileHandle;
    try {
      handle = await open(evidenceFilePath(dir, evidence.file.sha256));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      request.log.error({ evidence: evidence.id, sha256: evidence.file.sha256 }, 'the stored evidence file is missing');
      throw appError('NOT_FOUND');
    }
    return reply
      .header('content-type', evidence.file.mediaType)
      .header('content-length', evidence.file.size)
      .header('content-disposition', contentDisposition(evidence.file.name))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(handle.createReadStream());
  });
};
