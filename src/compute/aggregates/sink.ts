/**
 * The aggregate sink: the one way values reach the aggregate rows. Open it in a mode inside the writer's
 * transaction, add what was written, close it:
 *   'live'       — each add() applies its changes at once, as deltas added in SQL to the few rows they touch
 *                  (a user's save, the batch API, an import's commit: recordValues), so a new value shows at once;
 *   'accumulate' — changes are summed in memory over the whole closure and added to the rows in key order at
 *                  close (or earlier, past a memory budget: the rows are sums, so parts add up the same): a large
 *                  load, for a fraction of the statements and without reading the values back;
 *   'rebuild'    — add() only notes the elements written; close() rebuilds every row of those elements (or of
 *                  all, `elements: 'all'`: the full recompute) from their current values, read once in key order;
 *   'auto'       — holds the changes and applies them live at close, unless more than `liveLimit` (20,000)
 *                  arrive first: it then switches to 'accumulate' (the bulk path's default).
 * Every mode uses one definition of the per-edge arithmetic (rollup.ts), one query of the elements that roll up
 * (store/aggregates/rolled-elements.ts) and the stored closure as it is: a unit the closure does not cover is
 * refused (AGGREGATES_NOT_READY), never built here (closure.ts says who builds it). Deltas commute (added in
 * SQL), so concurrent writers on PostgreSQL stay consistent.
 */
import type { Kysely } from 'kysely';
import type { Store } from '../../store/db.ts';
import type { Database } from '../../store/schema.ts';
import type { ValueChange } from '../../domain/value-change.ts';
import { readClosureRows, readNonSelfEdges } from '../../store/aggregates/closure.ts';
import { readRolledElements, type RolledElement } from '../../store/aggregates/rolled-elements.ts';
import { addAggregateDeltas, lockAggregatesForRebuild } from '../../store/aggregates/write.ts';
import { deleteAggregateRows, rebuildIo } from '../../store/aggregates/rebuild.ts';
import { refreshStatistics } from '../../store/values/bulk.ts';
import { closureNotReady, requireWholeClosure } from './closure.ts';
import { groupEdges, Rollup, RollupGraph } from './rollup.ts';

export type SinkMode = 'live' | 'accumulate' | 'rebuild' | 'auto';

/** What was written at one key; 'rebuild' needs no more than this (its element). */
export type WrittenKey = Pick<ValueChange, 'elementId' | 'unitId' | 'period'>;

/** A live sink needs only the transaction; the others write large statements through the store's connection. */
export type SinkOptions = { mode: 'live' } | LargeSinkOptions;

export interface LargeSinkOptions {
  mode: Exclude<SinkMode, 'live'>;
  /** The store under the transaction (its dialect, and on SQLite the connection for prepared statements). */
  store: SinkStore;
  /** 'accumulate' (and 'auto' once switched): accumulator cells (16 bytes each) held before they are added (default ~6 million, ~100 MB). */
  accumulatorCells?: number;
  /** 'auto': changes held for live deltas before it switches to accumulating them (default 20,000). */
  liveLimit?: number;
  /** 'rebuild': every rolled element, whatever was added (the full recompute). */
  elements?: 'all';
  /** 'rebuild': called before each element's roll-up. */
  onElement?: (done: number, element: RolledElement, total: number) => void;
}

export interface SinkReport {
  /** The mode that wrote the rows ('auto' ends as 'live' or 'accumulate'). */
  mode: Exclude<SinkMode, 'auto'>;
  /** Aggregate rows written or added to. */
  rows: number;
  /** Distinct periods rolled up ('rebuild'; 0 otherwise). */
  periods: number;
}

export interface AggregateSink {
  readonly mode: SinkMode;
  /** Whether add() needs each change's before and after (ValueChange); 'rebuild' needs only the keys written. */
  readonly needsChanges: boolean;
  add(written: readonly ValueChange[] | readonly WrittenKey[]): Promise<void>;
  close(): Promise<SinkReport>;
}

type SinkStore = Pick<Store, 'dialect' | 'sqlite'>;

const CELL_BUDGET = 6_000_000;
const LIVE_LIMIT = 20_000;

export async function openAggregateSink(trx: Kysely<Database>, options: SinkOptions): Promise<AggregateSink> {
  switch (options.mode) {
    case 'live':
      return liveSink(trx);
    case 'accumulate':
      return accumulateSink(trx, options.store, options.accumulatorCells ?? CELL_BUDGET);
    case 'rebuild':
      return rebuildSink(trx, options);
    case 'auto':
      return autoSink(trx, options);
  }
}

/** A change's part of a row: its value's change, and the count's (a value added +1, removed −1, changed 0). */
function addChange(rollup: Rollup, c: ValueChange): void {
  const count = (c.after === null ? 0 : 1) - (c.before === null ? 0 : 1);
  rollup.add(c.elementId, c.unitId, c.period, (c.after ?? 0) - (c.before ?? 0), count);
}

