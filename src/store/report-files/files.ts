/** report_files rows (migration 0019): a generated report's file, written once when its job ends, read by job id; the list without the bytes. */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { ReportFilesTable } from './schema.ts';

export type ReportFileRow = Selectable<ReportFilesTable>;
export type ReportFileEntry = Omit<ReportFileRow, 'bytes'>;

export async function insertReportFile(db: Kysely<Database>, file: Omit<ReportFileRow, 'id'>): Promise<number> {
  const { id } = await db.insertInto('reportFiles').values(file).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** The file of a job, with its bytes as a Buffer on both dialects; null when the job stored none. */
export async function readReportFile(db: Kysely<Database>, jobId: number): Promise<ReportFileRow | null> {
  const row = await db.selectFrom('reportFiles').selectAll().where('jobId', '=', jobId).executeTakeFirst();
  return row ? { ...row, bytes: Buffer.from(row.bytes) } : null;
}

/** The newest files first, without their bytes. */
export async function listReportFiles(
  db: Kysely<Database>,
  { limit, offset }: { limit: number; offset: number },
): Promise<{ total: number; items: ReportFileEntry[] }> {
  const items = await db
    .selectFrom('reportFiles')
    .select(['id', 'jobId', 'plan', 'unit', 'period', 'format', 'mediaType', 'fileName', 'size', 'requestedBy', 'createdAt'])
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  const { n } = await db
    .selectFrom('reportFiles')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return { total: Number(n), items };
}
