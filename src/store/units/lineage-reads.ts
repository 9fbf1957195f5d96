/**
 * Lineage read forwards from units that ended (compute/analytics/unit-succession.ts): the links out of a unit
 * with their events and the units they lead to, the life of some units, and where their links lead.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export interface LineageLinkOut {
  eventId: number;
  eventKind: string;
  date: string | null;
  legalBasis: string | null;
  /** `full` or `partial`. */
  part: string;
  share: number | null;
  /** The unit the link leads to. */
  code: string;
  name: string;
  level: string;
}

/** The lineage links out of a unit version, with their events and the units they lead to, by the latter's code. */
export async function lineageLinksFrom(db: Kysely<Database>, unitId: number): Promise<LineageLinkOut[]> {
  const rows = await db
    .selectFrom('lineageLinks as l')
    .innerJoin('lineageEvents as e', 'e.id', 'l.eventId')
    .innerJoin('units as u', 'u.id', 'l.toUnitId')
    .select(['e.id as eventId', 'e.kind as eventKind', 'e.date', 'e.legalBasis', 'l.kind as part', 'l.share', 'u.code', 'u.name', 'u.level'])
    .where('l.fromUnitId', '=', unitId)
    .orderBy('u.code')
    .execute();
  return rows.map((r) => ({ ...r, share: r.share === null ? null : Number(r.share) }));
}

/** Some unit versions with the days they were in force. */
export async function unitLives(
  db: Kysely<Database>,
  ids: readonly number[],
): Promise<Array<{ id: number; code: string; name: string; validFrom: string; validTo: string }>> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('units')
    .select(['id', 'code', 'name', 'validFrom', 'validTo'])
    .where('id', 'in', [...ids])
    .execute();
}

/** The units the lineage links out of some units lead to (ids, possibly repeated). */
export async function lineageTargetIds(db: Kysely<Database>, fromIds: readonly number[]): Promise<number[]> {
  if (fromIds.length === 0) return [];
  return (
    await db
      .selectFrom('lineageLinks')
      .select('toUnitId')
      .where('fromUnitId', 'in', [...fromIds])
      .execute()
  ).map((l) => l.toUnitId);
}
