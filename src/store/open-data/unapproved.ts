/**
 * The current values a public reader must not see counted: values of some elements, at or below some units (the
 * closure of a view, the unit itself included), whose form — a dataset holding the element, for the value's unit
 * and period — was never approved (draft, submitted, returned, or no submission at all). Answered as the ancestor's
 * code and the value's period, so the caller can hide every public row the value flows into.
 */
import type { Kysely } from 'kysely';
import type { AggregateView } from '../aggregates/schema.ts';
import type { Database } from '../schema.ts';

export interface UnapprovedCell {
  unitCode: string;
  period: string;
}

export async function unapprovedCells(
  db: Kysely<Database>,
  query: { view: AggregateView; elementIds: readonly number[]; unitCodes: readonly string[] },
): Promise<UnapprovedCell[]> {
  if (query.elementIds.length === 0 || query.unitCodes.length === 0) return [];
  return db
    .selectFrom('currentValues as cv')
    .innerJoin('aggClosure as c', (join) => join.onRef('c.unitId', '=', 'cv.unitId').on('c.view', '=', query.view))
    .innerJoin('units as u', 'u.id', 'c.ancestorId')
    .where('cv.elementId', 'in', [...query.elementIds])
    .where('u.code', 'in', [...query.unitCodes])
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('submissions as s')
            .innerJoin('datasetElements as de', 'de.datasetId', 's.datasetId')
            .select('s.id')
            .whereRef('de.elementId', '=', 'cv.elementId')
            .whereRef('s.unitId', '=', 'cv.unitId')
            .whereRef('s.period', '=', 'cv.period')
            .where('s.state', '=', 'approved'),
        ),
      ),
    )
    .select(['u.code as unitCode', 'cv.period as period'])
    .distinct()
    .execute();
}

/** The periods that hold APPROVED current values of some elements, and the newest of those values' times (a dataset's span and `modified`). */
export async function approvedValueSpan(db: Kysely<Database>, elementIds: readonly number[]): Promise<{ periods: string[]; lastChanged: string | null }> {
  if (elementIds.length === 0) return { periods: [], lastChanged: null };
  const rows = await db
    .selectFrom('currentValues as cv')
    .innerJoin('dataValues as dv', 'dv.id', 'cv.valueId')
    .where('cv.elementId', 'in', [...elementIds])
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('submissions as s')
          .innerJoin('datasetElements as de', 'de.datasetId', 's.datasetId')
          .select('s.id')
          .whereRef('de.elementId', '=', 'cv.elementId')
          .whereRef('s.unitId', '=', 'cv.unitId')
          .whereRef('s.period', '=', 'cv.period')
          .where('s.state', '=', 'approved'),
      ),
    )
    .select(['cv.period as period', (eb) => eb.fn.max('dv.createdAt').as('at')])
    .groupBy('cv.period')
    .execute();
  const times = rows.map((r) => String(r.at)).sort();
  return { periods: rows.map((r) => r.period), lastChanged: times.at(-1) ?? null };
}
