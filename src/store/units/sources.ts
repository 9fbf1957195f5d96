/**
 * Which source the stored units came from, and replacing one source's units by another's.
 * Replacing never loses data: it is refused while anything refers to a unit being replaced
 * (values, submissions, scopes, aggregates), since those rows name units.id.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../schema.ts';

export interface SourceCount {
  source: string;
  units: number;
}

/** Unit counts per source, for the sources not starting with `keepPrefix`. */
export async function unitSourcesOtherThan(db: Kysely<Database>, keepPrefix: string): Promise<SourceCount[]> {
  const rows = await db
    .selectFrom('units')
    .select(['source', sql<number>`count(*)`.as('n')])
    .where(sql<boolean>`substr(source, 1, ${keepPrefix.length}) <> ${keepPrefix}`)
    .groupBy('source')
    .orderBy('source')
    .execute();
  return rows.map((r) => ({ source: r.source, units: Number(r.n) }));
}

/** How many units came from a source starting with `prefix`. */
export async function countUnitsFromSource(db: Kysely<Database>, prefix: string): Promise<number> {
  const row = await db
    .selectFrom('units')
    .select(sql<number>`count(*)`.as('n'))
    .where(sql<boolean>`substr(source, 1, ${prefix.length}) = ${prefix}`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Tables whose unit_id names a unit version; a unit any of them names must stay. */
const REFERRING_TABLES = ['dataValues', 'currentValues', 'submissions', 'userUnits', 'apiTokenScopes', 'aggregates'] as const;

/** Rows, per table, that name one of the units of the other sources (tables with none left out). */
export async function referencesToOtherSources(trx: Transaction<Database>, keepPrefix: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of REFERRING_TABLES) {
    const row = await trx
      .selectFrom(table)
      .select(sql<number>`count(*)`.as('n'))
      .where('unitId', 'in', (eb) =>
        eb
          .selectFrom('units')
          .select('id')
          .where(sql<boolean>`substr(source, 1, ${keepPrefix.length}) <> ${keepPrefix}`),
      )
      .executeTakeFirstOrThrow();
    if (Number(row.n) > 0) out[table] = Number(row.n);
  }
  return out;
}

/**
 * Deletes the units (and, by cascade, their parent and lineage links) and the lineage events of
 * every source not starting with `keepPrefix`. The caller has checked referencesToOtherSources;
 * the foreign keys of the value tables would refuse anyway.
 */
export async function deleteOtherSources(trx: Transaction<Database>, keepPrefix: string): Promise<number> {
  const other = sql<boolean>`substr(source, 1, ${keepPrefix.length}) <> ${keepPrefix}`;
  // Links first: on SQLite the cascade needs foreign_keys on, which a caller's connection may not have.
  const ids = trx.selectFrom('units').select('id').where(other);
  await trx
    .deleteFrom('unitParents')
    .where((eb) => eb.or([eb('childId', 'in', ids), eb('parentId', 'in', ids)]))
    .execute();
  await trx
    .deleteFrom('lineageLinks')
    .where((eb) => eb.or([eb('fromUnitId', 'in', ids), eb('toUnitId', 'in', ids)]))
    .execute();
  await trx.deleteFrom('lineageLinks').where('eventId', 'in', trx.selectFrom('lineageEvents').select('id').where(other)).execute();
  await trx.deleteFrom('lineageEvents').where(other).execute();
  const deleted = await trx.deleteFrom('units').where(other).executeTakeFirst();
  return Number(deleted.numDeletedRows);
}
