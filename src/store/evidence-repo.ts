/** Evidence (minh chứng) records: a document reference, a stored file or a link, attached to a value or a submission. */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import type { EvidenceTable } from './schema-imports.ts';

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

export async function getEvidence(db: Kysely<Database>, id: string): Promise<Evidence | null> {
  const row = await db.selectFrom('evidence').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toEvidence(row) : null;
}
