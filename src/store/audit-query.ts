/**
 * Reading the audit trail as the administrator's screen asks it: filtered by actor, entity, key and a range of
 * instants, newest first, one page at a time with the total. `at` is stored as ISO text (UTC, `toISOString`),
 * so instants compare as text on both dialects.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import type { AuditEvent } from './audit.ts';

export interface AuditFilter {
  actor?: string;
  entity?: string;
  entityKey?: string;
  /** Inclusive lower bound, an ISO instant. */
  fromInstant?: string;
  /** Exclusive upper bound, an ISO instant. */
  toInstant?: string;
}

export interface AuditPage {
  items: AuditEvent[];
  total: number;
}

/** One page of the events that match, newest first (by id, the order they were written), and how many match. */
export async function queryAuditEvents(db: Kysely<Database>, filter: AuditFilter, page: { limit: number; offset: number }): Promise<AuditPage> {
  let query = db.selectFrom('auditEvents');
  if (filter.actor !== undefined) query = query.where('actorName', '=', filter.actor);
  if (filter.entity !== undefined) query = query.where('entity', '=', filter.entity);
  if (filter.entityKey !== undefined) query = query.where('entityKey', '=', filter.entityKey);
  if (filter.fromInstant !== undefined) query = query.where('at', '>=', filter.fromInstant);
  if (filter.toInstant !== undefined) query = query.where('at', '<', filter.toInstant);
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute(),
    query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.n),
    items: rows.map((r) => ({
      ...r,
      id: Number(r.id),
      before: r.before === null ? null : (JSON.parse(r.before) as unknown),
      after: r.after === null ? null : (JSON.parse(r.after) as unknown),
    })),
  };
}
