import type { Kysely } from 'kysely';
import type { DialectName } from '../db.ts';

/**
 * The rows of an uploaded file as the preview grid shows them (GET /imports/{id}/rows): the sheet that was read,
 * one row per sheet row in order (`seq` from 0, so a page is a key range), its number as the spreadsheet shows it
 * and its cells as text (JSON array, clipped). Written while the file is read for its preview; deleted with the
 * import, or once it is committed.
 */
export function importRows(_dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('import_rows')
        .addColumn('import_id', 'text', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('row_number', 'integer', (c) => c.notNull())
        .addColumn('cells', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('import_rows_pk', ['import_id', 'seq'])
        .execute();
    },
  };
}
