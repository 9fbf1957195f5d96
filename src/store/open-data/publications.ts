/** The publications table: what an administrator made public (open data), read and written without rules or audit. */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { PublicationsTable } from './schema.ts';

export type PublicationRow = Selectable<PublicationsTable>;
export type PublicationKind = 'indicator' | 'ranking';

/** Every publication, or those of one kind, by kind then key. */
export async function listPublications(db: Kysely<Database>, kind?: PublicationKind): Promise<PublicationRow[]> {
  let query = db.selectFrom('publications').selectAll();
  if (kind) query = query.where('kind', '=', kind);
  return query.orderBy('kind').orderBy('key').execute();
}

export async function getPublication(db: Kysely<Database>, kind: PublicationKind, key: string): Promise<PublicationRow | null> {
  return (await db.selectFrom('publications').selectAll().where('kind', '=', kind).where('key', '=', key).executeTakeFirst()) ?? null;
}

/** Inserts or replaces a publication (a second publish refreshes who and when). */
export async function savePublication(db: Kysely<Database>, row: PublicationRow): Promise<void> {
  const existing = await getPublication(db, row.kind as PublicationKind, row.key);
  if (existing) {
    await db
      .updateTable('publications')
      .set({ publishedAt: row.publishedAt, publishedBy: row.publishedBy, note: row.note })
      .where('kind', '=', row.kind)
      .where('key', '=', row.key)
      .execute();
  } else {
    await db.insertInto('publications').values(row).execute();
  }
}

/** Deletes a publication; true when there was one. */
export async function deletePublication(db: Kysely<Database>, kind: PublicationKind, key: string): Promise<boolean> {
  const result = await db.deleteFrom('publications').where('kind', '=', kind).where('key', '=', key).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
