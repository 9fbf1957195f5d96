/** A unit's path up the tree at a date: what access checks compare with a caller's unit scopes. */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { assertIsoDate } from './rows.ts';

const MAX_DEPTH = 16;
const CHUNK = 500;

/**
 * The unit's own code followed by its ancestors' codes (nearest first) at date `at`, following the
 * parent links in force on that date; null when no version of the unit is in force on `at`.
 */
export async function unitPath(db: Kysely<Database>, unitCode: string, at: string): Promise<string[] | null> {
  return (await unitPathWithIds(db, unitCode, at))?.codes ?? null;
}

/** unitPath with the ids of the versions on the path (same order): what id-based scopes compare with. */
export async function unitPathWithIds(db: Kysely<Database>, unitCode: string, at: string): Promise<{ codes: string[]; ids: number[] } | null> {
  assertIsoDate(at, 'at');
  // Same choice as findUnit when one code names units at two levels.
  const start = await db
    .selectFrom('units')
    .select('id')
    .where('code', '=', unitCode)
    .where('validFrom', '<=', at)
    .where('validTo', '>', at)
    .orderBy('level')
    .limit(1)
    .executeTakeFirst();
  if (!start) return null;
  const rows = await db
    .withRecursive('path(unitId, code, depth)', (qb) =>
      qb
        .selectFrom('units')
        .select(['id as unitId', 'code', sql<number>`0`.as('depth')])
        .where('id', '=', start.id)
        .unionAll((qb2) =>
          qb2
            .selectFrom('path')
            .innerJoin('unitParents as up', 'up.childId', 'path.unitId')
            .innerJoin('units as p', 'p.id', 'up.parentId')
            .select(['p.id as unitId', 'p.code as code', sql<number>`path.depth + 1`.as('depth')])
            .where('up.validFrom', '<=', at)
            .where('up.validTo', '>', at)
            .where('path.depth', '<', MAX_DEPTH),
        ),
    )
    .selectFrom('path')
    .select(['unitId', 'code', 'depth'])
    .orderBy('depth')
    .execute();
  return { codes: rows.map((r) => r.code), ids: rows.map((r) => Number(r.unitId)) };
}

/** Key of a (unit id, date) pair in unitPathsById's answer. */
export const unitIdAtKey = (id: number, at: string): string => `${id}@${at}`;

interface ParentLink {
  parentId: number;
  validFrom: string;
  validTo: string;
}

/**
 * unitPath for many units at once, each given by id (the version already chosen) and its own date: the parent
 * links of the units and of their ancestors are loaded level by level (one query per level and 500 ids, every
 * date at once) and walked in memory. Keyed by unitIdAtKey; `ids` is the same path as unit ids.
 */
export async function unitPathsById(
  db: Kysely<Database>,
  starts: ReadonlyArray<{ id: number; code: string; at: string }>,
): Promise<Map<string, { codes: string[]; ids: number[] }>> {
  const codes = new Map<number, string>(starts.map((s) => [s.id, s.code]));
  const links = new Map<number, ParentLink[]>();
  let frontier = [...codes.keys()];
  for (let depth = 0; depth < MAX_DEPTH && frontier.length > 0; depth++) {
    const next = new Set<number>();
    for (let i = 0; i < frontier.length; i += CHUNK) {
      const chunk = frontier.slice(i, i + CHUNK);
      for (const id of chunk) links.set(id, []);
      const rows = await db
        .selectFrom('unitParents as up')
        .innerJoin('units as p', 'p.id', 'up.parentId')
        .select(['up.childId', 'up.parentId', 'up.validFrom', 'up.validTo', 'p.code'])
        .where('up.childId', 'in', chunk)
        .execute();
      for (const r of rows) {
        links.get(r.childId)?.push({ parentId: r.parentId, validFrom: r.validFrom, validTo: r.validTo });
        codes.set(r.parentId, r.code);
        if (!links.has(r.parentId)) next.add(r.parentId);
      }
    }
    frontier = [...next];
  }
  const out = new Map<string, { codes: string[]; ids: number[] }>();
  for (const { id, code, at } of starts) {
    const path = [code];
    const ids = [id];
    let level = [id];
    for (let depth = 0; depth < MAX_DEPTH && level.length > 0; depth++) {
      level = level.flatMap((child) => (links.get(child) ?? []).filter((l) => l.validFrom <= at && at < l.validTo).map((l) => l.parentId));
      for (const parent of level) {
        path.push(codes.get(parent) as string);
        ids.push(parent);
      }
    }
    out.set(unitIdAtKey(id, at), { codes: path, ids });
  }
  return out;
}
