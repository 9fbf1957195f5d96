/**
 * Units as a dataset sees them on a date: resolving codes to the version in force (with level and path
 * up the tree, for access checks) and listing the units a dataset expects to report.
 */
import type { Kysely } from 'kysely';
import type { DatasetUnits } from '../../domain/validation-dataset.ts';
import type { Database } from '../schema.ts';
import { unitIdAtKey, unitPathsById } from '../units/path.ts';
import { chosenVersionPerCode, unitVersionsInForce } from '../units/in-force.ts';

export interface ResolvedUnit {
  id: number;
  code: string;
  level: string;
  name: string;
  /** Its own code, then its ancestors' (nearest first) on the date. */
  path: string[];
  /** The same path as unit ids (the versions in force on the date): what id-based scopes compare with. */
  pathIds: number[];
}

const CHUNK = 500;
const MAX_DEPTH = 8;

function chunks<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
  return out;
}

/** Key of a (code, date) pair in resolveUnitsAt's answer. */
export const unitAtKey = (code: string, at: string): string => `${code}@${at}`;

/**
 * The version of each unit code in force on its date (the same choice as findUnit when a code names
 * units at two levels), keyed by unitAtKey; codes with no version in force are absent. A few queries per
 * batch: one per date and 500 codes, then the paths of all of them together (unitPathsById).
 */
export async function resolveUnitsAt(db: Kysely<Database>, pairs: ReadonlyArray<{ code: string; at: string }>): Promise<Map<string, ResolvedUnit>> {
  const byDate = new Map<string, Set<string>>();
  for (const { code, at } of pairs) byDate.set(at, (byDate.get(at) ?? new Set()).add(code));
  const chosen: Array<{ id: number; code: string; level: string; name: string; at: string }> = [];
  for (const [at, codes] of byDate) {
    for (const chunk of chunks([...codes])) {
      const rows = await unitVersionsInForce(db, chunk, at).select(['id', 'code', 'level', 'name']).execute();
      for (const row of chosenVersionPerCode(rows)) chosen.push({ ...row, at });
    }
  }
  const paths = await unitPathsById(db, chosen);
  const out = new Map<string, ResolvedUnit>();
  for (const { at, ...unit } of chosen)
    out.set(unitAtKey(unit.code, at), {
      ...unit,
      path: paths.get(unitIdAtKey(unit.id, at))?.codes ?? [unit.code],
      pathIds: paths.get(unitIdAtKey(unit.id, at))?.ids ?? [unit.id],
    });
  return out;
}

export interface ExpectedUnit {
  id: number;
  code: string;
  name: string;
  level: string;
}

/** Units a dataset expects on date `at`: the listed units, and every unit of a level under a listed unit. */
export async function expectedUnits(db: Kysely<Database>, units: readonly DatasetUnits[], at: string): Promise<ExpectedUnit[]> {
  const found = new Map<number, ExpectedUnit>();
  const roots = await resolveUnitsAt(
    db,
    units.map((u) => ({ code: u.unit, at })),
  );
  for (const spec of units) {
    const root = roots.get(unitAtKey(spec.unit, at));
    if (!root) continue;
    if (!spec.level) {
      found.set(root.id, { id: root.id, code: root.code, name: root.name, level: root.level });
      continue;
    }
    let frontier = [root.id];
    for (let depth = 0; depth < MAX_DEPTH && frontier.length > 0; depth++) {
      const next: number[] = [];
      for (const chunk of chunks(frontier)) {
        const children = await db
          .selectFrom('unitParents as up')
          .innerJoin('units as u', 'u.id', 'up.childId')
          .select(['u.id', 'u.code', 'u.name', 'u.level'])
          .where('up.parentId', 'in', chunk)
          .where('up.validFrom', '<=', at)
          .where('up.validTo', '>', at)
          .where('u.validFrom', '<=', at)
          .where('u.validTo', '>', at)
          .execute();
        for (const child of children) {
          if (child.level === spec.level) found.set(child.id, child);
          next.push(child.id);
        }
      }
      frontier = next;
    }
  }
  return [...found.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** The unit specs of every dataset that collects an element, or null when no dataset does. */
export async function datasetUnitsOfElement(db: Kysely<Database>, elementId: number): Promise<DatasetUnits[] | null> {
  const rows = await db
    .selectFrom('datasetElements as de')
    .innerJoin('datasetUnits as du', 'du.datasetId', 'de.datasetId')
    .select(['du.unitCode', 'du.level'])
    .where('de.elementId', '=', elementId)
    .execute();
  if (rows.length === 0) return null;
  const seen = new Map<string, DatasetUnits>();
  for (const r of rows)
    seen.set(`${r.unitCode}|${r.level ?? ''}`, { unit: r.unitCode, ...(r.level ? { level: r.level as DatasetUnits['level'] & string } : {}) });
  return [...seen.values()];
}
