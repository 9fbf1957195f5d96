/**
 * A task as a reader sees it on a day: its stored state, the status with quá hạn computed (domain/tasks.ts), its
 * units named, milestones, progress reports (one task's page) and the actions the caller may take.
 */
import type { Actor } from '../../domain/access.ts';
import { completedOnTime, daysBetween, taskDueSoon, taskOverdue, taskStatus, type TaskAction, type TaskState, type TaskStatus } from '../../domain/tasks.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { readTaskParts, type TaskRow } from '../../store/tasks/repo.ts';
import type { EvidenceRef } from '../follow-ups/view.ts';
import type { UnitResolver } from '../follow-ups/units.ts';
import { callerActions, mayReadTask, resolveTaskUnits, type TaskUnits } from './access.ts';

export interface NamedUnit {
  code: string;
  name: string;
}

export interface TaskView {
  id: number;
  plan: string;
  followUp: number | null;
  directive: number | null;
  title: string;
  legalBasis: string | null;
  lead: NamedUnit;
  coordinating: NamedUnit[];
  startDate: string;
  deadline: string;
  state: TaskState;
  status: TaskStatus;
  overdue: boolean;
  dueSoon: boolean;
  /** Days from today to the deadline (negative: overdue by that many). */
  daysLeft: number;
  percent: number;
  completedOn: string | null;
  onTime: boolean | null;
  completionEvidence: EvidenceRef[];
  pauseReason: string | null;
  simulated: boolean;
  milestones: Array<{ id: number; title: string; dueDate: string; doneOn: string | null; overdue: boolean }>;
  progress: Array<{ id: number; reportedOn: string; percent: number; content: string; evidence: EvidenceRef[]; by: string; at: string }>;
  actions: TaskAction[];
}

const parse = (json: string | null): EvidenceRef[] => (json ? (JSON.parse(json) as EvidenceRef[]) : []);
const named = (code: string, u: { name: string } | null): NamedUnit => ({ code, name: u?.name ?? code });

/** The tasks the actor may read (and, with `within`, led or coordinated by that unit or one below it), presented on `today`. */
export async function presentTasks(
  db: Kysely<Database>,
  rows: readonly TaskRow[],
  actor: Actor,
  today: string,
  units: UnitResolver,
  options: { withProgress?: boolean; dueSoonDays?: number; within?: string } = {},
): Promise<TaskView[]> {
  const parts = await readTaskParts(
    db,
    rows.map((r) => r.id),
    options.withProgress === true,
  );
  const out: TaskView[] = [];
  for (const t of rows) {
    const coordinating = parts.units.get(t.id) ?? [];
    const resolved = await resolveTaskUnits(units, t, coordinating, today);
    if (!mayReadTask(actor, resolved)) continue;
    if (options.within && ![resolved.lead, ...resolved.coordinating].some((u) => u?.codes.includes(options.within as string))) continue;
    out.push(present(t, coordinating, resolved, parts, actor, today, options.dueSoonDays));
  }
  return out;
}

function present(
  t: TaskRow,
  coordinating: string[],
  units: TaskUnits,
  parts: Awaited<ReturnType<typeof readTaskParts>>,
  actor: Actor,
  today: string,
  dueSoonDays?: number,
): TaskView {
  const state = t.state as TaskState;
  const dates = { state, deadline: t.deadline, completedOn: t.completedOn };
  return {
    id: t.id,
    plan: t.planCode,
    followUp: t.followUpId,
    directive: t.directiveId,
    title: t.title,
    legalBasis: t.legalBasis,
    lead: named(t.leadUnitCode, units.lead),
    coordinating: coordinating.map((code, i) => named(code, units.coordinating[i] ?? null)),
    startDate: t.startDate,
    deadline: t.deadline,
    state,
    status: taskStatus(dates, today),
    overdue: taskOverdue(dates, today),
    dueSoon: taskDueSoon(dates, today, dueSoonDays),
    daysLeft: daysBetween(today, t.deadline),
    percent: state === 'completed' ? 100 : t.percent,
    completedOn: t.completedOn,
    onTime: state === 'completed' ? completedOnTime(dates) : null,
    completionEvidence: parse(t.completionEvidence),
    pauseReason: t.pauseReason,
    simulated: t.simulated === 1,
    milestones: (parts.milestones.get(t.id) ?? []).map((m) => ({
      id: m.id,
      title: m.title,
      dueDate: m.dueDate,
      doneOn: m.doneOn,
      overdue: m.doneOn === null && m.dueDate < today,
    })),
    progress: (parts.progress.get(t.id) ?? []).map((p) => ({
      id: p.id,
      reportedOn: p.reportedOn,
      percent: p.percent,
      content: p.content,
      evidence: parse(p.evidence),
      by: p.createdBy,
      at: p.createdAt,
    })),
    actions: callerActions(actor, state, units),
  };
}
