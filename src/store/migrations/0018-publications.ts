import type { Kysely } from 'kysely';
import type { DialectName } from '../db.ts';

/**
 * Open data (issue 12): what an administrator published for anonymous readers. One row per publication — an
 * indicator (`kind` 'indicator', `key` its code) or a ranking edition (`kind` 'ranking', `key`
 * `framework|edition|period`) — with who published it and when. Nothing is public by default; unpublishing deletes
 * the row (the audit trail keeps both steps).
 */
export function publications(_dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('publications')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('published_at', 'text', (c) => c.notNull())
        .addColumn('published_by', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addPrimaryKeyConstraint('publications_pk', ['kind', 'key'])
        .execute();
    },
  };
}
