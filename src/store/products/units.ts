/**
 * The units of the tree a products check walks: the units of a level under a unit on a day (the aggregates'
 * closure in the 'was' view, so the tree as it stood then), with their names.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export async function unitsOfLevelUnder(db: Kysely<Database>, ancestorCode: string, level: string, at: string): Promise<Array<{ code: string; name: string }>> {
  return db
    .selectFrom('aggClosure')
    .innerJoin('units as a', 'a.id', 'aggClosure.ancestorId')
    .innerJoin('units as u', 'u.id', 'aggClosure.unitId')
    .select(['u.code', 'u.name'])
    .distinct()
    .where('aggClosure.view', '=', 'was')
    .where('aggClosure.validFrom', '<=', at)
    .where('aggClosure.validTo', '>', at)
    .where('a.code', '=', ancestorCode)
    .where('a.validFrom', '<=', at)
    .where('a.validTo', '>', at)
    .where('u.level', '=', level)
    .where('u.validFrom', '<=', at)
    .where('u.validTo', '>', at)
    .orderBy('u.code')
    .execute();
}

/**
 * The owner units under (and including) a unit in force on a day: the closure in the 'was' view (the tree on that
 * day), or in the 'now' view (every unit whose history maps onto it: old Ninh Thuận's under Khánh Hòa).
 */
export async function unitCodesUnder(db: Kysely<Database>, ancestorCode: string, at: string, view: 'was' | 'now' = 'was'): Promise<string[]> {
  let q = db
    .selectFrom('aggClosure')
    .innerJoin('units as a', 'a.id', 'aggClosure.ancestorId')
    .innerJoin('units as u', 'u.id', 'aggClosure.unitId')
    .select('u.code')
    .distinct()
    .where('aggClosure.view', '=', view);
  if (view === 'was') q = q.where('aggClosure.validFrom', '<=', at).where('aggClosure.validTo', '>', at);
  const rows = await q.where('a.code', '=', ancestorCode).where('a.validFrom', '<=', at).where('a.validTo', '>', at).execute();
  const codes = rows.map((r) => r.code);
  return codes.includes(ancestorCode) ? codes.sort() : [ancestorCode, ...codes].sort();
}

/** The level of each of these unit codes as in force on a day. */
export async function unitLevelsAt(db: Kysely<Database>, codes: readonly string[], at: string): Promise<Map<string, { level: string; name: string }>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .selectFrom('units')
    .select(['code', 'level', 'name'])
    .where('code', 'in', [...codes])
    .where('validFrom', '<=', at)
    .where('validTo', '>', at)
    .execute();
  return new Map(rows.map((r) => [r.code, { level: r.level, name: r.name }]));
}
