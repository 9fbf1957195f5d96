/** Indexed reads of aggregate rows, of units' own values, and of the leaf units (for coverage). */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { AggregateSums, AggregateView, ClosureRow, LeafRow } from './schema.ts';

/** Parameters per IN list: well under SQLite's 32,766 and PostgreSQL's 65,535. */
const CHUNK = 4000;

/** A leaf below one of the units asked for, and the span in which it counts. */
export type LeafSpan = Pick<LeafRow, 'unitId' | 'validFrom' | 'validTo'>;

/** Leaf units below each unit that existed at some time in [start, end] (ISO dates, both inclusive). */
export async function readLeafSpans(db: Kysely<Database>, view: AggregateView, unitIds: readonly number[], start: string, end: string): Promise<LeafSpan[]> {
  const out: LeafSpan[] = [];
  for (let i = 0; i < unitIds.length; i += CHUNK) {
    const rows = await db
      .selectFrom('aggLeaves')
      .select(['unitId', 'validFrom', 'validTo'])
      .where('view', '=', view)
      .where('unitId', 'in', unitIds.slice(i, i + CHUNK))
      .where('validFrom', '<=', end)
      .where('validTo', '>', start)
      .execute();
    out.push(...rows);
  }
  return out;
}

/** Stored aggregate rows (what flows in from other units) of some elements and units at some periods. */
export async function readAggregatesAtPeriods(
  db: Kysely<Database>,
  view: AggregateView,
  elementIds: readonly number[],
  unitIds: readonly number[],
  periods: readonly string[],
): Promise<AggregateSums[]> {
  const out: AggregateSums[] = [];
  if (elementIds.length === 0 || periods.length === 0) return out;
  for (const group of unitGroups(unitIds, periods.length)) {
    const query = db
      .selectFrom('aggregates')
      .select(['elementId', 'unitId', 'period', 'sum', 'n', 'nApprox'])
      .where('view', '=', view)
      .where('elementId', 'in', elementIds)
      .where('period', 'in', periods);
    const rows = await (group.ids ? query.where('unitId', 'in', group.ids) : query.where('unitId', '>=', group.min).where('unitId', '<=', group.max)).execute();
    for (const r of rows) if (!group.wanted || group.wanted.has(r.unitId)) out.push({ ...r, sum: Number(r.sum), n: Number(r.n), nApprox: Number(r.nApprox) });
  }
  return out;
}

/**
 * The units' own numeric current values of some elements at some periods, as rows of one value each.
 * current_values' key is (element, unit, period): one seek per (element, unit) to the first period, then a
 * short scan to the last — rather than a seek per period — and periods in between not asked for are dropped.
 */
export async function readOwnValues(
  db: Kysely<Database>,
  elementIds: readonly number[],
  unitIds: readonly number[],
  periods: readonly string[],
): Promise<AggregateSums[]> {
  const out: AggregateSums[] = [];
  if (elementIds.length === 0 || periods.length === 0) return out;
  const wantedPeriods = new Set(periods);
  const first = periods.reduce((a, b) => (b < a ? b : a));
  const last = periods.reduce((a, b) => (b > a ? b : a));
  for (const ids of chunks(unitIds, 1)) {
    const rows = await db
      .selectFrom('currentValues')
      .select(['elementId', 'unitId', 'period', 'valueNum'])
      .where('elementId', 'in', elementIds)
      .where('unitId', 'in', ids)
      .where('period', '>=', first)
      .where('period', '<=', last)
      .where('valueNum', 'is not', null)
      .execute();
    for (const r of rows)
      if (wantedPeriods.has(r.period)) out.push({ elementId: r.elementId, unitId: r.unitId, period: r.period, sum: Number(r.valueNum), n: 1, nApprox: 0 });
  }
  return out;
}

/** Either an IN list, or an id range with the ids wanted from it. */
interface UnitGroup {
  ids: number[] | null;
  min: number;
  max: number;
  wanted: Set<number> | null;
}

/**
 * Units for one query each. Units with nearly consecutive ids (the communes of a province, loaded together)
 * are read as one id range — a range scan per (element, period) instead of a seek per unit — and the rows of
 * units in the range but not asked for are dropped; scattered ids go by IN lists under the parameter limit.
 */
function unitGroups(unitIds: readonly number[], perUnit: number): UnitGroup[] {
  if (unitIds.length === 0) return [];
  let min = unitIds[0]!;
  let max = min;
  for (const id of unitIds) {
    if (id < min) min = id;
    if (id > max) max = id;
  }
  if (unitIds.length > 8 && max - min + 1 <= 2 * unitIds.length) {
    return [{ ids: null, min, max, wanted: new Set(unitIds) }];
  }
  return chunks(unitIds, perUnit).map((ids) => ({ ids, min, max, wanted: null }));
}

/** Unit ids in chunks small enough that a query's parameters stay under the dialects' limits. */
function chunks(unitIds: readonly number[], perUnit: number): number[][] {
  const step = Math.max(1, Math.floor(CHUNK / Math.max(1, perUnit)));
  const out: number[][] = [];
  for (let i = 0; i < unitIds.length; i += step) out.push(unitIds.slice(i, i + step));
  return out;
}

/** The leaf units below a unit that existed at some time in [start, end] (ISO dates, both inclusive). */
export async function readLeavesBelow(
  db: Kysely<Database>,
  view: AggregateView,
  unitId: number,
  start: string,
  end: string,
): Promise<Array<{ id: number; code: string; name: string }>> {
  return db
    .selectFrom('aggLeaves as l')
    .innerJoin('units as u', 'u.id', 'l.leafId')
    .select(['u.id', 'u.code', 'u.name'])
    .distinct()
    .where('l.view', '=', view)
    .where('l.unitId', '=', unitId)
    .where('l.validFrom', '<=', end)
    .where('l.validTo', '>', start)
    .orderBy('u.code')
    .execute();
}

export type ClosureAncestor = Pick<ClosureRow, 'unitId' | 'ancestorId' | 'validFrom' | 'validTo'>;

/** Every unit each of some units counts towards in a view (itself included), with the dates the path holds. */
export async function readClosureAncestors(db: Kysely<Database>, view: AggregateView, unitIds: readonly number[]): Promise<ClosureAncestor[]> {
  const out: ClosureAncestor[] = [];
  for (const units of chunks(unitIds, 1)) {
    out.push(
      ...(await db
        .selectFrom('aggClosure')
        .select(['unitId', 'ancestorId', 'validFrom', 'validTo'])
        .where('unitId', 'in', units)
        .where('view', '=', view)
        .execute()),
    );
  }
  return out;
}
