/**
 * Who may do what on a task. Admins create, edit, pause, resume and reopen (`manage`); the lead unit's reporters
 * (and admins) start it, report progress, tick milestones and complete it (`explain` on the lead unit); a reader
 * sees a task when they may read its lead unit or one of its coordinating units (leaders and admins see all).
 * Units are resolved today, or on the task's start date when they have since ended (Ninh Thuận's 2023 tasks are
 * 58's, which ended on 1/7/2025).
 */
import type { Actor } from '../../domain/access.ts';
import type { TaskAction } from '../../domain/tasks.ts';
import { taskActions, type TaskState } from '../../domain/tasks.ts';
import type { TaskRow } from '../../store/tasks/repo.ts';
import { canOn, type ResolvedUnit, type UnitResolver } from '../follow-ups/units.ts';

export interface TaskUnits {
  lead: ResolvedUnit | null;
  coordinating: Array<ResolvedUnit | null>;
}

/** A unit of the task: in force today, else on its start date. */
export async function taskUnit(units: UnitResolver, code: string, task: Pick<TaskRow, 'startDate'>, today: string): Promise<ResolvedUnit | null> {
  return (await units.at(code, today)) ?? (await units.at(code, task.startDate));
}

export async function resolveTaskUnits(units: UnitResolver, task: TaskRow, coordinating: readonly string[], today: string): Promise<TaskUnits> {
  return {
    lead: await taskUnit(units, task.leadUnitCode, task, today),
    coordinating: await Promise.all(coordinating.map((code) => taskUnit(units, code, task, today))),
  };
}

const ADMIN_ACTIONS: readonly TaskAction[] = ['edit', 'pause', 'resume', 'reopen'];

/** Whether the actor may take the action on a task with these units (policy only, not the state). */
export function mayOnTask(actor: Actor, action: TaskAction, units: TaskUnits): boolean {
  if (ADMIN_ACTIONS.includes(action)) return canOn(actor, 'manage', units.lead);
  return canOn(actor, 'explain', units.lead);
}

export function mayReadTask(actor: Actor, units: TaskUnits): boolean {
  return [units.lead, ...units.coordinating].some((u) => canOn(actor, 'read', u));
}

/** The actions the caller may take now: those the state accepts and the policy allows. */
export function callerActions(actor: Actor, state: TaskState, units: TaskUnits): TaskAction[] {
  return taskActions(state).filter((a) => mayOnTask(actor, a, units));
}
