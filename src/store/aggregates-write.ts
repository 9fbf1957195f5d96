/**
 * Writes to the aggregate rows. Deltas are added in SQL (`sum = aggregates.sum + excluded.sum`), never read,
 * changed and written back in JS, so concurrent writers on PostgreSQL commute. Keys are applied in one sorted
 * order so two writers never wait on each other in a cycle.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';
import type { DialectName } from './db.ts';

export interface AggregateDelta {
  view: string;
  elementId: number;
  unitId: number;
  period: string;
  sum: number;
  n: number;
  nApprox: number;
}

const CHUNK = 400;

export function deltaKey(d: Pick<AggregateDelta, 'view' | 'elementId' | 'unitId' | 'period'>): string {
  return `${d.view}|${String(d.elementId).padStart(10, '0')}|${d.period}|${String(d.unitId).padStart(10, '0')}`;
}

/** Adds the deltas (one per key) to their rows, creating missing rows. */
export async function addAggregateDeltas(trx: Kysely<Database>, deltas: readonly AggregateDelta[]): Promise<void> {
  const sorted = [...deltas].sort((a, b) => (deltaKey(a) < deltaKey(b) ? -1 : 1));
  for (let i = 0; i < sorted.length; i += CHUNK) {
    const rows = sorted.slice(i, i + CHUNK).map((d) => ({ ...d, lastPeriod: null }));
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

export interface AggregateKey {
  view: string;
  elementId: number;
  unitId: number;
  period: string;
}

/**
 * Sets a stock's coarse row to its latest reported sub-period: first claims the row (so a concurrent writer
 * of the same row waits), then reads the sub-period rows in a new statement (which sees what committed before).
 */
export async function refreshLastRow(trx: Kysely<Database>, key: AggregateKey, subPeriods: readonly string[]): Promise<void> {
  await trx
    .insertInto('aggregates')
    .values({ ...key, sum: 0, n: 0, nApprox: 0, lastPeriod: null })
    .onConflict((oc) => oc.columns(['view', 'elementId', 'period', 'unitId']).doUpdateSet({ n: sql`aggregates.n` }))
    .execute();
  const latest = await trx
    .selectFrom('aggregates')
    .select(['period', 'sum', 'n', 'nApprox'])
    .where('view', '=', key.view)
    .where('elementId', '=', key.elementId)
    .where('unitId', '=', key.unitId)
    .where('period', 'in', subPeriods)
    .where('n', '>', 0)
    .orderBy('period', 'desc')
    .limit(1)
    .executeTakeFirst();
  await trx
    .updateTable('aggregates')
    .set({ sum: latest?.sum ?? 0, n: latest?.n ?? 0, nApprox: latest?.nApprox ?? 0, lastPeriod: latest?.period ?? null })
    .where('view', '=', key.view)
    .where('elementId', '=', key.elementId)
    .where('unitId', '=', key.unitId)
    .where('period', '=', key.period)
    .execute();
}

/**
 * Keeps live writers out while a full recompute rebuilds the rows (PostgreSQL: a table lock that waits for
 * writers in flight; SQLite: the recompute's transaction already holds the database's write lock).
 */
export async function lockAggregatesForRebuild(trx: Kysely<Database>, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') await sql`LOCK TABLE aggregates IN EXCLUSIVE MODE`.execute(trx);
}
