/**
 * The Open311 GeoReport v2 reads (server/open311.ts): our reports in the specification's field names, public —
 * never a name, an email, a phone, a device or a token — and never a report awaiting moderation or removed.
 */
import { todayIsoDate } from '../../domain/dates.ts';
import { appError } from '../../domain/errors.ts';
import { HIDDEN_STATES, type FeedbackState } from '../../domain/feedback.ts';
import { ValidationError } from '../../domain/metadata.ts';
import type { Store } from '../../store/db.ts';
import { feedbackByToken, getFeedback, pageOfFeedback, type FeedbackRow } from '../../store/feedback/repo.ts';
import { unitsInForce } from '../../store/units/tree-reads.ts';
import { hashToken } from './file-report.ts';
import { publicReport } from './reads.ts';

/** GET requests.json answers at most this many, newest first (the specification's suggested cap). */
export const OPEN311_MAX_REQUESTS = 1000;
const DEFAULT_DAYS = 90;

export interface Open311Query {
  service_request_id?: string;
  service_code?: string;
  start_date?: string;
  end_date?: string;
  status?: string;
}

/** Open311 status from ours: closed once handled or rejected. */
const statusOf = (state: string) => (state === 'handled' || state === 'rejected' ? 'closed' : 'open');

export function asRequest(r: FeedbackRow, names: Map<string, string>) {
  const p = publicReport(r, names, new Date());
  return {
    service_request_id: String(r.id),
    status: statusOf(r.state),
    status_notes: r.state === 'handled' ? r.answer : r.state === 'rejected' ? `Từ chối: ${r.rejectReason ?? ''}` : p.stateLabel,
    service_name: p.categoryName,
    service_code: r.category,
    description: r.description,
    agency_responsible: p.unitName,
    service_notice: r.simulated === 1 ? 'Dữ liệu mô phỏng / simulated' : null,
    requested_datetime: r.filedAt,
    updated_datetime: r.updatedAt,
    expected_datetime: r.dueAt,
    address: r.address,
    address_id: null,
    zipcode: null,
    lat: p.lat,
    long: p.long,
    media_url: p.mediaUrls[0] ?? null,
  };
}

async function names(store: Store, rows: FeedbackRow[]): Promise<Map<string, string>> {
  const units = await unitsInForce(store.db, [...new Set(rows.map((r) => r.unit))], todayIsoDate());
  return new Map(units.map((u) => [u.code, u.name]));
}

/** GET requests.json: by ids, or the last 90 days (start_date, end_date), by service codes and status. */
export async function open311Requests(store: Store, q: Open311Query, now: Date) {
  const instant = (name: string, v: string | undefined) => {
    if (v === undefined) return undefined;
    const t = Date.parse(v);
    if (Number.isNaN(t)) throw new ValidationError([{ path: name, message: 'phải là thời điểm W3C (ISO 8601) / must be a W3C date-time' }]);
    return new Date(t);
  };
  const ids = q.service_request_id?.split(',').map(Number);
  const end = instant('end_date', q.end_date) ?? now;
  const start = instant('start_date', q.start_date) ?? new Date(end.getTime() - DEFAULT_DAYS * 86_400_000);
  const statuses = q.status?.split(',');
  const states = statuses
    ? (['new', 'acknowledged', 'in_progress', 'handled', 'rejected'] as FeedbackState[]).filter((s) => statuses.includes(statusOf(s)))
    : undefined;
  // Every filter in the query, so the cap of 1.000 applies to the matching requests only.
  const { rows } = await pageOfFeedback(
    store.db,
    {
      ...(ids ? { ids } : { filedFrom: start.toISOString(), filedUntil: end.toISOString() }),
      ...(states ? { states } : {}),
      ...(q.service_code ? { categories: q.service_code.split(',') } : {}),
    },
    { limit: OPEN311_MAX_REQUESTS, offset: 0 },
  );
  const byName = await names(store, rows);
  return rows.map((r) => asRequest(r, byName));
}

/** GET requests/{id}.json. */
export async function open311Request(store: Store, id: number) {
  const row = await getFeedback(store.db, id);
  if (!row || HIDDEN_STATES.includes(row.state as FeedbackState)) throw appError('NOT_FOUND');
  return [asRequest(row, await names(store, [row]))];
}

/** GET tokens/{token}.json: the request id once past moderation. */
export async function open311Token(store: Store, token: string) {
  const row = await feedbackByToken(store.db, hashToken(token));
  if (!row || row.state === 'spam') throw appError('NOT_FOUND');
  return [row.state === 'moderation' ? { token } : { token, service_request_id: String(row.id) }];
}
