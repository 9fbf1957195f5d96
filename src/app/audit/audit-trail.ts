/**
 * The audit trail for administrators (GET /api/v1/audit): who did what, when, newest first, filtered by actor,
 * entity, key and Vietnam calendar days. Admins only (domain/access.ts 'manage'). Days are Vietnam's (UTC+7, no
 * daylight saving): `from` 2026-11-23 starts at 2026-11-22T17:00Z, `to` 2026-11-23 ends before 2026-11-23T17:00Z.
 */
import type { Actor } from '../../domain/access.ts';
import { dayBefore } from '../../domain/dates.ts';
import { AppError } from '../../domain/errors.ts';
import { queryAuditEvents, type AuditPage } from '../../store/audit-query.ts';
import type { Store } from '../../store/db.ts';
import { authorizeAdmin } from '../auth/admin-context.ts';

export interface AuditTrailQuery {
  actor?: string;
  entity?: string;
  entityKey?: string;
  /** First Vietnam calendar day, YYYY-MM-DD (checked by the caller's schema). */
  from?: string;
  /** Last Vietnam calendar day, inclusive. */
  to?: string;
  limit: number;
  offset: number;
}

/** The instant a Vietnam calendar day begins (midnight at UTC+7 is 17:00 UTC the day before). */
export function vietnamDayStart(day: string): string {
  return `${dayBefore(day)}T17:00:00.000Z`;
}

/** One page of the trail and the number of events that match. 403 for anyone but an admin; 400 naming `to` when it is before `from`. */
export async function auditTrail(store: Store, actor: Actor, query: AuditTrailQuery): Promise<AuditPage> {
  authorizeAdmin(actor, 'audit');
  if (query.from !== undefined && query.to !== undefined && query.to < query.from) {
    const message = `"to" (${query.to}) trước "from" (${query.from}) / "to" is before "from"`;
    throw new AppError('BAD_REQUEST', `Yêu cầu không hợp lệ ở "to": ${message}`, [{ field: 'to', message }]);
  }
  return queryAuditEvents(
    store.db,
    {
      ...(query.actor !== undefined ? { actor: query.actor } : {}),
      ...(query.entity !== undefined ? { entity: query.entity } : {}),
      ...(query.entityKey !== undefined ? { entityKey: query.entityKey } : {}),
      ...(query.from !== undefined ? { fromInstant: vietnamDayStart(query.from) } : {}),
      ...(query.to !== undefined ? { toInstant: `${query.to}T17:00:00.000Z` } : {}),
    },
    { limit: query.limit, offset: query.offset },
  );
}
