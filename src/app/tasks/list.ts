/**
 * Reading tasks: the list (by plan; by unit — led or coordinated by the unit or a unit below it —; by status, with
 * quá hạn computed on today), one task with its progress reports, and the đôn đốc view: the overdue and due-soon
 * tasks of a unit (or of all the caller may read), with their counts. A unit-scoped reader sees the tasks of their
 * units (lead or coordinating), as with follow-ups; leaders and admins see all.
 */
import type { Actor } from '../../domain/access.ts';
import { DUE_SOON_DAYS, type TaskStatus } from '../../domain/tasks.ts';
import type { Store } from '../../store/db.ts';
import { getTaskRow, listTaskRows } from '../../store/tasks/repo.ts';
import { authorize } from '../policy.ts';
import { UnitResolver } from '../follow-ups/units.ts';
import { appError } from '../../domain/errors.ts';
import { taskNotFound } from './commands.ts';
import { presentTasks, type TaskView } from './view.ts';

export interface TaskQuery {
  plan?: string | undefined;
  unit?: string | undefined;
  status?: TaskStatus | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

export interface TaskCounts {
  total: number;
  not_started: number;
  in_progress: number;
  completed: number;
  paused: number;
  overdue: number;
  dueSoon: number;
}

export interface TaskPage {
  total: number;
  counts: TaskCounts;
  items: TaskView[];
}

/** The tasks the actor may read, filtered; counts are over the filter without the status. */
export async function listTasks(store: Store, query: TaskQuery, actor: Actor, today: string): Promise<TaskPage> {
  const views = await visibleTasks(store, { plan: query.plan, unit: query.unit }, actor, today, false);
  const counts = countsOf(views);
  const filtered = query.status ? views.filter((v) => v.status === query.status) : views;
  const offset = query.offset ?? 0;
  return { total: filtered.length, counts, items: filtered.slice(offset, offset + (query.limit ?? 50)) };
}

export async function readTask(store: Store, id: number, actor: Actor, today: string): Promise<TaskView> {
  authorize(actor, 'read');
  const row = await getTaskRow(store.db, id);
  if (!row) throw taskNotFound(id);
  const [view] = await presentTasks(store.db, [row], actor, today, new UnitResolver(store.db), { withProgress: true });
  if (!view) throw appError('FORBIDDEN', { action: 'read', target: `task ${id}` });
  return view;
}

export interface DueTasks {
  unit: string | null;
  days: number;
  overdue: { count: number; items: TaskView[] };
  dueSoon: { count: number; items: TaskView[] };
}

/** Đôn đốc: the overdue tasks (most late first) and the due-soon ones (soonest first) of a unit, with counts. */
export async function dueTasks(
  store: Store,
  query: { unit?: string | undefined; days?: number | undefined; limit?: number | undefined },
  actor: Actor,
  today: string,
): Promise<DueTasks> {
  const days = query.days ?? DUE_SOON_DAYS;
  const views = await visibleTasks(store, { unit: query.unit, open: true }, actor, today, false, days);
  const overdue = views.filter((v) => v.overdue).sort((a, b) => a.daysLeft - b.daysLeft || a.id - b.id);
  const dueSoon = views.filter((v) => v.dueSoon).sort((a, b) => a.daysLeft - b.daysLeft || a.id - b.id);
  const limit = query.limit ?? 10;
  return {
    unit: query.unit ?? null,
    days,
    overdue: { count: overdue.length, items: overdue.slice(0, limit) },
    dueSoon: { count: dueSoon.length, items: dueSoon.slice(0, limit) },
  };
}

/** Every task the actor may read under the filters (a unit: tasks led or coordinated by it or a unit below it). */
export async function visibleTasks(
  store: Store,
  filter: { plan?: string | undefined; unit?: string | undefined; open?: boolean },
  actor: Actor,
  today: string,
  withProgress: boolean,
  dueSoonDays?: number,
): Promise<TaskView[]> {
  authorize(actor, 'read');
  const rows = await listTaskRows(store.db, { ...(filter.plan ? { plan: filter.plan } : {}), ...(filter.open ? { open: true } : {}) });
  return presentTasks(store.db, rows, actor, today, new UnitResolver(store.db), {
    withProgress,
    ...(dueSoonDays !== undefined ? { dueSoonDays } : {}),
    ...(filter.unit ? { within: filter.unit } : {}),
  });
}

function countsOf(views: readonly TaskView[]): TaskCounts {
  const counts: TaskCounts = { total: views.length, not_started: 0, in_progress: 0, completed: 0, paused: 0, overdue: 0, dueSoon: 0 };
  for (const v of views) {
    counts[v.status] += 1;
    if (v.dueSoon) counts.dueSoon += 1;
  }
  return counts;
}
