/**
 * The row edits a unit event makes around the new versions writeUnitPlanIn inserts: a version ended on the
 * event's date, its parent links clipped there, its children's links and the later lineage links moved to the
 * version that continues it, the values and submissions of periods ending from that date re-pointed, a
 * version's names corrected. Each edit is recorded as an UnitEdit so that withdrawing the event
 * (undoUnitEdits) puts every row back as it was; lineage_events.effects (migration 0015) keeps the list.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { unitSearchText } from '../../domain/units-naming.ts';

type Db = Kysely<Database>;

export interface UnitNames {
  level: string;
  type: string;
  name: string;
  nameEn: string;
  fullName: string;
  fullNameEn: string;
  note?: string | null;
}

export type ReferenceTable = 'dataValues' | 'currentValues' | 'submissions';
const REFERENCE_TABLES: readonly ReferenceTable[] = ['dataValues', 'currentValues', 'submissions'];

export type UnitEdit =
  | { op: 'unitEnded'; unitId: number; validTo: string; validToKnown: number }
  | { op: 'unitRenamed'; unitId: number; before: UnitNames }
  | { op: 'unitCreated'; unitId: number }
  | { op: 'parentLinkEnded'; linkId: number; validTo: string }
  | { op: 'parentLinkMoved'; linkId: number; childId: number; parentId: number }
  | { op: 'lineageLinkMoved'; linkId: number; fromUnitId: number }
  | { op: 'referencesMoved'; table: ReferenceTable; fromId: number; toId: number; periods: string[] }
  | { op: 'scopesCopied'; toId: number };

/** Ends a version on `date` (known exactly from now on) and clips its own parent links there. */
export async function endVersion(db: Db, unitId: number, date: string): Promise<UnitEdit[]> {
  const unit = await db.selectFrom('units').select(['validTo', 'validToKnown']).where('id', '=', unitId).executeTakeFirstOrThrow();
  const edits: UnitEdit[] = [{ op: 'unitEnded', unitId, validTo: unit.validTo, validToKnown: Number(unit.validToKnown) }];
  await db.updateTable('units').set({ validTo: date, validToKnown: 1 }).where('id', '=', unitId).execute();
  const links = await db.selectFrom('unitParents').select(['id', 'validFrom', 'validTo']).where('childId', '=', unitId).where('validTo', '>', date).execute();
  for (const link of links) {
    if (link.validFrom >= date) throw new Error(`liên kết cấp trên ${link.id} bắt đầu sau ngày ${date}`);
    edits.push({ op: 'parentLinkEnded', linkId: link.id, validTo: link.validTo });
    await db.updateTable('unitParents').set({ validTo: date }).where('id', '=', link.id).execute();
  }
  return edits;
}

/** The parent links of a version in force on or after `date`, clipped to start there (for its successor). */
export async function parentLinksFrom(db: Db, unitId: number, date: string): Promise<Array<{ parentId: number; validFrom: string; validTo: string }>> {
  const links = await db
    .selectFrom('unitParents')
    .select(['parentId', 'validFrom', 'validTo'])
    .where('childId', '=', unitId)
    .where('validTo', '>', date)
    .execute();
  return links.map((l) => ({ parentId: l.parentId, validFrom: l.validFrom > date ? l.validFrom : date, validTo: l.validTo }));
}

