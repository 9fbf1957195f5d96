/**
 * The feedback reads. Staff: a unit's queue (its subtree in the view, like the drill-down) with the overdue flag,
 * one report with its history — the reporter's name and contact only for a caller who may read the unit's
 * personal data (and the name never when the reporter asked to hide it, except to the administrator) —, the KPIs
 * per unit with a ranking that skips units with fewer reports than the minimum, and the points for the map.
 * Public (no login): reports past moderation, never a name, a contact or a token; and a citizen's own report by
 * its secret.
 */
import type { Actor } from '../../domain/access.ts';
import { can } from '../../domain/access.ts';
import { todayIsoDate } from '../../domain/dates.ts';
import { appError } from '../../domain/errors.ts';
import { categoryOf, FEEDBACK_ACTION_LABELS, FEEDBACK_STATE_LABELS, isOverdue, type FeedbackState } from '../../domain/feedback.ts';
import { parsePeriod } from '../../domain/periods.ts';
import { rankWithTies } from '../../domain/ranking.ts';
import { resolveQueryUnit, type View } from '../../compute/analytics/unit-resolve.ts';
import type { Store } from '../../store/db.ts';
import {
  feedbackByToken,
  feedbackEvents,
  feedbackKpisByUnit,
  feedbackPhotoIds,
  getFeedback,
  pageOfFeedback,
  selectFeedback,
  type FeedbackRow,
  type FeedbackSelection,
} from '../../store/feedback/repo.ts';
import { unitsCountingTowards } from '../../store/registries/derived-elements.ts';
import { unitsInForce } from '../../store/units/tree-reads.ts';
import { authorizeUnit } from '../policy.ts';
import { canOn, UnitResolver } from '../follow-ups/units.ts';
import { hashToken } from './file-report.ts';
import { feedbackPhotoUrl } from './photos.ts';

/** What anyone may see of a report. */
export interface PublicReport {
  id: number;
  category: string;
  categoryName: string;
  description: string;
  lat: number | null;
  long: number | null;
  address: string | null;
  unit: string;
  unitName: string;
  state: string;
  stateLabel: string;
  filedAt: string;
  dueAt: string;
  handledAt: string | null;
  answer: string | null;
  rejectReason: string | null;
  onTime: boolean | null;
  overdue: boolean;
  rating: number | null;
  mediaUrls: string[];
  updatedAt: string;
  simulated: boolean;
}

export interface StaffReport extends PublicReport {
  source: string;
  client: string | null;
  /** Only for a caller who may read personal data; '(ẩn theo yêu cầu)' when the reporter asked. */
  reporterName: string | null;
  reporterContact: string | null;
  personalShown: boolean;
}

/** The rows as public reports, with their units' names and their photos. */
async function publicReports(store: Store, rows: FeedbackRow[], now: Date): Promise<PublicReport[]> {
  const [names, photos] = await Promise.all([
    unitNames(
      store,
      rows.map((r) => r.unit),
      todayIsoDate(now),
    ),
    feedbackPhotoIds(
      store.db,
      rows.map((r) => r.id),
    ),
  ]);
  return rows.map((r) => publicReport(r, names, now, photos.get(r.id)));
}

async function unitNames(store: Store, codes: string[], at: string): Promise<Map<string, string>> {
  const units = await unitsInForce(store.db, [...new Set(codes)], at);
  return new Map(units.map((u) => [u.code, u.name]));
}

export function publicReport(r: FeedbackRow, names: Map<string, string>, now: Date, photos: readonly number[] = []): PublicReport {
  return {
    id: r.id,
    category: r.category,
    categoryName: categoryOf(r.category)?.name ?? r.category,
    description: r.description,
    lat: r.lat === null ? null : Number(r.lat),
    long: r.long === null ? null : Number(r.long),
    address: r.address,
    unit: r.unit,
    unitName: names.get(r.unit) ?? r.unit,
    state: r.state,
    stateLabel: FEEDBACK_STATE_LABELS[r.state as FeedbackState]?.vi ?? r.state,
    filedAt: r.filedAt,
    dueAt: r.dueAt,
    handledAt: r.handledAt,
    answer: r.answer,
    rejectReason: r.rejectReason,
    onTime: r.onTime === null ? null : r.onTime === 1,
    overdue: isOverdue(r, now),
    rating: r.rating,
    mediaUrls: [...(JSON.parse(r.media) as string[]), ...photos.map(feedbackPhotoUrl)],
    updatedAt: r.updatedAt,
    simulated: r.simulated === 1,
  };
}

