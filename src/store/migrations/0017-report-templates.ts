import type { Kysely } from 'kysely';
import type { DialectName } from '../db.ts';

/**
 * An administrator's wording of a sentence of the generated progress report (domain/report-template.ts): one row
 * per template key that differs from the code's default; deleting the row resets it. Each change is also kept in
 * the audit log (entity `report_template`).
 */
export function reportTemplates(_dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('report_templates')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
