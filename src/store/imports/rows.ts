/**
 * The rows of an uploaded file's read sheet (table import_rows): saved in batches while the file is read for its
 * preview, read a page at a time by the preview grid (a key range on (import, seq)), deleted with the import or at
 * its commit. The cells are text; the repository does not look into them.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export interface ImportRow {
  /** 0-based position in the sheet's rows. */
  seq: number;
  /** The row's number as the spreadsheet shows it. */
  rowNumber: number;
  cells: string[];
}

/** Rows per insert statement (4 parameters each: well under both dialects' limits). */
const INSERT_CHUNK = 500;

export async function saveImportRows(db: Kysely<Database>, importId: string, rows: readonly ImportRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    const chunk = rows.slice(start, start + INSERT_CHUNK);
    await db
      .insertInto('importRows')
      .values(chunk.map((r) => ({ importId, seq: r.seq, rowNumber: r.rowNumber, cells: JSON.stringify(r.cells) })))
      .execute();
  }
}

/** Rows `offset` to `offset + limit - 1` in sheet order. */
export async function listImportRows(db: Kysely<Database>, importId: string, offset: number, limit: number): Promise<ImportRow[]> {
  const rows = await db
    .selectFrom('importRows')
    .select(['seq', 'rowNumber', 'cells'])
    .where('importId', '=', importId)
    .where('seq', '>=', offset)
    .where('seq', '<', offset + limit)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({ seq: Number(r.seq), rowNumber: Number(r.rowNumber), cells: JSON.parse(r.cells) as string[] }));
}

export async function deleteImportRows(db: Kysely<Database>, importId: string): Promise<void> {
  await db.deleteFrom('importRows').where('importId', '=', importId).execute();
}

/** Rows of imports that no longer exist (purged, refused): what a purge leaves is swept here. */
export async function deleteOrphanImportRows(db: Kysely<Database>): Promise<number> {
  const result = await db
    .deleteFrom('importRows')
    .where((eb) => eb.not(eb.exists(eb.selectFrom('imports').select('imports.id').whereRef('imports.id', '=', 'importRows.importId'))))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