export interface FeedbackListQuery {
  unit: string;
  period: string;
  view?: View;
  state?: string;
  category?: string;
  overdue?: boolean;
  limit?: number;
  offset?: number;
}

async function selectionFor(store: Store, actor: Actor, q: FeedbackListQuery, now: Date) {
  const period = parsePeriod(q.period);
  const view = q.view ?? 'now';
  const { unit, at } = await resolveQueryUnit(store.db, q.unit, view, [period]);
  await authorizeUnit(store, actor, 'read', unit.code, at);
  const units = await unitsCountingTowards(store.db, unit.id, view, period.end);
  const selection: FeedbackSelection = {
    dateOf: 'filed',
    from: period.start,
    to: period.end,
    units: units.length ? units : [unit.code],
    includeHidden: actor.role === 'admin',
    ...(q.state ? { states: [q.state] } : {}),
    ...(q.category ? { category: q.category } : {}),
    ...(q.overdue ? { overdueAt: now.toISOString() } : {}),
  };
  return { selection, head: { unit: { code: unit.code, name: unit.name }, period: period.id, view }, at };
}

/** A unit's reports in a period, newest first (overdue only: the oldest deadline first). */
export async function feedbackQueue(store: Store, actor: Actor, q: FeedbackListQuery, now: Date = new Date()) {
  const { selection, head } = await selectionFor(store, actor, q, now);
  const limit = q.limit ?? 50;
  const offset = q.offset ?? 0;
  const { total, rows } = await pageOfFeedback(store.db, selection, { limit, offset }, q.overdue ? 'due' : 'filed');
  return { ...head, total, limit, offset, items: await publicReports(store, rows, now) };
}

/** One report for the staff, with its history; personal data as the caller may see it. */
export async function feedbackDetail(store: Store, actor: Actor, id: number, now: Date = new Date()) {
  const row = await getFeedback(store.db, id);
  if (!row || (row.state === 'moderation' && actor.role !== 'admin' && !can(actor, 'manage'))) throw appError('NOT_FOUND');
  const today = todayIsoDate(now);
  const unit = await new UnitResolver(store.db).at(row.unit, today);
  if (!canOn(actor, 'read', unit)) throw appError('FORBIDDEN', { action: 'read', target: row.unit });
  const personal = canOn(actor, 'read_personal', unit);
  const events = await feedbackEvents(store.db, id);
  const names = await unitNames(store, [row.unit, ...events.flatMap((e) => [e.toUnit, e.fromUnit ?? e.toUnit])], today);
  const hidden = row.hideName === 1 && actor.role !== 'admin';
  const report: StaffReport = {
    ...publicReport(row, names, now, (await feedbackPhotoIds(store.db, [row.id])).get(row.id)),
    source: row.source,
    client: row.client,
    reporterName: personal ? (hidden ? '(ẩn theo yêu cầu / hidden on request)' : row.reporterName) : null,
    reporterContact: personal ? row.reporterContact : null,
    personalShown: personal,
  };
  return {
    ...report,
    history: events.map((e) => ({
      action: e.action,
      actionLabel: FEEDBACK_ACTION_LABELS[e.action as keyof typeof FEEDBACK_ACTION_LABELS]?.vi ?? e.action,
      fromState: e.fromState,
      toState: e.toState,
      fromUnit: e.fromUnit,
      toUnit: e.toUnit,
      toUnitName: names.get(e.toUnit) ?? e.toUnit,
      note: e.note,
      // A citizen's name never shows in the history; staff names do.
      actor: e.actor,
      at: e.at,
    })),
  };
}

export interface PublicListQuery {
  unit?: string;
  category?: string;
  /** Default: handled. 'all': every report past moderation. */
  state?: string;
  limit?: number;
  offset?: number;
}

/** The public page: reports past moderation (by default the handled ones with their answers), newest first. */
export async function publicFeedback(store: Store, q: PublicListQuery, now: Date = new Date()) {
  const limit = q.limit ?? 20;
  const offset = q.offset ?? 0;
  const state = q.state ?? 'handled';
  const selection: FeedbackSelection = {
    ...(state === 'all' ? {} : { states: [state] }),
    ...(q.category ? { category: q.category } : {}),
  };
  if (q.unit) {
    const today = todayIsoDate(now);
    const { unit } = await resolveQueryUnit(store.db, q.unit, 'now', [parsePeriod(today.slice(0, 4))]);
    selection.units = await unitsCountingTowards(store.db, unit.id, 'now', today);
    if (selection.units.length === 0) selection.units = [unit.code];
  }
  const { total, rows } = await pageOfFeedback(store.db, selection, { limit, offset }, state === 'handled' ? 'handled' : 'filed');
  return { total, limit, offset, items: await publicReports(store, rows, now) };
}

