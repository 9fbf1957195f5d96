/**
 * Reads and writes of the feedback tables (migration 0025). The counts behind the derived figures group by the
 * responsible unit over the day filed (received) or the day handled (handled*, ratings); reports awaiting
 * moderation or removed by it are never counted.
 */
import type { Expression, Kysely, SelectQueryBuilder, SqlBool } from 'kysely';
import type { Database } from '../schema.ts';
import type { FeedbackEventsTable, FeedbackReportsTable } from './schema.ts';

export type FeedbackRow = Omit<FeedbackReportsTable, 'id'> & { id: number };
export type NewFeedbackRow = Omit<FeedbackReportsTable, 'id'>;
export type FeedbackEventRow = Omit<FeedbackEventsTable, 'id'>;

const HIDDEN = ['moderation', 'spam'];
const toRow = <T extends { id: number | bigint | string }>(r: T) => ({ ...r, id: Number(r.id) });

export async function insertFeedback(db: Kysely<Database>, row: NewFeedbackRow): Promise<number> {
  const { id } = await db.insertInto('feedbackReports').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(id);
}

/** Many at once (the demo); returns nothing. Rows per statement kept under both databases' parameter limits. */
export async function insertFeedbackMany(db: Kysely<Database>, rows: readonly NewFeedbackRow[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += 200) {
    const inserted = await db
      .insertInto('feedbackReports')
      .values(rows.slice(i, i + 200))
      .returning('id')
      .execute();
    ids.push(...inserted.map((r) => Number(r.id)));
  }
  return ids;
}

export async function updateFeedback(db: Kysely<Database>, id: number, values: Partial<NewFeedbackRow>): Promise<void> {
  await db.updateTable('feedbackReports').set(values).where('id', '=', id).execute();
}

export async function insertFeedbackEvents(db: Kysely<Database>, rows: readonly FeedbackEventRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('feedbackEvents')
      .values(rows.slice(i, i + 500))
      .execute();
}

export async function getFeedback(db: Kysely<Database>, id: number): Promise<FeedbackRow | null> {
  const row = await db.selectFrom('feedbackReports').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toRow(row) : null;
}

export async function feedbackByToken(db: Kysely<Database>, tokenHash: string): Promise<FeedbackRow | null> {
  const row = await db.selectFrom('feedbackReports').selectAll().where('tokenHash', '=', tokenHash).executeTakeFirst();
  return row ? toRow(row) : null;
}

export async function feedbackEvents(db: Kysely<Database>, id: number): Promise<Array<FeedbackEventRow & { id: number }>> {
  const rows = await db.selectFrom('feedbackEvents').selectAll().where('reportId', '=', id).orderBy('at').orderBy('id').execute();
  return rows.map(toRow);
}

/** What a count or a list narrows the reports to. */
export interface FeedbackSelection {
  /** Which day places a report in the period: filed, or handled (closed with an answer). */
  dateOf?: 'filed' | 'handled';
  from?: string;
  to?: string;
  /** null or absent: every unit. */
  units?: readonly string[] | null;
  category?: string;
  /** Any of these categories (Open311's service_code list). */
  categories?: readonly string[];
  /** Filed at or after / at or before these instants (ISO, as stored). */
  filedFrom?: string;
  filedUntil?: string;
  states?: readonly string[];
  onTime?: boolean;
  rated?: boolean;
  /** Rating at least this (4: satisfied). */
  minRating?: number;
  /** Include the moderation queue and the removed (staff lists only). */
  includeHidden?: boolean;
  /** Open past their deadline at this instant (ISO). */
  overdueAt?: string;
  /** Only these reports. */
  ids?: readonly number[];
}

type FeedbackQuery = SelectQueryBuilder<Database, 'feedbackReports', object>;

export function selectFeedback(db: Kysely<Database>, s: FeedbackSelection): FeedbackQuery {
  let q = db.selectFrom('feedbackReports') as FeedbackQuery;
  const day = s.dateOf === 'handled' ? 'handledOn' : 'filedOn';
  if (s.from) q = q.where(day, '>=', s.from);
  if (s.to) q = q.where(day, '<=', s.to);
  if (s.units) q = q.where('unit', 'in', s.units.length ? [...s.units] : ['']);
  if (s.category) q = q.where('category', '=', s.category);
  if (s.categories) q = q.where('category', 'in', s.categories.length ? [...s.categories] : ['']);
  if (s.filedFrom) q = q.where('filedAt', '>=', s.filedFrom);
  if (s.filedUntil) q = q.where('filedAt', '<=', s.filedUntil);
  if (s.states) q = q.where('state', 'in', s.states.length ? [...s.states] : ['']);
  if (!s.includeHidden) q = q.where('state', 'not in', HIDDEN);
  if (s.dateOf === 'handled') q = q.where('state', '=', 'handled');
  if (s.onTime !== undefined) q = q.where('onTime', '=', s.onTime ? 1 : 0);
  if (s.rated) q = q.where('rating', 'is not', null);
  if (s.minRating !== undefined) q = q.where('rating', '>=', s.minRating);
  if (s.overdueAt) q = q.where('dueAt', '<', s.overdueAt).where('state', 'in', ['new', 'acknowledged', 'in_progress']);
  if (s.ids) q = q.where('id', 'in', s.ids.length ? [...s.ids] : [-1]);
  return q;
}

