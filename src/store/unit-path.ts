/** A unit's path up the tree at a date: what access checks compare with a caller's unit scopes. */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';
import { assertIsoDate } from './units-rows.ts';

const MAX_DEPTH = 16;

/**
 * The unit's own code followed by its ancestors' codes (nearest first) at date `at`, following the
 * parent links in force on that date; null when no version of the unit is in force on `at`.
 */
export async function unitPath(db: Kysely<Database>, unitCode: string, at: string): Promise<string[] | null> {
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
    .select(['code', 'depth'])
    .orderBy('depth')
    .execute();
  return rows.map((r) => r.code);
}
