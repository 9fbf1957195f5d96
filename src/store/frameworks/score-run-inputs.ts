/** What a score run reads: the units of a level at a date (with row ids), merge predecessors, element ids. */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { loadElementRefs } from '../metadata/element-refs.ts';

const CHUNK = 1000;

export interface RunUnit {
  id: number;
  code: string;
  name: string;
}

/** Unit versions of `level` in force at `at`, by code. */
export async function unitsForRun(db: Kysely<Database>, level: string, at: string): Promise<RunUnit[]> {
  return db
    .selectFrom('units')
    .select(['id', 'code', 'name'])
    .where('level', '=', level)
    .where('validFrom', '<=', at)
    .where('validTo', '>', at)
    .orderBy('code')
    .execute();
}

/**
 * For each given unit version, the unit versions it was formed from as a whole: merges, and the single
 * predecessor of a rename / re-code / reclassification (the lineage links unitLineage also reads).
 */
export async function mergePredecessors(db: Kysely<Database>, unitIds: readonly number[]): Promise<Map<number, RunUnit[]>> {
  const out = new Map<number, RunUnit[]>();
  for (let i = 0; i < unitIds.length; i += CHUNK) {
    const rows = await db
      .selectFrom('lineageLinks as l')
      .innerJoin('lineageEvents as e', 'e.id', 'l.eventId')
      .innerJoin('units as u', 'u.id', 'l.fromUnitId')
      .select(['l.toUnitId', 'u.id', 'u.code', 'u.name'])
      .where('e.kind', 'in', ['merge', 'rename', 'recode', 'reclassify'])
      .where('l.kind', '=', 'full')
      .where('l.toUnitId', 'in', unitIds.slice(i, i + CHUNK))
      .orderBy('u.code')
      .execute();
    for (const r of rows) {
      const list = out.get(r.toUnitId) ?? [];
      list.push({ id: r.id, code: r.code, name: r.name });
      out.set(r.toUnitId, list);
    }
  }
  return out;
}

/** Element ids by code (codes not stored are absent). */
export async function elementIdsByCode(db: Kysely<Database>, codes: readonly string[]): Promise<Map<string, number>> {
  const { byCode } = await loadElementRefs(db, { codes });
  return new Map([...byCode].map(([code, ref]) => [code, ref.id]));
}
