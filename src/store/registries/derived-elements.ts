/**
 * Reads behind the elements derived from a registry (migration 0020): which elements a registry's measures feed,
 * which units already hold a value of one (so a count that fell to zero is written as 0), and which units count
 * towards a unit in a view (the drill-down's records are those these units own).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export interface DerivedElementRow {
  id: number;
  code: string;
  periodType: string;
  derivedFrom: string;
  name: string;
  nameEn: string;
}

/** The elements derived from any of these measures (all derived elements when `measures` is null), by code. */
export async function listDerivedElements(db: Kysely<Database>, measures: readonly string[] | null): Promise<DerivedElementRow[]> {
  if (measures && measures.length === 0) return [];
  let query = db.selectFrom('dataElements').select(['id', 'code', 'periodType', 'derivedFrom', 'name', 'nameEn']).where('derivedFrom', 'is not', null);
  if (measures) query = query.where('derivedFrom', 'in', [...measures]);
  const rows = await query.orderBy('code').execute();
  return rows.map((r) => ({ ...r, id: Number(r.id), derivedFrom: r.derivedFrom as string }));
}

/** The derived element with this code, or null (also null for a reported element). */
export async function getDerivedElement(db: Kysely<Database>, code: string): Promise<DerivedElementRow | null> {
  const row = await db
    .selectFrom('dataElements')
    .select(['id', 'code', 'periodType', 'derivedFrom', 'name', 'nameEn'])
    .where('code', '=', code)
    .where('derivedFrom', 'is not', null)
    .executeTakeFirst();
  return row ? { ...row, id: Number(row.id), derivedFrom: row.derivedFrom as string } : null;
}

/**
 * The codes of the units holding a current value of the element at each of these periods: period → unit codes;
 * only among `unitCodes` when given (a change of a few units' records need not read every unit's values).
 */
export async function unitsWithCurrentValues(
  db: Kysely<Database>,
  elementId: number,
  periods: readonly string[],
  unitCodes: readonly string[] | null = null,
): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  if (periods.length === 0 || unitCodes?.length === 0) return out;
  let query = db
    .selectFrom('currentValues')
    .innerJoin('units', 'units.id', 'currentValues.unitId')
    .select(['currentValues.period', 'units.code'])
    .where('currentValues.elementId', '=', elementId)
    .where('currentValues.period', 'in', [...periods]);
  if (unitCodes && unitCodes.length <= 500) query = query.where('units.code', 'in', [...unitCodes]);
  const rows = await query.execute();
  for (const r of rows) {
    const set = out.get(r.period) ?? new Set<string>();
    set.add(r.code);
    out.set(r.period, set);
  }
  return out;
}

/**
 * The codes of the units whose values count towards this unit version in a view at a date (itself included):
 * the aggregates' closure, so a drill-down lists exactly the records the number adds up ('was': edges valid at
 * the date; 'now': history mapped onto today's tree).
 */
export async function unitsCountingTowards(db: Kysely<Database>, ancestorId: number, view: 'was' | 'now', at: string): Promise<string[]> {
  let query = db
    .selectFrom('aggClosure')
    .innerJoin('units', 'units.id', 'aggClosure.unitId')
    .select('units.code')
    .distinct()
    .where('aggClosure.view', '=', view)
    .where('aggClosure.ancestorId', '=', ancestorId);
  if (view === 'was') query = query.where('aggClosure.validFrom', '<=', at).where('aggClosure.validTo', '>', at);
  const rows = await query.execute();
  return rows.map((r) => r.code).sort();
}
