/** Full recompute after a formula, tree or framework change: closure, periods, then every aggregate row, set-based, in one transaction. */
import type { Kysely } from 'kysely';
import type { Store, DialectName } from '../store/db.ts';
import type { Database } from '../store/schema.ts';
import { lockAggregatesForRebuild } from '../store/aggregates-write.ts';
import { COARSE_PERIOD_TYPES, deleteAggregateRows, rebuildBaseRows, rebuildFlowRows, rebuildStockRows, type ElementFilter } from '../store/aggregates-rebuild.ts';
import { todayIsoDate } from '../domain/dates.ts';
import { refreshStatistics, withLargeCache } from '../store/values-bulk.ts';
import { rebuildClosure } from './closure-store.ts';
import { periodInfo } from './period-info.ts';

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
  periods: number;
  aggregateRows: number;
  treeDate: string;
  durationMs: number;
}

const STEPS = 9;

export async function recomputeAll(store: Store, options: RecomputeOptions = {}): Promise<RecomputeReport> {
  const started = Date.now();
  const today = options.today ?? todayIsoDate();
  let step = 0;
  const progress = (message: string) => options.onProgress?.({ step: ++step, steps: STEPS, message });
  return withLargeCache(store, () => store.db.transaction().execute(async (trx) => {
    await lockAggregatesForRebuild(trx, store.dialect);
    progress('Cây đơn vị và phả hệ / unit tree and lineage');
    const closure = await rebuildClosure(trx, today);
    progress('Kỳ báo cáo / periods');
    await trx.deleteFrom('aggPeriods').execute();
    const periods = await addMissingPeriods(trx);
    await refreshStatistics(trx, store.dialect, ['agg_closure', 'agg_periods', 'current_values']);
    await rebuildRows(trx, store.dialect, undefined, progress);
    const counted = await trx.selectFrom('aggregates').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return { ...closure, periods, aggregateRows: Number(counted.n), treeDate: today, durationMs: Date.now() - started };
  }));
}

/**
 * Rebuilds every aggregate row of some elements inside the caller's transaction (the bulk ingest path after a
 * large load): the same set-based statements as recomputeAll, on the stored closure (units missing from it
 * must have been added first: ensureClosure).
 */
export async function rebuildElements(trx: Kysely<Database>, dialect: DialectName, elementIds: readonly number[], periods?: readonly string[]): Promise<void> {
  if (elementIds.length === 0) return;
  await lockAggregatesForRebuild(trx, dialect);
  await addMissingPeriods(trx, periods);
  await rebuildRows(trx, dialect, elementIds);
}

/** Element by element (each statement's sort stays small), in the steps the progress reports. */
async function rebuildRows(trx: Kysely<Database>, dialect: DialectName, elements: ElementFilter, progress: (message: string) => void = () => {}): Promise<void> {
  await deleteAggregateRows(trx, elements);
  const ids = elements ?? (await trx.selectFrom('dataElements').select('id').orderBy('id').execute()).map((e) => e.id);
  const each = async (step: (id: number) => Promise<void>) => {
    for (const id of ids) await step(id);
  };
  progress('Tổng hợp theo đơn vị / roll-up over units');
  await each((id) => rebuildBaseRows(trx, [id]));
  await refreshStatistics(trx, dialect, ['aggregates']);
  for (const type of COARSE_PERIOD_TYPES) {
    progress(`Tổng hợp theo kỳ (cộng dồn) / flows to ${type}`);
    await each((id) => rebuildFlowRows(trx, type, [id]));
  }
  for (const type of COARSE_PERIOD_TYPES) {
    progress(`Tổng hợp theo kỳ (cuối kỳ) / stocks to ${type}`);
    await each((id) => rebuildStockRows(trx, type, [id]));
  }
}

/**
 * Adds the periods that agg_periods lacks, of the given list (the periods just written) or else of every
 * current value; returns how many periods were considered.
 */
async function addMissingPeriods(trx: Kysely<Database>, periods?: readonly string[]): Promise<number> {
  const [used, known] = await Promise.all([
    periods ? periods.map((period) => ({ period })) : trx.selectFrom('currentValues').select('period').distinct().execute(),
    trx.selectFrom('aggPeriods').select('period').execute(),
  ]);
  const have = new Set(known.map((p) => p.period));
  const rows = used.filter((p) => !have.has(p.period)).map((p) => periodInfo(p.period));
  for (let i = 0; i < rows.length; i += 500) await trx.insertInto('aggPeriods').values(rows.slice(i, i + 500)).execute();
  return used.length;
}
