/**
 * Reading follow-ups: the list (filters: plan, unit — the follow-up's unit or a directive's assignee within it —,
 * state, overdue on today) after the sync (sync.ts, skipped when nothing it depends on moved), and one follow-up.
 * A reader sees a follow-up when they may read its unit (on its period's last day) or the unit of one of its
 * directives' assignees (today): a unit's reporter sees what concerns their units, leaders and admins see all.
 */
import type { Actor } from '../../domain/access.ts';
import { appError } from '../../domain/errors.ts';
import type { FollowUpState } from '../../domain/follow-ups.ts';
import type { Store } from '../../store/db.ts';
import { getFollowUpRow, listFollowUpRows, readFollowUpParts, type FollowUpRow } from '../../store/follow-ups/repo.ts';
import { authorize } from '../policy.ts';
import { syncFollowUps } from './sync.ts';
import { canOn, UnitResolver, type ResolvedUnit } from './units.ts';
import { followUpUnit, presentFollowUps, type FollowUpView } from './view.ts';

export interface FollowUpQuery {
  plan?: string | undefined;
  unit?: string | undefined;
  state?: FollowUpState | undefined;
  overdue?: boolean | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

export interface FollowUpPage {
  total: number;
  items: FollowUpView[];
}

export async function listFollowUps(store: Store, query: FollowUpQuery, actor: Actor, clock: { today: string; now?: Date }): Promise<FollowUpPage> {
  authorize(actor, 'read');
  await syncFollowUps(store, clock);
  const rows = await listFollowUpRows(store.db, { ...(query.plan ? { plan: query.plan } : {}), ...(query.state ? { states: [query.state] } : {}) });
  const units = new UnitResolver(store.db);
  const assignees = await assigneesOf(store, rows);
  const visible: FollowUpRow[] = [];
  for (const f of rows) {
    const related = [await followUpUnit(units, f), ...(await Promise.all((assignees.get(f.id) ?? []).map((code) => units.at(code, clock.today))))];
    if (!related.some((u) => canOn(actor, 'read', u))) continue;
    if (query.unit && !related.some((u) => within(u, query.unit as string))) continue;
    visible.push(f);
  }
  let views = await presentFollowUps(store, visible, actor, clock.today, units);
  if (query.overdue !== undefined) views = views.filter((v) => v.overdue === query.overdue);
  const offset = query.offset ?? 0;
  return { total: views.length, items: views.slice(offset, offset + (query.limit ?? 50)) };
}

export async function readFollowUp(store: Store, id: number, actor: Actor, today: string): Promise<FollowUpView> {
  authorize(actor, 'read');
  const row = await getFollowUpRow(store.db, id);
  if (!row) throw appError('NOT_FOUND');
  const units = new UnitResolver(store.db);
  const assignees = (await assigneesOf(store, [row])).get(row.id) ?? [];
  const related = [await followUpUnit(units, row), ...(await Promise.all(assignees.map((code) => units.at(code, today))))];
  if (!related.some((u) => canOn(actor, 'read', u))) throw appError('FORBIDDEN', { action: 'read', target: `follow-up ${id}` });
  return (await presentFollowUps(store, [row], actor, today, units))[0]!;
}

async function assigneesOf(store: Store, rows: readonly FollowUpRow[]): Promise<Map<number, string[]>> {
  const { directives } = await readFollowUpParts(
    store.db,
    rows.map((r) => r.id),
  );
  const out = new Map<number, string[]>();
  for (const d of directives) out.set(d.followUpId, [...new Set([...(out.get(d.followUpId) ?? []), d.assigneeUnitCode])]);
  return out;
}

function within(unit: ResolvedUnit | null, code: string): boolean {
  return unit?.codes.includes(code) ?? false;
}
