/** Indexed reads of aggregate rows, of units' own values, and of the leaf units (for coverage). */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

const CHUNK = 900;

/** Sums at one (element, unit, period): sum, values counted (n), of them through an approximate link. */
export interface AggregateRow {
  elementId: number;
  unitId: number;
  period: string;
  sum: number;
  n: number;
  nApprox: number;
}

export interface LeafSpan {
  unitId: number;
  validFrom: string;
  validTo: string;
}

/** Leaf units below each unit that existed at some time in [start, end] (ISO dates, both inclusive). */
export async function readLeafSpans(db: Kysely<Database>, view: string, unitIds: readonly number[], start: string, end: string): Promise<LeafSpan[]> {
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
export async function readAggregatesAtPeriods(db: Kysely<Database>, view: string, elementIds: readonly number[], unitIds: readonly number[], periods: readonly string[]): Promise<AggregateRow[]> {
  const out: AggregateRow[] = [];
  if (elementIds.length === 0 || periods.length === 0) return out;
  for (const units of chunks(unitIds, periods.length)) {
    const rows = await db
      .selectFrom('aggregates')
      .select(['elementId', 'unitId', 'period', 'sum', 'n', 'nApprox'])
      .where('view', '=', view)
      .where('elementId', 'in', elementIds)
      .where('period', 'in', periods)
      .where('unitId', 'in', units)
      .execute();
    for (const r of rows) out.push({ ...r, sum: Number(r.sum), n: Number(r.n), nApprox: Number(r.nApprox) });
  }
  return out;
}

/** The units' own numeric current values of some elements at some periods, as rows of one value each. */
export async function readOwnValues(db: Kysely<Database>, elementIds: readonly number[], unitIds: readonly number[], periods: readonly string[]): Promise<AggregateRow[]> {
  const out: AggregateRow[] = [];
  if (elementIds.length === 0 || periods.length === 0) return out;
  for (const units of chunks(unitIds, periods.length)) {
    const rows = await db
      .selectFrom('currentValues')
      .select(['elementId', 'unitId', 'period', 'valueNum'])
      .where('elementId', 'in', elementIds)
      .where('unitId', 'in', units)
      .where('period', 'in', periods)
      .where('valueNum', 'is not', null)
      .execute();
    for (const r of rows) out.push({ elementId: r.elementId, unitId: r.unitId, period: r.period, sum: Number(r.valueNum), n: 1, nApprox: 0 });
  }
  return out;
}

/** Unit ids in chunks small enough that a query's parameters stay under the dialects' limits. */
function chunks(unitIds: readonly number[], perUnit: number): number[][] {
  const step = Math.max(1, Math.floor(CHUNK / Math.max(1, perUnit)));
  const out: number[][] = [];
  for (let i = 0; i < unitIds.length; i += step) out.push(unitIds.slice(i, i + step));
  return out;
}

/** The leaf units below a unit that existed at some time in [start, end] (ISO dates, both inclusive). */
export async function readLeavesBelow(db: Kysely<Database>, view: string, unitId: number, start: string, end: string): Promise<Array<{ id: number; code: string; name: string }>> {
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
