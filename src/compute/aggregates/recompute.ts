/**
 * Full recompute after a formula, tree or framework change: the closure, then every aggregate row, in one
 * transaction. The roll-up runs in memory (rollup.ts) element by element over the element's values read in
 * key order, and its rows are written in key order: each value is read once, each aggregate row written once.
 */
import type { Kysely } from 'kysely';
import type { Store } from '../../store/db.ts';
import type { Database } from '../../store/schema.ts';
import { lockAggregatesForRebuild } from '../../store/aggregates/write.ts';
import { deleteAggregateRows, readNonSelfEdges, rebuildIo, type ElementFilter } from '../../store/aggregates/rebuild.ts';
import { todayIsoDate } from '../../domain/dates.ts';
import { refreshStatistics, withLargeCache } from '../../store/values/bulk.ts';
import { clearRecomputeRequired, recomputeRequired } from '../../store/aggregates/flags.ts';
import { rebuildClosure } from './closure-store.ts';
import { groupEdges, Rollup, RollupGraph } from './rollup.ts';

export interface RecomputeProgress {
  step: number;
  steps: number;
  message: string;
}

export interface RecomputeOptions {
  onProgress?: (progress: RecomputeProgress) => void;
  /** The date of "today's tree" for the now-view (default: today in Vietnam). */
  today?: string;
}

export interface RecomputeReport {
  units: number;
  closureRows: number;
  leafRows: number;
  /** Distinct periods rolled up to another unit. */
  periods: number;
  aggregateRows: number;
  treeDate: string;
  durationMs: number;
}

export async function recomputeAll(store: Store, options: RecomputeOptions = {}): Promise<RecomputeReport> {
  const started = Date.now();
  const today = options.today ?? todayIsoDate();
  const report = await withLargeCache(store, () => store.db.transaction().execute(async (trx) => {
    await lockAggregatesForRebuild(trx, store.dialect);
    const elements = await rolledElements(trx, undefined);
    const steps = elements.length + 1;
    options.onProgress?.({ step: 1, steps, message: 'Cây đơn vị và phả hệ / unit tree and lineage' });
    const closure = await rebuildClosure(trx, today);
    await refreshStatistics(trx, store.dialect, ['agg_closure', 'current_values']);
    const totals = await rebuildRows(trx, store, undefined, elements, (done, element) =>
      options.onProgress?.({ step: 2 + done, steps, message: `Tổng hợp phần tử ${element} (${done + 1}/${elements.length}) / roll-up` }),
    );
    await clearRecomputeRequired(trx);
    return { ...closure, periods: totals.periods, aggregateRows: totals.rows, treeDate: today };
  }));
  // Timed to the end of the commit (SQLite: including the WAL checkpoint it triggers).
  return { ...report, durationMs: Date.now() - started };
}

/** Runs a full recompute when a migration flagged the stored aggregates as stale; returns its report or null. */
export async function recomputeIfRequired(store: Store, options: RecomputeOptions = {}): Promise<RecomputeReport | null> {
  const flag = await recomputeRequired(store.db);
  return flag ? recomputeAll(store, options) : null;
}

/**
 * Rebuilds every aggregate row of some elements inside the caller's transaction (the bulk ingest path after a
 * large load), on the stored closure (units missing from it must have been added first: ensureClosure).
 */
export async function rebuildElements(trx: Kysely<Database>, store: Pick<Store, 'dialect' | 'sqlite'>, elementIds: readonly number[]): Promise<void> {
  if (elementIds.length === 0) return;
  await lockAggregatesForRebuild(trx, store.dialect);
  await rebuildRows(trx, store, elementIds, await rolledElements(trx, elementIds));
}

/** The elements whose values roll up to other units (an element a unit states itself, hierarchy 'none', never does). */
async function rolledElements(trx: Kysely<Database>, only: ElementFilter): Promise<Array<{ id: number; code: string }>> {
  let query = trx.selectFrom('dataElements').select(['id', 'code']).where('hierarchyAggregation', '<>', 'none').orderBy('id');
  if (only) query = query.where('id', 'in', only.length ? only : [-1]);
  return query.execute();
}

async function rebuildRows(
  trx: Kysely<Database>,
  store: Pick<Store, 'dialect' | 'sqlite'>,
  filter: ElementFilter,
  elements: ReadonlyArray<{ id: number; code: string }>,
  progress: (done: number, element: string) => void = () => {},
): Promise<{ rows: number; periods: number }> {
  await deleteAggregateRows(trx, filter);
  const graph = await loadRollupGraph(trx);
  const io = rebuildIo(trx, store);
  const periods = new Set<string>();
  let rows = 0;
  for (const [done, element] of elements.entries()) {
    progress(done, element.code);
    const rollup = new Rollup(graph);
    await io.eachValue(element.id, (unitId, period, value) => rollup.add(element.id, unitId, period, value));
    for (const period of rollup.periodIds()) periods.add(period);
    const out = rollup.rows();
    await io.insertRows(out);
    rows += out.length;
  }
  await refreshStatistics(trx, store.dialect, ['aggregates']);
  return { rows, periods: periods.size };
}

/** The closure's non-self edges, numbered for the in-memory roll-up. */
export async function loadRollupGraph(trx: Kysely<Database>): Promise<RollupGraph> {
  return new RollupGraph(groupEdges(await readNonSelfEdges(trx)));
}
