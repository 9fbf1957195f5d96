/** Indexed reads of aggregate rows and of the leaf units (for coverage). */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

const CHUNK = 900;

export interface AggregateRow {
  elementId: number;
  unitId: number;
  sum: number;
  n: number;
  nApprox: number;
  lastPeriod: string | null;
}

export async function readAggregates(db: Kysely<Database>, view: string, elementIds: readonly number[], unitIds: readonly number[], period: string): Promise<AggregateRow[]> {
  const out: AggregateRow[] = [];
  if (elementIds.length === 0) return out;
  for (let i = 0; i < unitIds.length; i += CHUNK) {
    const rows = await db
      .selectFrom('aggregates')
      .select(['elementId', 'unitId', 'sum', 'n', 'nApprox', 'lastPeriod'])
      .where('view', '=', view)
      .where('elementId', 'in', elementIds)
      .where('period', '=', period)
      .where('unitId', 'in', unitIds.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) out.push({ ...r, sum: Number(r.sum), n: Number(r.n), nApprox: Number(r.nApprox) });
  }
  return out;
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

/** Aggregate rows of some elements and units at several periods at once (a time series), each with its period. */
export async function readAggregatesAtPeriods(db: Kysely<Database>, view: string, elementIds: readonly number[], unitIds: readonly number[], periods: readonly string[]): Promise<Array<AggregateRow & { period: string }>> {
  const out: Array<AggregateRow & { period: string }> = [];
  if (elementIds.length === 0 || periods.length === 0) return out;
  const step = Math.max(1, Math.floor(CHUNK / periods.length));
  for (let i = 0; i < unitIds.length; i += step) {
    const rows = await db
      .selectFrom('aggregates')
      .select(['elementId', 'unitId', 'period', 'sum', 'n', 'nApprox', 'lastPeriod'])
      .where('view', '=', view)
      .where('elementId', 'in', elementIds)
      .where('period', 'in', periods)
      .where('unitId', 'in', unitIds.slice(i, i + step))
      .execute();
    for (const r of rows) out.push({ ...r, sum: Number(r.sum), n: Number(r.n), nApprox: Number(r.nApprox) });
  }
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
