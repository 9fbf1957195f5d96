/**
 * Writes to the aggregate rows. Deltas are added in SQL (`sum = aggregates.sum + excluded.sum`), never read,
 * changed and written back in JS, so concurrent writers on PostgreSQL commute. Keys are applied in one sorted
 * order so two writers never wait on each other in a cycle.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { DialectName } from '../db.ts';
import type { AggregateKey, AggregateRow } from './schema.ts';

const CHUNK = 400;

/** A key as one string that sorts in the aggregates' key order (view, element, period, unit). */
export function deltaKey(d: AggregateKey): string {
  return `${d.view}|${String(d.elementId).padStart(10, '0')}|${d.period}|${String(d.unitId).padStart(10, '0')}`;
}

/** Adds the deltas (one per key) to their rows, creating missing rows, in key order (a live write's few rows). */
export async function addAggregateDeltas(trx: Kysely<Database>, deltas: readonly AggregateRow[]): Promise<void> {
  const sorted = [...deltas].sort((a, b) => (deltaKey(a) < deltaKey(b) ? -1 : 1));
  for (let i = 0; i < sorted.length; i += CHUNK) {
    const rows = sorted.slice(i, i + CHUNK);
    await trx
      .insertInto('aggregates')
      .values(rows)
      .onConflict((oc) =>
        oc.columns(['view', 'elementId', 'period', 'unitId']).doUpdateSet({
          sum: sql`aggregates.sum + excluded.sum`,
          n: sql`aggregates.n + excluded.n`,
          nApprox: sql`aggregates.n_approx + excluded.n_approx`,
        }),
      )
      .execute();
  }
}

/**
 * Keeps live writers out while a full recompute rebuilds the rows (PostgreSQL: a table lock that waits for
 * writers in flight; SQLite: the recompute's transaction already holds the database's write lock).
 */
export async function lockAggregatesForRebuild(trx: Kysely<Database>, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') await sql`LOCK TABLE aggregates IN EXCLUSIVE MODE`.execute(trx);
}
