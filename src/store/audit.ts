/**
 * The audit trail: who (actor name and kind), when, from where (form, import, API + ip/user agent/file),
 * what (entity + key + action), before and after (JSON). Append-only; ONE writer for every mutation.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export interface AuditInput {
  actor: { name: string; kind: string };
  /** 'form' | 'import' | 'api' | 'demo' | 'workflow' | 'admin' … */
  source: string;
  /** ip address, user agent, file name… */
  via?: string | null;
  /** 'data_value' | 'submission' | 'dataset' | 'validation_rule' … */
  entity: string;
  entityKey: string;
  action: string;
  before?: unknown;
  after?: unknown;
}

export interface AuditEvent {
  id: number;
  at: string;
  actorName: string;
  actorKind: string;
  source: string;
  via: string | null;
  entity: string;
  entityKey: string;
  action: string;
  before: unknown;
  after: unknown;
}

const CHUNK = 200;

/** The audit key of a data value. */
export function valueAuditKey(elementCode: string, unitCode: string, period: string): string {
  return `${elementCode}|${unitCode}|${period}`;
}

/** Writes audit events (inside the caller's transaction, so they commit or roll back with the change). */
export async function writeAudit(db: Kysely<Database>, events: readonly AuditInput[], now: Date = new Date()): Promise<void> {
  const at = now.toISOString();
  const rows = events.map((e) => ({
    at,
    actorName: e.actor.name,
    actorKind: e.actor.kind,
    source: e.source,
    via: e.via ?? null,
    entity: e.entity,
    entityKey: e.entityKey,
    action: e.action,
    before: e.before === undefined || e.before === null ? null : JSON.stringify(e.before),
    after: e.after === undefined || e.after === null ? null : JSON.stringify(e.after),
  }));
  for (let i = 0; i < rows.length; i += CHUNK)
    await db
      .insertInto('auditEvents')
      .values(rows.slice(i, i + CHUNK))
      .execute();
}

/** Events of one or more (entity, key) pairs, oldest first. */
export async function listAuditEvents(db: Kysely<Database>, targets: ReadonlyArray<{ entity: string; entityKey: string }>): Promise<AuditEvent[]> {
  if (targets.length === 0) return [];
  const rows = await db
    .selectFrom('auditEvents')
    .selectAll()
    .where((eb) => eb.or(targets.map((t) => eb.and([eb('entity', '=', t.entity), eb('entityKey', '=', t.entityKey)]))))
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    ...r,
    id: Number(r.id),
    before: r.before === null ? null : (JSON.parse(r.before) as unknown),
    after: r.after === null ? null : (JSON.parse(r.after) as unknown),
  }));
}

/** When (ISO) `action` last happened to the entity, or null (e.g. a submission's last approval). */
export async function lastAuditAt(db: Kysely<Database>, target: { entity: string; entityKey: string; action: string }): Promise<string | null> {
  const row = await db
    .selectFrom('auditEvents')
    .select('at')
    .where('entity', '=', target.entity)
    .where('entityKey', '=', target.entityKey)
    .where('action', '=', target.action)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.at ?? null;
}
