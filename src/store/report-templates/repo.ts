/** The stored overrides of the report's sentence templates (table report_templates, migration 0017). */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export interface StoredTemplate {
  key: string;
  text: string;
  updatedAt: string;
  updatedBy: string;
}

/** Every override, by key. */
export async function listTemplateOverrides(db: Kysely<Database>): Promise<StoredTemplate[]> {
  return db.selectFrom('reportTemplates').select(['key', 'text', 'updatedAt', 'updatedBy']).orderBy('key').execute();
}

export async function getTemplateOverride(db: Kysely<Database>, key: string): Promise<StoredTemplate | null> {
  return (await db.selectFrom('reportTemplates').select(['key', 'text', 'updatedAt', 'updatedBy']).where('key', '=', key).executeTakeFirst()) ?? null;
}

/** Stores (or replaces) the override of `key`. */
export async function putTemplateOverride(db: Kysely<Database>, row: StoredTemplate): Promise<void> {
  await db
    .insertInto('reportTemplates')
    .values(row)
    .onConflict((oc) => oc.column('key').doUpdateSet({ text: row.text, updatedAt: row.updatedAt, updatedBy: row.updatedBy }))
    .execute();
}

/** Removes the override of `key` (the default applies again); whether there was one. */
export async function deleteTemplateOverride(db: Kysely<Database>, key: string): Promise<boolean> {
  const result = await db.deleteFrom('reportTemplates').where('key', '=', key).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