/** The count (or the sum of the ratings) of the selection at each unit. */
export async function countFeedbackByUnit(db: Kysely<Database>, s: FeedbackSelection, sumOfRatings = false): Promise<Map<string, number>> {
  const rows = await selectFeedback(db, s)
    .select((eb) => ['unit', (sumOfRatings ? eb.fn.sum<number | string | null>('rating') : eb.fn.countAll<number | string>()).as('n')])
    .groupBy('unit')
    .execute();
  return new Map(rows.map((r) => [r.unit, Number(r.n ?? 0)]));
}

export async function pageOfFeedback(
  db: Kysely<Database>,
  s: FeedbackSelection,
  page: { limit: number; offset: number },
  order: 'filed' | 'handled' | 'due' = 'filed',
): Promise<{ total: number; rows: FeedbackRow[] }> {
  const total = await selectFeedback(db, s)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  const column = order === 'handled' ? 'handledAt' : order === 'due' ? 'dueAt' : 'filedAt';
  const rows = await selectFeedback(db, s)
    .selectAll()
    .orderBy(column, order === 'due' ? 'asc' : 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { total: Number(total.n), rows: rows.map(toRow) };
}

/** Per unit: reports received, handled, handled on time, open overdue, rated, the ratings' sum, satisfied, and the hours to handle. */
export async function feedbackKpisByUnit(
  db: Kysely<Database>,
  s: { from: string; to: string; units: readonly string[] | null; nowIso: string },
): Promise<
  Array<{
    unit: string;
    received: number;
    handled: number;
    onTime: number;
    overdue: number;
    rated: number;
    ratingSum: number;
    satisfied: number;
    handlingHours: number;
  }>
> {
  const rows = await selectFeedback(db, { from: s.from, to: s.to, units: s.units })
    .select((eb) => {
      const sumOf = (flag: Expression<SqlBool>) => eb.fn.sum<number | string | null>(eb.case().when(flag).then(1).else(0).end());
      return [
        'unit',
        eb.fn.countAll<number | string>().as('received'),
        sumOf(eb('state', '=', 'handled')).as('handled'),
        sumOf(eb('onTime', '=', 1)).as('onTime'),
        sumOf(eb.and([eb('dueAt', '<', s.nowIso), eb('state', 'in', ['new', 'acknowledged', 'in_progress'])])).as('overdue'),
        sumOf(eb('rating', 'is not', null)).as('rated'),
        eb.fn.sum<number | string | null>('rating').as('ratingSum'),
        sumOf(eb('rating', '>=', 4)).as('satisfied'),
      ];
    })
    .groupBy('unit')
    .execute();
  const hours = await selectFeedback(db, { from: s.from, to: s.to, units: s.units, states: ['handled'] })
    .select(['unit', 'filedAt', 'handledAt'])
    .execute();
  const sumHours = new Map<string, number>();
  for (const h of hours) if (h.handledAt) sumHours.set(h.unit, (sumHours.get(h.unit) ?? 0) + (Date.parse(h.handledAt) - Date.parse(h.filedAt)) / 3_600_000);
  return rows.map((r) => {
    const handled = Number(r.handled ?? 0);
    const unit = String(r.unit);
    return {
      unit,
      received: Number(r.received ?? 0),
      handled,
      onTime: Number(r.onTime ?? 0),
      overdue: Number(r.overdue ?? 0),
      rated: Number(r.rated ?? 0),
      ratingSum: Number(r.ratingSum ?? 0),
      satisfied: Number(r.satisfied ?? 0),
      handlingHours: handled ? (sumHours.get(unit) ?? 0) / handled : 0,
    };
  });
}

/** The earliest day a counted report was filed, or null. */
export async function earliestFeedbackDate(db: Kysely<Database>): Promise<string | null> {
  const row = await db
    .selectFrom('feedbackReports')
    .select((eb) => eb.fn.min<string | null>('filedOn').as('d'))
    .executeTakeFirst();
  return row?.d ?? null;
}

export async function insertFeedbackPhoto(
  db: Kysely<Database>,
  row: { reportId: number; sha256: string; mediaType: string; size: number; addedAt: string },
): Promise<number> {
  const { id } = await db.insertInto('feedbackPhotos').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(id);
}

/** The photo ids of these reports, by report, in the order added. */
export async function feedbackPhotoIds(db: Kysely<Database>, reportIds: readonly number[]): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>();
  if (reportIds.length === 0) return out;
  const rows = await db
    .selectFrom('feedbackPhotos')
    .select(['id', 'reportId'])
    .where('reportId', 'in', [...reportIds])
    .orderBy('id')
    .execute();
  for (const r of rows) out.set(Number(r.reportId), [...(out.get(Number(r.reportId)) ?? []), Number(r.id)]);
  return out;
}

/** One photo with its report's state. */
export async function getFeedbackPhoto(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('feedbackPhotos as p')
    .innerJoin('feedbackReports as r', 'r.id', 'p.reportId')
    .select(['p.id', 'p.sha256', 'p.mediaType', 'p.size', 'r.state'])
    .where('p.id', '=', id)
    .executeTakeFirst();
}