const changed = (c: ValueChange) => (c.before ?? null) !== (c.after ?? null);

function asChanges(written: readonly ValueChange[] | readonly WrittenKey[]): readonly ValueChange[] {
  if (written.length > 0 && !('after' in written[0]!)) throw new Error('this aggregate sink needs the changes (before and after), not only the keys written');
  return written as readonly ValueChange[];
}

function liveSink(trx: Kysely<Database>): AggregateSink {
  let rows = 0;
  return {
    mode: 'live',
    needsChanges: true,
    async add(written) {
      const effective = asChanges(written).filter(changed);
      if (effective.length === 0) return;
      const rolled = new Set((await readRolledElements(trx, [...new Set(effective.map((c) => c.elementId))])).map((e) => e.id));
      const relevant = effective.filter((c) => rolled.has(c.elementId));
      if (relevant.length === 0) return;
      const unitIds = [...new Set(relevant.map((c) => c.unitId))];
      const closure = await readClosureRows(trx, unitIds);
      const covered = new Set(closure.filter((r) => r.isSelf === 1 && r.view === 'was').map((r) => r.unitId));
      const missing = unitIds.filter((id) => !covered.has(id)).length;
      if (missing > 0) throw closureNotReady(missing);
      const rollup = new Rollup(new RollupGraph(groupEdges(closure.filter((r) => r.isSelf === 0))));
      for (const c of relevant) addChange(rollup, c);
      const deltas = rollup.rows();
      await addAggregateDeltas(trx, deltas);
      rows += deltas.length;
    },
    close: async () => ({ mode: 'live', rows, periods: 0 }),
  };
}

async function accumulateSink(trx: Kysely<Database>, store: SinkStore, budget: number): Promise<AggregateSink> {
  await requireWholeClosure(trx);
  const rolled = new Set((await readRolledElements(trx)).map((e) => e.id));
  const rollup = new Rollup(new RollupGraph(groupEdges(await readNonSelfEdges(trx))));
  const io = rebuildIo(trx, store);
  let rows = 0;
  const flush = async () => {
    const out = rollup.rows();
    await io.addRows(out);
    rows += out.length;
    rollup.clear();
  };
  return {
    mode: 'accumulate',
    needsChanges: true,
    async add(written) {
      for (const c of asChanges(written)) if (rolled.has(c.elementId) && changed(c)) addChange(rollup, c);
      if (rollup.cells > budget) await flush();
    },
    async close() {
      await flush();
      return { mode: 'accumulate', rows, periods: 0 };
    },
  };
}

async function rebuildSink(trx: Kysely<Database>, options: LargeSinkOptions): Promise<AggregateSink> {
  const { store } = options;
  await requireWholeClosure(trx);
  const written = new Set<number>();
  return {
    mode: 'rebuild',
    needsChanges: false,
    async add(keys) {
      for (const k of keys) written.add(k.elementId);
    },
    async close() {
      const filter = options.elements === 'all' ? undefined : [...written];
      if (filter && filter.length === 0) return { mode: 'rebuild', rows: 0, periods: 0 };
      await refreshStatistics(trx, store.dialect, ['agg_closure', 'current_values']);
      await lockAggregatesForRebuild(trx, store.dialect);
      const elements = await readRolledElements(trx, filter);
      await deleteAggregateRows(trx, filter);
      const graph = new RollupGraph(groupEdges(await readNonSelfEdges(trx)));
      const io = rebuildIo(trx, store);
      const periods = new Set<string>();
      let rows = 0;
      for (const [done, element] of elements.entries()) {
        options.onElement?.(done, element, elements.length);
        const rollup = new Rollup(graph);
        await io.eachValue(element.id, (unitId, period, value) => rollup.add(element.id, unitId, period, value));
        for (const period of rollup.periodIds()) periods.add(period);
        const out = rollup.rows();
        await io.insertRows(out);
        rows += out.length;
      }
      await refreshStatistics(trx, store.dialect, ['aggregates']);
      return { mode: 'rebuild', rows, periods: periods.size };
    },
  };
}

async function autoSink(trx: Kysely<Database>, options: LargeSinkOptions): Promise<AggregateSink> {
  const limit = options.liveLimit ?? LIVE_LIMIT;
  let held: ValueChange[] | null = [];
  let accumulated: AggregateSink | null = null;
  return {
    mode: 'auto',
    needsChanges: true,
    async add(written) {
      const changes = asChanges(written);
      if (accumulated) return accumulated.add(changes);
      held!.push(...changes);
      if (held!.length > limit) {
        accumulated = await accumulateSink(trx, options.store, options.accumulatorCells ?? CELL_BUDGET);
        await accumulated.add(held!);
        held = null;
      }
    },
    async close() {
      if (accumulated) return accumulated.close();
      const live = liveSink(trx);
      await live.add(held!);
      return live.close();
    },
  };
}
