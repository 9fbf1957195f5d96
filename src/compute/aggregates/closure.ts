/**
 * Who builds the closure, and when. The closure of the unit graph (closure-build.ts) is rebuilt whole — read the
 * graph, build it in memory, replace the stored rows (store/aggregates/closure.ts) — at three moments only:
 * - a tree change: a reference units load or a CSV units import that wrote anything recomputes, closure first,
 *   in its own transaction (app/units/reference);
 * - a recompute (recompute.ts: `dx-ioc recompute`, the recompute job);
 * - the start of the server and of every CLI command, when the stored closure does not cover every unit
 *   (recomputeIfRequired), or a migration asked for it.
 * A write of values only reads it: a unit it does not cover is refused with AGGREGATES_NOT_READY (nothing is
 * written), never rebuilt inside a reporter's transaction.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { appError } from '../../domain/errors.ts';
import { todayIsoDate } from '../../domain/dates.ts';
import { countUnitsWithoutClosure, readUnitGraph, replaceClosure } from '../../store/aggregates/closure.ts';
import { buildClosure } from './closure-build.ts';

export interface ClosureReport {
  closureRows: number;
  leafRows: number;
  units: number;
}

/** Rebuilds the whole closure for the tree as of `today` (the now-view's tree date), inside the caller's transaction. */
export async function rebuildClosure(trx: Kysely<Database>, today: string = todayIsoDate()): Promise<ClosureReport> {
  const graph = await readUnitGraph(trx);
  const { closure, leaves } = buildClosure(graph.units, graph.parents, graph.links, today);
  await replaceClosure(trx, closure, leaves, today);
  return { closureRows: closure.length, leafRows: leaves.length, units: graph.units.length };
}

/** The refusal of a write that meets units the closure does not cover. */
export function closureNotReady(count: number) {
  return appError('AGGREGATES_NOT_READY', { count });
}

/** Refuses (AGGREGATES_NOT_READY) when the stored closure leaves any unit of the store out: before a large load's roll-up. */
export async function requireWholeClosure(db: Kysely<Database>): Promise<void> {
  const missing = await countUnitsWithoutClosure(db);
  if (missing > 0) throw closureNotReady(missing);
}