/** Children of a version whose links run past `date`. */
export async function childLinksAfter(db: Db, parentId: number, date: string): Promise<number> {
  const row = await db
    .selectFrom('unitParents')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('parentId', '=', parentId)
    .where('validTo', '>', date)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Children's links to `fromId` from `date` on now lead to `toId` (a link across the date is cut in two). */
export async function moveChildLinks(db: Db, fromId: number, toId: number, date: string): Promise<UnitEdit[]> {
  const edits: UnitEdit[] = [];
  const links = await db.selectFrom('unitParents').selectAll().where('parentId', '=', fromId).where('validTo', '>', date).execute();
  for (const link of links) {
    if (link.validFrom >= date) {
      edits.push({ op: 'parentLinkMoved', linkId: link.id, childId: link.childId, parentId: link.parentId });
      await db.updateTable('unitParents').set({ parentId: toId }).where('id', '=', link.id).execute();
      continue;
    }
    edits.push({ op: 'parentLinkEnded', linkId: link.id, validTo: link.validTo });
    await db.updateTable('unitParents').set({ validTo: date }).where('id', '=', link.id).execute();
    const added = await db
      .insertInto('unitParents')
      .values({ childId: link.childId, parentId: toId, validFrom: date, validTo: link.validTo })
      .returning('id')
      .executeTakeFirstOrThrow();
    edits.push({ op: 'parentLinkMoved', linkId: added.id, childId: link.childId, parentId: -1 });
  }
  return edits;
}

/** Lineage links out of `fromId` whose event is on or after `date` (a later reform) now start at `toId`. */
export async function moveLaterLineage(db: Db, fromId: number, toId: number, date: string): Promise<UnitEdit[]> {
  const links = await db
    .selectFrom('lineageLinks as l')
    .innerJoin('lineageEvents as e', 'e.id', 'l.eventId')
    .select('l.id')
    .where('l.fromUnitId', '=', fromId)
    .where('l.toUnitId', '!=', toId)
    .where('e.date', '>=', date)
    .execute();
  if (!links.length) return [];
  await db
    .updateTable('lineageLinks')
    .set({ fromUnitId: toId })
    .where(
      'id',
      'in',
      links.map((l) => l.id),
    )
    .execute();
  return links.map((l) => ({ op: 'lineageLinkMoved', linkId: l.id, fromUnitId: fromId }) as const);
}

/** The periods a version has values or submissions for. */
export async function referencedPeriods(db: Db, unitId: number): Promise<string[]> {
  const periods = new Set<string>();
  for (const table of REFERENCE_TABLES) {
    for (const r of await db.selectFrom(table).select('period').distinct().where('unitId', '=', unitId).execute()) periods.add(r.period);
  }
  return [...periods].sort();
}

/** Values, current values and submissions of `periods` move from one version to another. */
export async function moveReferences(db: Db, fromId: number, toId: number, periods: string[]): Promise<UnitEdit[]> {
  if (!periods.length) return [];
  const edits: UnitEdit[] = [];
  for (const table of REFERENCE_TABLES) {
    await db.updateTable(table).set({ unitId: toId }).where('unitId', '=', fromId).where('period', 'in', periods).execute();
    edits.push({ op: 'referencesMoved', table, fromId, toId, periods });
  }
  return edits;
}

/** People and tokens scoped to a version are scoped to the version that continues it too (rename, reclassify, recode). */
export async function copyScopes(db: Db, fromId: number, toId: number, toCode: string): Promise<UnitEdit[]> {
  const users = await db.selectFrom('userUnits').select('userId').where('unitId', '=', fromId).execute();
  if (users.length)
    await db
      .insertInto('userUnits')
      .values(users.map((u) => ({ userId: u.userId, unitCode: toCode, unitId: toId, resolution: null })))
      .execute();
  const tokens = await db.selectFrom('apiTokenScopes').select('tokenId').where('kind', '=', 'unit').where('unitId', '=', fromId).execute();
  if (tokens.length)
    await db
      .insertInto('apiTokenScopes')
      .values(tokens.map((t) => ({ tokenId: t.tokenId, kind: 'unit', code: toCode, unitId: toId, resolution: null })))
      .execute();
  return [{ op: 'scopesCopied', toId }];
}

/** Sets a version's names (and type, level); the edit keeps the names it had. */
export async function renameVersion(db: Db, unitId: number, names: UnitNames): Promise<UnitEdit[]> {
  const before = await db
    .selectFrom('units')
    .select(['level', 'type', 'name', 'nameEn', 'fullName', 'fullNameEn', 'note'])
    .where('id', '=', unitId)
    .executeTakeFirstOrThrow();
  await setNames(db, unitId, names);
  return [{ op: 'unitRenamed', unitId, before }];
}

async function setNames(db: Db, unitId: number, n: UnitNames): Promise<void> {
  await db
    .updateTable('units')
    .set({ ...n, searchText: unitSearchText(n.name, n.fullName, n.nameEn) })
    .where('id', '=', unitId)
    .execute();
}

/** Puts back every row an event's edits changed, the last edit first; the versions it created are deleted. */
export async function undoUnitEdits(db: Db, edits: readonly UnitEdit[]): Promise<void> {
  for (const edit of [...edits].reverse()) {
    switch (edit.op) {
      case 'unitEnded':
        await db.updateTable('units').set({ validTo: edit.validTo, validToKnown: edit.validToKnown }).where('id', '=', edit.unitId).execute();
        break;
      case 'unitRenamed':
        await setNames(db, edit.unitId, edit.before);
        break;
      case 'unitCreated':
        await db.deleteFrom('userUnits').where('unitId', '=', edit.unitId).execute();
        await db.deleteFrom('apiTokenScopes').where('unitId', '=', edit.unitId).execute();
        await db
          .deleteFrom('aggClosure')
          .where((eb) => eb.or([eb('unitId', '=', edit.unitId), eb('ancestorId', '=', edit.unitId)]))
          .execute();
        await db.deleteFrom('units').where('id', '=', edit.unitId).execute();
        break;
      case 'parentLinkEnded':
        await db.updateTable('unitParents').set({ validTo: edit.validTo }).where('id', '=', edit.linkId).execute();
        break;
      case 'parentLinkMoved':
        if (edit.parentId === -1) await db.deleteFrom('unitParents').where('id', '=', edit.linkId).execute();
        else await db.updateTable('unitParents').set({ childId: edit.childId, parentId: edit.parentId }).where('id', '=', edit.linkId).execute();
        break;
      case 'lineageLinkMoved':
        await db.updateTable('lineageLinks').set({ fromUnitId: edit.fromUnitId }).where('id', '=', edit.linkId).execute();
        break;
      case 'referencesMoved':
        await db.updateTable(edit.table).set({ unitId: edit.fromId }).where('unitId', '=', edit.toId).where('period', 'in', edit.periods).execute();
        break;
      case 'scopesCopied':
        break;
    }
  }
}
