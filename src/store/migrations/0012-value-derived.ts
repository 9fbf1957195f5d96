import type { Kysely } from 'kysely';
import type { DialectName } from '../db.ts';

/**
 * Whether a stored version was worked back from other figures ("tăng 26 bậc" ⇒ hạng 53 năm 2021) instead of
 * reported as such: 1 derived, 0 reported (an integer on both dialects, as SQLite has no boolean). Versions stored
 * before are reported (the default), which is what every writer meant until then; how a derived figure was worked
 * out is its comment.
 */
export function valueDerived(_dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .alterTable('data_values')
        .addColumn('derived', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
    },
  };
}