/** One public report (not awaiting moderation, not removed). */
export async function publicFeedbackReport(store: Store, id: number, now: Date = new Date()): Promise<PublicReport> {
  const row = await getFeedback(store.db, id);
  if (!row || row.state === 'moderation' || row.state === 'spam') throw appError('NOT_FOUND');
  return (await publicReports(store, [row], now))[0]!;
}

/** The citizen's own report by its secret, whatever its state (their own, so awaiting moderation too). */
export async function trackFeedback(store: Store, token: string, now: Date = new Date()): Promise<PublicReport> {
  const row = token ? await feedbackByToken(store.db, hashToken(token)) : null;
  if (!row) throw appError('NOT_FOUND');
  return (await publicReports(store, [row], now))[0]!;
}

const pct = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10000) / 100 : null);

/**
 * Feedback handling per unit under a unit over a period: received, handled (%), on time (% of handled), open
 * overdue, hours to handle, satisfaction (% of ratings 4–5) and the average rating; ranked by the on-time rate
 * (ties share a rank), units with fewer than `minReports` reports listed without a rank.
 */
export async function feedbackKpis(store: Store, actor: Actor, q: { unit: string; period: string; view?: View; minReports?: number }, now: Date = new Date()) {
  const period = parsePeriod(q.period);
  const view = q.view ?? 'now';
  const { unit, at } = await resolveQueryUnit(store.db, q.unit, view, [period]);
  await authorizeUnit(store, actor, 'read', unit.code, at);
  const units = await unitsCountingTowards(store.db, unit.id, view, period.end);
  const minReports = q.minReports ?? 10;
  const rows = await feedbackKpisByUnit(store.db, { from: period.start, to: period.end, units: units.length ? units : [unit.code], nowIso: now.toISOString() });
  const names = await unitNames(
    store,
    rows.map((r) => r.unit),
    todayIsoDate(now),
  );
  const items = rows.map((r) => ({
    unit: r.unit,
    unitName: names.get(r.unit) ?? r.unit,
    received: r.received,
    handled: r.handled,
    handledRate: pct(r.handled, r.received),
    onTime: r.onTime,
    onTimeRate: pct(r.onTime, r.handled),
    overdue: r.overdue,
    handlingHours: r.handled ? Math.round(r.handlingHours * 10) / 10 : null,
    ratings: r.rated,
    satisfiedRate: pct(r.satisfied, r.rated),
    averageRating: r.rated ? Math.round((r.ratingSum / r.rated) * 100) / 100 : null,
    ranked: r.received >= minReports,
  }));
  const ranks = rankWithTies(
    items.map((i) => ({ key: i.unit, score: i.ranked ? i.onTimeRate : null })),
    { decimals: 2 },
  );
  const rankOf = new Map(ranks.map((r) => [r.key, r.rank]));
  const total = items.reduce(
    (t, i) => ({ received: t.received + i.received, handled: t.handled + i.handled, onTime: t.onTime + i.onTime, overdue: t.overdue + i.overdue }),
    { received: 0, handled: 0, onTime: 0, overdue: 0 },
  );
  return {
    unit: { code: unit.code, name: unit.name },
    period: period.id,
    view,
    minReports,
    total: { ...total, handledRate: pct(total.handled, total.received), onTimeRate: pct(total.onTime, total.handled) },
    items: items
      .map((i) => ({ ...i, rank: rankOf.get(i.unit) ?? null }))
      .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || b.received - a.received || a.unit.localeCompare(b.unit)),
  };
}

/** The reports of a unit and period as points for the map (those with a point), each with its state and overdue flag. */
export async function feedbackPoints(store: Store, actor: Actor, q: { unit: string; period: string; view?: View }, now: Date = new Date()) {
  const { selection, head } = await selectionFor(store, actor, { ...q, limit: 0 }, now);
  const rows = await selectFeedback(store.db, { ...selection, includeHidden: false })
    .select(['id', 'lat', 'long', 'state', 'category', 'dueAt', 'simulated'])
    .where('lat', 'is not', null)
    .orderBy('id')
    .limit(MAX_POINTS)
    .execute();
  return {
    ...head,
    items: rows.map((r) => ({
      id: Number(r.id),
      lat: Number(r.lat),
      long: Number(r.long),
      state: r.state,
      category: r.category,
      overdue: isOverdue(r, now),
      simulated: r.simulated === 1,
    })),
  };
}

/** At most this many points on the map (the newest reports beyond it are in the list). */
export const MAX_POINTS = 20_000;
