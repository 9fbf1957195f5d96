/** Reads and small writes of the unit-event use cases (app/units/events/): versions of codes, an event and its links. */
import type { Kysely, Selectable } from 'kysely';
import type { Database, LineageEventsTable } from '../schema.ts';
import type { UnitRow } from './rows.ts';

type Db = Kysely<Database>;

/** Every version of some codes, oldest first. */
export async function versionsOfCodes(db: Db, codes: readonly string[]): Promise<UnitRow[]> {
  if (!codes.length) return [];
  return db
    .selectFrom('units')
    .selectAll()
    .where('code', 'in', [...codes])
    .orderBy('validFrom')
    .orderBy('level')
    .execute();
}

/** Versions by id. */
export async function versionsById(db: Db, ids: readonly number[]): Promise<UnitRow[]> {
  if (!ids.length) return [];
  return db
    .selectFrom('units')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
}

export type LineageEventRow = Selectable<LineageEventsTable>;

export async function findLineageEvent(db: Db, id: number): Promise<LineageEventRow | undefined> {
  return db.selectFrom('lineageEvents').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The newest event written with a source (the one writeUnitPlanIn just inserted for this call). */
export async function latestEventOfSource(db: Db, source: string): Promise<LineageEventRow> {
  return db.selectFrom('lineageEvents').selectAll().where('source', '=', source).orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
}

export async function setEventEffects(db: Db, id: number, effects: string): Promise<void> {
  await db.updateTable('lineageEvents').set({ effects }).where('id', '=', id).execute();
}

export async function correctLineageEvent(db: Db, id: number, change: { legalBasis?: string; note?: string }): Promise<void> {
  await db.updateTable('lineageEvents').set(change).where('id', '=', id).execute();
}

export async function deleteLineageEvent(db: Db, id: number): Promise<void> {
  await db.deleteFrom('lineageLinks').where('eventId', '=', id).execute();
  await db.deleteFrom('lineageEvents').where('id', '=', id).execute();
}

/** The links of an event with both ends' codes and names. */
export async function eventLinks(db: Db, eventId: number) {
  return db
    .selectFrom('lineageLinks as l')
    .innerJoin('units as f', 'f.id', 'l.fromUnitId')
    .innerJoin('units as t', 't.id', 'l.toUnitId')
    .select([
      'l.id',
      'l.kind as part',
      'l.share',
      'f.id as fromId',
      'f.code as fromCode',
      'f.fullName as fromName',
      't.id as toId',
      't.code as toCode',
      't.fullName as toName',
      't.validFrom as toValidFrom',
    ])
    .where('l.eventId', '=', eventId)
    .orderBy('l.id')
    .execute();
}

/** What still points at some versions beyond what an event moved: other events' links, child links, values. */
export async function dependentsOf(db: Db, unitIds: readonly number[], eventId: number, ownLinkIds: readonly number[], ownParentLinkIds: readonly number[]) {
  const ids = [...unitIds];
  const links = await db
    .selectFrom('lineageLinks')
    .select('id')
    .where('eventId', '!=', eventId)
    .where((eb) => eb.or([eb('fromUnitId', 'in', ids), eb('toUnitId', 'in', ids)]))
    .execute();
  const children = await db.selectFrom('unitParents').select('id').where('parentId', 'in', ids).execute();
  return {
    lineageLinks: links.filter((l) => !ownLinkIds.includes(l.id)).length,
    childLinks: children.filter((c) => !ownParentLinkIds.includes(c.id)).length,
  };
}

export async function hasEventOfSource(db: Db, source: string): Promise<boolean> {
  return (await db.selectFrom('lineageEvents').select('id').where('source', '=', source).limit(1).executeTakeFirst()) !== undefined;
}
