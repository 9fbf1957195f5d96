/** Evidence (minh chứng) records: a document reference, a stored file or a link, attached to a value or a submission. */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { EvidenceTable } from '../imports/schema.ts';

export type EvidenceKind = 'document' | 'file' | 'link';

export interface Evidence {
  id: string;
  kind: EvidenceKind;
  unit: string;
  period: string;
  element: string | null;
  dataset: string | null;
  document: { number: string; date: string | null; issuer: string | null; summary: string | null } | null;
  url: string | null;
  file: { name: string; size: number; mediaType: string; sha256: string } | null;
  createdBy: string;
  createdAt: string;
}

function toEvidence(row: EvidenceTable): Evidence {
  return {
    id: row.id,
    kind: row.kind as EvidenceKind,
    unit: row.unitCode,
    period: row.period,
    element: row.elementCode,
    dataset: row.datasetCode,
    document: row.kind === 'document' ? { number: row.docNumber ?? '', date: row.docDate, issuer: row.docIssuer, summary: row.docSummary } : null,
    url: row.url,
    file: row.kind === 'file' ? { name: row.fileName ?? '', size: Number(row.fileSize), mediaType: row.mediaType ?? '', sha256: row.fileSha256 ?? '' } : null,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
  };
}

export async function insertEvidence(db: Kysely<Database>, evidence: Evidence): Promise<Evidence> {
  await db
    .insertInto('evidence')
    .values({
      id: evidence.id,
      kind: evidence.kind,
      unitCode: evidence.unit,
      period: evidence.period,
      elementCode: evidence.element,
      datasetCode: evidence.dataset,
      docNumber: evidence.document?.number ?? null,
      docDate: evidence.document?.date ?? null,
      docIssuer: evidence.document?.issuer ?? null,
      docSummary: evidence.document?.summary ?? null,
      url: evidence.url,
      fileSha256: evidence.file?.sha256 ?? null,
      fileName: evidence.file?.name ?? null,
      fileSize: evidence.file?.size ?? null,
      mediaType: evidence.file?.mediaType ?? null,
      createdBy: evidence.createdBy,
      createdAt: evidence.createdAt,
    })
    .execute();
  return evidence;
}

/** What a data value's evidence reference is checked against (app/collection/evidence-refs.ts). */
export interface EvidenceAttachment {
  unit: string;
  period: string;
  element: string | null;
  dataset: string | null;
  /** For evidence of a dataset: the codes of its elements (empty for evidence of an element). */
  datasetElements: string[];
}

/** Ids per query: well under SQLite's 32,766 and PostgreSQL's 65,535 parameters. */
const ID_CHUNK = 1000;

/**
 * Where the evidence with these ids is attached, by id (unknown ids are absent). One query per 1,000 ids, each
 * also bringing a dataset's element codes, so a large batch's references are checked in a few statements.
 */
export async function evidenceAttachments(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, EvidenceAttachment>> {
  const unique = [...new Set(ids)];
  const out = new Map<string, EvidenceAttachment>();
  for (let i = 0; i < unique.length; i += ID_CHUNK) {
    const rows = await db
      .selectFrom('evidence')
      .leftJoin('datasets', 'datasets.code', 'evidence.datasetCode')
      .leftJoin('datasetElements', 'datasetElements.datasetId', 'datasets.id')
      .leftJoin('dataElements', 'dataElements.id', 'datasetElements.elementId')
      .select(['evidence.id', 'evidence.unitCode', 'evidence.period', 'evidence.elementCode', 'evidence.datasetCode', 'dataElements.code as datasetElement'])
      .where('evidence.id', 'in', unique.slice(i, i + ID_CHUNK))
      .execute();
    for (const row of rows) {
      let attachment = out.get(row.id);
      if (!attachment) {
        attachment = { unit: row.unitCode, period: row.period, element: row.elementCode, dataset: row.datasetCode, datasetElements: [] };
        out.set(row.id, attachment);
      }
      if (row.datasetElement !== null) attachment.datasetElements.push(row.datasetElement);
    }
  }
  return out;
}

export async function getEvidence(db: Kysely<Database>, id: string): Promise<Evidence | null> {
  const row = await db.selectFrom('evidence').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toEvidence(row) : null;
}

/** Evidence of a unit and period attached to a dataset or to one of some elements (a form's), oldest first. */
export async function evidenceOfForm(
  db: Kysely<Database>,
  key: { unit: string; period: string; dataset: string; elements: readonly string[] },
): Promise<Evidence[]> {
  const rows = await db
    .selectFrom('evidence')
    .selectAll()
    .where('unitCode', '=', key.unit)
    .where('period', '=', key.period)
    .where((eb) => eb.or([eb('datasetCode', '=', key.dataset), ...(key.elements.length > 0 ? [eb('elementCode', 'in', [...key.elements])] : [])]))
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
  return rows.map(toEvidence);
}
