/**
 * Queries over the effective-dated unit tree. A unit version exists at date D when
 * validFrom <= D < validTo; parent links follow the same rule. Open bounds are stored as
 * sentinels and returned as null.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { assertIsoDate, containsPattern, toUnit, type UnitRow } from './rows.ts';
import { todayIsoDate } from '../../domain/dates.ts';
import { unitVersionsInForce } from './in-force.ts';
import { foldVietnamese } from '../../domain/text.ts';
import { isUnitLevel, type LineageKind, type LineageLink, type LineagePart, type Unit, type UnitLevel, type UnitLineage } from '../../domain/units.ts';
import { openToNull } from '../dates.ts';

export interface ListUnitsQuery {
  at: string;
  level?: UnitLevel;
  parentCode?: string;
  q?: string;
  limit?: number;
  offset?: number;
}

function checkCount(value: number | undefined, field: string): void {
  if (value !== undefined && (!Number.isInteger(value) || value < 0)) {
    throw new Error(`"${field}" phải là số nguyên không âm, nhận được ${value} / must be a non-negative integer`);
  }
}

/** Units existing at `query.at`, ordered by code, each with its parent code at that date. */
export async function listUnits(db: Kysely<Database>, query: ListUnitsQuery): Promise<{ total: number; items: Unit[] }> {
  const { at } = query;
  assertIsoDate(at, 'at');
  if (query.level !== undefined && !isUnitLevel(query.level)) throw new Error(`Cấp đơn vị không hợp lệ ở "level": "${query.level}"`);
  checkCount(query.limit, 'limit');
  checkCount(query.offset, 'offset');
  let base = db
    .selectFrom('units as u')
    .leftJoin('unitParents as up', (join) => join.onRef('up.childId', '=', 'u.id').on('up.validFrom', '<=', at).on('up.validTo', '>', at))
    .leftJoin('units as p', 'p.id', 'up.parentId')
    .where('u.validFrom', '<=', at)
    .where('u.validTo', '>', at);
  if (query.level) base = base.where('u.level', '=', query.level);
  if (query.parentCode !== undefined) base = base.where('p.code', '=', query.parentCode);
  for (const term of foldVietnamese(query.q ?? '')
    .split(' ')
    .filter(Boolean)) {
    base = base.where(sql<boolean>`${sql.ref('u.searchText')} like ${containsPattern(term)} escape '\\'`);
  }
  const counted = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  let page = base.selectAll('u').select('p.code as parentCode').orderBy('u.code').orderBy('u.level');
  if (query.limit !== undefined || query.offset !== undefined) page = page.limit(query.limit ?? 1_000_000_000);
  if (query.offset !== undefined) page = page.offset(query.offset);
  const rows = await page.execute();
  return { total: Number(counted.n), items: rows.map((r) => toUnit(r, r.parentCode ?? null)) };
}

/** The parent code of a unit version at `date`, or from its latest parent link when `date` is null. */
async function parentCodeOf(db: Kysely<Database>, unitId: number, date: string | null): Promise<string | null> {
  let query = db.selectFrom('unitParents as up').innerJoin('units as p', 'p.id', 'up.parentId').select('p.code').where('up.childId', '=', unitId);
  if (date) query = query.where('up.validFrom', '<=', date).where('up.validTo', '>', date);
  const row = await query.orderBy('up.validFrom', 'desc').limit(1).executeTakeFirst();
  return row?.code ?? null;
}

/** The version of `code` valid at `at`; without `at`, the one valid today, else the most recent. */
export async function findUnit(db: Kysely<Database>, code: string, at?: string): Promise<Unit | null> {
  if (at !== undefined) assertIsoDate(at, 'at');
  const date = at ?? todayIsoDate();
  const valid = await unitVersionsInForce(db, [code], date).selectAll().limit(1).executeTakeFirst();
  if (valid) return toUnit(valid, await parentCodeOf(db, valid.id, date));
  if (at !== undefined) return null;
  const latest = await db.selectFrom('units').selectAll().where('code', '=', code).orderBy('validFrom', 'desc').orderBy('level').limit(1).executeTakeFirst();
  return latest ? toUnit(latest, await parentCodeOf(db, latest.id, null)) : null;
}

interface EdgeRow {
  self: number;
  other: UnitRow;
  kind: string;
  date: string | null;
  legalBasis: string | null;
  part: string;
  share: number | null;
}

/** Lineage links touching the given unit versions, seen from them: 'to' gives predecessors, 'from' successors. */
async function edges(db: Kysely<Database>, ids: number[], side: 'to' | 'from'): Promise<EdgeRow[]> {
  const [selfCol, otherCol] = side === 'to' ? (['l.toUnitId', 'l.fromUnitId'] as const) : (['l.fromUnitId', 'l.toUnitId'] as const);
  const rows = await db
    .selectFrom('lineageLinks as l')
    .innerJoin('lineageEvents as e', 'e.id', 'l.eventId')
    .innerJoin('units as o', 'o.id', otherCol)
    .selectAll('o')
    .select([`${selfCol} as self`, 'e.kind as eventKind', 'e.date as eventDate', 'e.legalBasis as eventBasis', 'l.kind as part', 'l.share as share'])
    .where(selfCol, 'in', ids)
    .orderBy('e.date')
    .orderBy('o.code')
    .execute();
  return rows.map((r) => ({ self: r.self, other: r, kind: r.eventKind, date: r.eventDate, legalBasis: r.eventBasis, part: r.part, share: r.share }));
}

function toLink(edge: EdgeRow): LineageLink {
  const o = edge.other;
  return {
    kind: edge.kind as LineageKind,
    date: edge.date,
    legalBasis: edge.legalBasis,
    part: edge.part as LineagePart,
    share: edge.share === null ? null : Number(edge.share),
    unit: { code: o.code, level: o.level as UnitLevel, name: o.name, fullName: o.fullName, validFrom: openToNull(o.validFrom), validTo: openToNull(o.validTo) },
  };
}

/** Every version of `code`, oldest first, with predecessors and successors; null when the code is unknown. */
export async function unitLineage(db: Kysely<Database>, code: string): Promise<UnitLineage | null> {
  const versions = await db.selectFrom('units').selectAll().where('code', '=', code).orderBy('validFrom').orderBy('level').execute();
  if (!versions.length) return null;
  const ids = versions.map((v) => v.id);
  const [preds, succs] = await Promise.all([edges(db, ids, 'to'), edges(db, ids, 'from')]);
  const out: UnitLineage = { code, versions: [], predecessors: [], successors: [] };
  for (const v of versions) {
    const predecessors = preds.filter((e) => e.self === v.id).map(toLink);
    const successors = succs.filter((e) => e.self === v.id).map(toLink);
    out.versions.push({ unit: toUnit(v, await parentCodeOf(db, v.id, null)), predecessors, successors });
    out.predecessors.push(...predecessors);
    out.successors.push(...successors);
  }
  return out;
}
