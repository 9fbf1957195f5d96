/**
 * Full recompute after a formula, tree or framework change: the closure, then every aggregate row, in one
 * transaction — the aggregate sink in 'rebuild' mode over every rolled element (sink.ts): each element's values
 * read once in key order, rolled up in memory, its rows written once in key order. Run at the start of the
 * server and of CLI commands when a migration asked for it or the stored closure does not cover every unit.
 */
import type { Kysely } from 'kysely';
import type { Store } from '../../store/db.ts';
import type { Database } from '../../store/schema.ts';
import { lockAggregatesForRebuild } from '../../store/aggregates/write.ts';
import { countUnitsWithoutClosure } from '../../store/aggregates/closure.ts';
import { readRolledElements } from '../../store/aggregates/rolled-elements.ts';
import { todayIsoDate } from '../../domain/dates.ts';
import { withLargeCache } from '../../store/values/bulk.ts';
import { inTransaction } from '../../store/transaction.ts';
import { clearRecomputeRequired, recomputeRequired } from '../../store/aggregates/flags.ts';
import { rebuildClosure } from './closure.ts';
import { openAggregateSink } from './sink.ts';
import { writeAudit } from '../../store/audit.ts';

export interface RecomputeProgress {
  step: number;
  steps: number;
  message: string;
}

export interface RecomputeOptions {
  onProgress?: (progress: RecomputeProgress) => void;
  /** The date of "today's tree" for the now-view (default: today in Vietnam). */
  today?: string;
  /** Who asked, for the audit event every recompute writes (default 'system': a start, the demo, an import). */
  requestedBy?: string | null;
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
  const report = await withLargeCache(store, () => inTransaction(store.db, (trx) => recomputeIn(trx, store, options)));
  // Timed to the end of the commit (SQLite: including the WAL checkpoint it triggers).
  return { ...report, durationMs: Date.now() - started };
}

/**
 * The full recompute inside the caller's transaction (a units import recomputes in its own, so the tree and its
 * aggregates change together); durationMs is the time spent here, before the caller's commit.
 */
export async function recomputeIn(trx: Kysely<Database>, store: Pick<Store, 'dialect' | 'sqlite'>, options: RecomputeOptions = {}): Promise<RecomputeReport> {
  const started = Date.now();
  const today = options.today ?? todayIsoDate();
  await lockAggregatesForRebuild(trx, store.dialect);
  const steps = (await readRolledElements(trx)).length + 1;
  options.onProgress?.({ step: 1, steps, message: 'Cây đơn vị và phả hệ / unit tree and lineage' });
  const closure = await rebuildClosure(trx, today);
  const sink = await openAggregateSink(trx, {
    mode: 'rebuild',
    store,
    elements: 'all',
    onElement: (done, element, total) =>
      options.onProgress?.({ step: 2 + done, steps, message: `Tổng hợp phần tử ${element.code} (${done + 1}/${total}) / roll-up` }),
  });
  const totals = await sink.close();
  await clearRecomputeRequired(trx);
  const report = { ...closure, periods: totals.periods, aggregateRows: totals.rows, treeDate: today, durationMs: Date.now() - started };
  // Audited like every change, so the change mark moves and open screens and kept answers see the new aggregates.
  const actor = options.requestedBy ? { name: options.requestedBy, kind: 'user' } : { name: 'system', kind: 'system' };
  const { durationMs: _ms, ...after } = report;
  await writeAudit(trx, [{ actor, source: 'compute', entity: 'aggregates', entityKey: 'all', action: 'recompute', after }]);
  return report;
}

/** Why the stored aggregates cannot be trusted as they are (a migration's flag, or units the closure leaves out), or null. */
export async function recomputeReason(db: Kysely<Database>): Promise<string | null> {
  const flag = await recomputeRequired(db);
  if (flag) return `di chuyển CSDL ${flag} / migration ${flag}`;
  const uncovered = await countUnitsWithoutClosure(db);
  return uncovered > 0 ? `${uncovered} đơn vị chưa có trong cây tổng hợp / ${uncovered} units not in the closure` : null;
}

/**
 * At start (serve, every CLI command): runs a full recompute when a migration flagged the stored aggregates as
 * stale or the closure does not cover every unit (a tree written without its rebuild); returns its report, with
 * the reason, or null.
 */
export async function recomputeIfRequired(store: Store, options: RecomputeOptions = {}): Promise<(RecomputeReport & { reason: string }) | null> {
  const reason = await recomputeReason(store.db);
  return reason ? { ...(await recomputeAll(store, options)), reason } : null;
}
