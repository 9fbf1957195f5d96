/**
 * The reads an analytics query resolves its units with: a code's version in force on a date (the one every
 * caller means, in-force.ts), several codes at once, a unit's children on a date, and every version a code
 * ever named (which one a plan or target means is chosen in compute/analytics/unit-version.ts).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { chosenVersionPerCode, unitVersionsInForce } from './in-force.ts';

export interface NamedUnit {
  id: number;
  code: string;
  name: string;
}

export interface UnitVersionRow extends NamedUnit {
  level: string;
  validFrom: string;
  /** Exclusive (the sentinel 9999-12-31 when open). */
  validTo: string;
}

/** The version of `code` in force on `at`, or undefined. */
export async function unitInForce(db: Kysely<Database>, code: string, at: string): Promise<NamedUnit | undefined> {
  return unitVersionsInForce(db, [code], at).select(['id', 'code', 'name']).limit(1).executeTakeFirst();
}

/** The versions of these codes in force on `at`, one per code (codes not in force are left out). */
export async function unitsInForce(db: Kysely<Database>, codes: readonly string[], at: string): Promise<NamedUnit[]> {
  if (codes.length === 0) return [];
  return chosenVersionPerCode(await unitVersionsInForce(db, codes, at).select(['id', 'code', 'name']).execute());
}

/** The children of a unit version on `at`, by code. */
export async function childrenAt(db: Kysely<Database>, parentId: number, at: string): Promise<NamedUnit[]> {
  return db
    .selectFrom('unitParents as up')
    .innerJoin('units as u', 'u.id', 'up.childId')
    .select(['u.id', 'u.code', 'u.name'])
    .where('up.parentId', '=', parentId)
    .where('up.validFrom', '<=', at)
    .where('up.validTo', '>', at)
    .orderBy('u.code')
    .execute();
}

/** Every version of these codes, by first day then level. */
export async function unitVersionsOfCodes(db: Kysely<Database>, codes: readonly string[]): Promise<UnitVersionRow[]> {
  if (codes.length === 0) return [];
  return db
    .selectFrom('units')
    .select(['id', 'code', 'name', 'level', 'validFrom', 'validTo'])
    .where('code', 'in', [...codes])
    .orderBy('validFrom')
    .orderBy('level')
    .execute();
}

/** The units at `level` that took in (by a lineage link) one of these codes' versions ending on `endedOn`. */
export async function successorsOf(db: Kysely<Database>, codes: readonly string[], endedOn: string, level: string): Promise<string[]> {
  const out = new Set<string>();
  for (let i = 0; i < codes.length; i += 500) {
    const rows = await db
      .selectFrom('lineageLinks as l')
      .innerJoin('units as f', 'f.id', 'l.fromUnitId')
      .innerJoin('units as t', 't.id', 'l.toUnitId')
      .select('t.code')
      .where('f.code', 'in', codes.slice(i, i + 500))
      .where('f.validTo', '=', endedOn)
      .where('t.level', '=', level)
      .execute();
    for (const r of rows) out.add(r.code);
  }
  return [...out].sort();
}
