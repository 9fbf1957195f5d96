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
