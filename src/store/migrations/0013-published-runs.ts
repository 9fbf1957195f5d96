import type { Kysely } from 'kysely';
import type { DialectName } from '../db.ts';

/**
 * Published results entered as the framework's owner published them (`dx-ioc scores import`): a run says how it
 * came to be (`origin`: computed | imported) and, imported, where its figures come from (`source`, JSON: title,
 * url, date, file); a result row says which of its figures were worked out rather than stated and how
 * (`provenance`, JSON: {derived: [...], note}). Existing runs are computed ones.
 */
export function publishedRuns(_dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .alterTable('score_runs')
        .addColumn('origin', 'text', (c) => c.notNull().defaultTo('computed'))
        .execute();
      await db.schema.alterTable('score_runs').addColumn('source', 'text').execute();
      await db.schema.alterTable('score_results').addColumn('provenance', 'text').execute();
    },
  };
}
