import type { Kysely } from 'kysely';
import type { DialectName } from '../db.ts';

/**
 * Imports (an uploaded file's preview, progress and outcome; the file itself waits in the imports
 * directory until committed) and evidence (minh chứng: a document reference, a stored file or a link,
 * attached to a value or to a submission). Ids are random text (UUIDs): they appear in URLs.
 */
export function imports(_dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('imports')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('dataset_code', 'text', (c) => c.notNull())
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('stored_file', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('rows_read', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('preview', 'text')
        .addColumn('result', 'text')
        .addColumn('created_by', 'text', (c) => c.notNull())
        // 'user' | 'token': user and token names may overlap, so ownership compares both (null: nobody but an admin).
        .addColumn('created_by_kind', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('imports_created_by').on('imports').columns(['created_by', 'created_at']).execute();

      await db.schema
        .createTable('evidence')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('unit_code', 'text', (c) => c.notNull())
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('element_code', 'text')
        .addColumn('dataset_code', 'text')
        .addColumn('doc_number', 'text')
        .addColumn('doc_date', 'text')
        .addColumn('doc_issuer', 'text')
        .addColumn('doc_summary', 'text')
        .addColumn('url', 'text')
        .addColumn('file_sha256', 'text')
        .addColumn('file_name', 'text')
        .addColumn('file_size', 'integer')
        .addColumn('media_type', 'text')
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('evidence_target').on('evidence').columns(['unit_code', 'period', 'element_code']).execute();
    },
  };
}
