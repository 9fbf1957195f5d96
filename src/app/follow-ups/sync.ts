/**
 * Opening and closing follow-ups from the targets' statuses (domain/follow-ups.ts). Every plan's statuses are taken
 * on the server's today (compute/analytics/target-statuses.ts, as GET /plans/{code}/status answers them): a target
 * at risk or not met opens a follow-up for its unit unless one is in progress (or a leader closed the last one);
 * a follow-up whose target is now met or exceeded closes as recovered; one whose status or value moved is
 * refreshed. Each change writes an audit event (actor `system`), so it moves the change mark the answer cache and
 * the live screens read. Idempotent: a second run with nothing new writes nothing, and `open_key`'s unique index
 * keeps two racing runs from opening the same follow-up twice.
 *
 * Cheap: the list of follow-ups runs it first, but only when the day or the status inputs (the newest value
 * version, the targets) moved since the last run (app_meta `follow_ups_synced`); `force` runs it anyway
 * (POST /follow-ups/sync, after a change of the unit tree).
 */
import { addDays, EXPLAIN_DAYS, followUpTransition, OPENING_STATUSES, RECOVERED_STATUSES, targetKey, type FollowUpState } from '../../domain/follow-ups.ts';
import type { Actor } from '../../domain/access.ts';
import type { TargetStatus } from '../../domain/targets.ts';
import { authorize } from '../policy.ts';
import { writeAudit, type AuditInput } from '../../store/audit.ts';
import type { Store } from '../../store/db.ts';
import { getMeta, setMeta } from '../../store/app-meta.ts';
import { listPlanHeaders } from '../../store/metadata/plan-reads.ts';
import { insertFollowUp, leaderClosedKeys, listFollowUpRows, statusInputsMark, updateFollowUpFrom, type FollowUpRow } from '../../store/follow-ups/repo.ts';
import { inTransaction } from '../../store/transaction.ts';
import { targetStatuses, type TargetStatusRow } from '../../compute/analytics/target-statuses.ts';

const SYNC_META = 'follow_ups_synced';
const SYSTEM = { name: 'system', kind: 'system' };

export interface SyncResult {
  skipped: boolean;
  opened: number;
  recovered: number;
  refreshed: number;
}

export async function syncFollowUps(store: Store, options: { today: string; now?: Date; force?: boolean }): Promise<SyncResult> {
  const now = options.now ?? new Date();
  const mark = `${options.today}|${await statusInputsMark(store.db)}`;
  if (!options.force && (await getMeta(store.db, SYNC_META)) === mark) return { skipped: true, opened: 0, recovered: 0, refreshed: 0 };
  // Statuses first, outside the transaction: reads only, and on SQLite a long transaction would hold the writer.
  const rows: Array<TargetStatusRow & { plan: string }> = [];
  for (const plan of await listPlanHeaders(store.db)) {
    if (plan.targetCount === 0) continue;
    const status = await targetStatuses(store.db, { plan: plan.code, asOf: options.today });
    for (const t of status.targets) rows.push({ ...t, plan: plan.code });
  }
  const result = await inTransaction(store.db, async (trx) => {
    const open = new Map<string, FollowUpRow>();
    for (const f of await listFollowUpRows(trx, { states: ['open', 'explained', 'directed', 'in_progress'] })) open.set(f.openKey ?? '', f);
    const closedByLeader = await leaderClosedKeys(trx);
    const at = now.toISOString();
    const audit: AuditInput[] = [];
    const counts = { opened: 0, recovered: 0, refreshed: 0 };
    for (const t of rows) {
      const key = targetKey(t);
      const existing = open.get(key);
      const snapshot = { targetStatus: t.status, value: t.value, gap: t.gap, targetValue: t.target, comparison: t.comparison };
      if (!existing) {
        if (!isOpening(t.status) || closedByLeader.has(key)) continue;
        const id = await insertFollowUp(trx, {
          planCode: t.plan,
          indicatorCode: t.indicator,
          unitCode: t.unit,
          period: t.period,
          openKey: key,
          state: 'open',
          ...snapshot,
          openedOn: options.today,
          explainBy: addDays(options.today, EXPLAIN_DAYS),
          openedAt: at,
          closedAt: null,
          closedBy: null,
          closeReason: null,
          closeNote: null,
          updatedAt: at,
        });
        if (id === null) continue;
        counts.opened += 1;
        audit.push(event(id, 'open', null, { state: 'open', target: key, ...snapshot }));
        continue;
      }
      const before = { state: existing.state, targetStatus: existing.targetStatus, value: existing.value, gap: existing.gap };
      if ((RECOVERED_STATUSES as readonly string[]).includes(t.status)) {
        const state = followUpTransition(existing.state as FollowUpState, 'recover');
        const change = { state, openKey: null, ...snapshot, closedAt: at, closedBy: SYSTEM.name, closeReason: 'recovered', closeNote: null, updatedAt: at };
        if (await updateFollowUpFrom(trx, existing.id, existing.state, change)) {
          counts.recovered += 1;
          audit.push(event(existing.id, 'recover', before, { state, closeReason: 'recovered', targetStatus: t.status, value: t.value, gap: t.gap }));
        }
        continue;
      }
      if (existing.targetStatus !== t.status || existing.value !== t.value || existing.gap !== t.gap || existing.targetValue !== t.target) {
        if (await updateFollowUpFrom(trx, existing.id, existing.state, { ...snapshot, updatedAt: at })) {
          counts.refreshed += 1;
          audit.push(event(existing.id, 'refresh', before, { state: existing.state, targetStatus: t.status, value: t.value, gap: t.gap }));
        }
      }
    }
    if (audit.length) await writeAudit(trx, audit, now);
    return counts;
  });
  // The mark after our own writes (they append no value version and touch no target, so it is the same mark).
  await setMeta(store.db, SYNC_META, mark);
  return { skipped: false, ...result };
}

function isOpening(status: TargetStatus): boolean {
  return (OPENING_STATUSES as readonly string[]).includes(status);
}

function event(id: number, action: string, before: unknown, after: unknown): AuditInput {
  return { actor: SYSTEM, source: 'follow_up_sync', entity: 'follow_up', entityKey: String(id), action, before, after };
}

/** POST /follow-ups/sync: a leader or an administrator runs the sync now, whatever the mark says. */
export async function syncFollowUpsNow(store: Store, actor: Actor, clock: { today: string; now?: Date }): Promise<SyncResult> {
  authorize(actor, 'direct');
  return syncFollowUps(store, { ...clock, force: true });
}
