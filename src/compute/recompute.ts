/** Full recompute after a formula, tree or framework change: closure, periods, then every aggregate row, set-based, in one transaction. */
import type { Store } from '../store/db.ts';
import { lockAggregatesForRebuild } from '../store/aggregates-write.ts';
import { COARSE_PERIOD_TYPES, rebuildBaseRows, rebuildFlowRows, rebuildStockRows } from '../store/aggregates-rebuild.ts';
import { todayIsoDate } from '../domain/dates.ts';
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
  return store.db.transaction().execute(async (trx) => {
    await lockAggregatesForRebuild(trx, store.dialect);
    progress('Cây đơn vị và phả hệ / unit tree and lineage');
    const closure = await rebuildClosure(trx, today);
    progress('Kỳ báo cáo / periods');
    await trx.deleteFrom('aggPeriods').execute();
    const periods = await trx.selectFrom('currentValues').select('period').distinct().execute();
    const rows = periods.map((p) => periodInfo(p.period));
    for (let i = 0; i < rows.length; i += 500) await trx.insertInto('aggPeriods').values(rows.slice(i, i + 500)).execute();
    await trx.deleteFrom('aggregates').execute();
    progress('Tổng hợp theo đơn vị / roll-up over units');
    await rebuildBaseRows(trx);
    for (const type of COARSE_PERIOD_TYPES) {
      progress(`Tổng hợp theo kỳ (cộng dồn) / flows to ${type}`);
      await rebuildFlowRows(trx, type);
    }
    for (const type of COARSE_PERIOD_TYPES) {
      progress(`Tổng hợp theo kỳ (cuối kỳ) / stocks to ${type}`);
      await rebuildStockRows(trx, type);
    }
    const counted = await trx.selectFrom('aggregates').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return { ...closure, periods: rows.length, aggregateRows: Number(counted.n), treeDate: today, durationMs: Date.now() - started };
  });
}
