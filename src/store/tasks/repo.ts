/**
 * The tasks registry (migration 0021): tasks, their coordinating units, milestones and progress reports. No rules
 * and no audit here (app/tasks/ has them). A state change is a compare-and-set on the state read, so of two
 * writers racing on one task only the first moves it.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { TaskMilestonesTable, TaskProgressTable, TasksTable } from './schema.ts';

export type TaskRow = Selectable<TasksTable>;
export type MilestoneRow = Selectable<TaskMilestonesTable>;
export type ProgressRow = Selectable<TaskProgressTable>;
export type NewTask = Omit<TaskRow, 'id' | 'percent' | 'simulated'> & { percent?: number; simulated?: number };

export interface TaskFilter {
  plan?: string;
  /** Tasks led by one of these units or coordinated by one of them. */
  units?: readonly string[];
  /** Only tasks not completed. */
  open?: boolean;
}

const num = <T extends { id: number }>(r: T): T => ({ ...r, id: Number(r.id) });
const numTask = (r: TaskRow): TaskRow => ({
  ...r,
  id: Number(r.id),
  percent: Number(r.percent),
  simulated: Number(r.simulated),
  followUpId: r.followUpId === null ? null : Number(r.followUpId),
  directiveId: r.directiveId === null ? null : Number(r.directiveId),
});

/** Tasks by deadline then id. */
export async function listTaskRows(db: Kysely<Database>, filter: TaskFilter = {}): Promise<TaskRow[]> {
  let q = db.selectFrom('tasks').selectAll().orderBy('deadline').orderBy('id');
  if (filter.plan !== undefined) q = q.where('planCode', '=', filter.plan);
  if (filter.open) q = q.where('state', '<>', 'completed');
  if (filter.units) {
    const units = [...filter.units];
    if (units.length === 0) return [];
    q = q.where((eb) => eb.or([eb('leadUnitCode', 'in', units), eb('id', 'in', eb.selectFrom('taskUnits').select('taskId').where('unitCode', 'in', units))]));
  }
  return (await q.execute()).map(numTask);
}

export async function getTaskRow(db: Kysely<Database>, id: number): Promise<TaskRow | undefined> {
  const row = await db.selectFrom('tasks').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? numTask(row) : undefined;
}

export async function insertTask(db: Kysely<Database>, row: NewTask): Promise<number> {
  const inserted = await db.insertInto('tasks').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(inserted.id);
}

/** Moves a task from `from` (and other columns); false when its state was no longer `from`. */
export async function updateTaskFrom(db: Kysely<Database>, id: number, from: string, changes: Partial<Omit<TaskRow, 'id'>>): Promise<boolean> {
  const result = await db.updateTable('tasks').set(changes).where('id', '=', id).where('state', '=', from).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function replaceTaskUnits(db: Kysely<Database>, taskId: number, units: readonly string[]): Promise<void> {
  await db.deleteFrom('taskUnits').where('taskId', '=', taskId).execute();
  if (units.length)
    await db
      .insertInto('taskUnits')
      .values(units.map((unitCode) => ({ taskId, unitCode })))
      .execute();
}

/** Replaces a task's milestones (an edit gives them whole). */
export async function replaceMilestones(db: Kysely<Database>, taskId: number, rows: ReadonlyArray<Omit<MilestoneRow, 'id' | 'taskId'>>): Promise<void> {
  await db.deleteFrom('taskMilestones').where('taskId', '=', taskId).execute();
  if (rows.length)
    await db
      .insertInto('taskMilestones')
      .values(rows.map((m) => ({ ...m, taskId })))
      .execute();
}

/** Marks a milestone done (or not, with null); false when the task has no such milestone. */
export async function setMilestoneDone(db: Kysely<Database>, taskId: number, id: number, doneOn: string | null): Promise<boolean> {
  const result = await db.updateTable('taskMilestones').set({ doneOn }).where('id', '=', id).where('taskId', '=', taskId).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertTaskProgress(db: Kysely<Database>, row: Omit<ProgressRow, 'id'>): Promise<number> {
  const inserted = await db.insertInto('taskProgress').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(inserted.id);
}

export interface TaskParts {
  units: Map<number, string[]>;
  milestones: Map<number, MilestoneRow[]>;
  progress: Map<number, ProgressRow[]>;
}

/** Coordinating units, milestones (by due date) and progress reports (newest first) of these tasks. */
export async function readTaskParts(db: Kysely<Database>, ids: readonly number[], withProgress = true): Promise<TaskParts> {
  const parts: TaskParts = { units: new Map(), milestones: new Map(), progress: new Map() };
  if (ids.length === 0) return parts;
  const push = <T>(map: Map<number, T[]>, key: number, value: T) => map.set(key, [...(map.get(key) ?? []), value]);
  for (const chunk of chunks([...ids], 500)) {
    const units = await db.selectFrom('taskUnits').selectAll().where('taskId', 'in', chunk).orderBy('unitCode').execute();
    for (const u of units) push(parts.units, Number(u.taskId), u.unitCode);
    const milestones = await db.selectFrom('taskMilestones').selectAll().where('taskId', 'in', chunk).orderBy('dueDate').orderBy('id').execute();
    for (const m of milestones) push(parts.milestones, Number(m.taskId), { ...num(m), taskId: Number(m.taskId) });
    if (!withProgress) continue;
    const progress = await db.selectFrom('taskProgress').selectAll().where('taskId', 'in', chunk).orderBy('id', 'desc').execute();
    for (const p of progress) push(parts.progress, Number(p.taskId), { ...num(p), taskId: Number(p.taskId), percent: Number(p.percent) });
  }
  return parts;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
