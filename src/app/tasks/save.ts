/**
 * Creating and editing a task (admins): the plan must exist, the lead and coordinating units be in force on the
 * start date, the dates be in order. An edit gives the task whole (milestones too: a milestone kept by title keeps
 * its done date) and is refused on a completed task (reopen it first). Creation notifies the units' users.
 */
import { AppError, appError } from '../../domain/errors.ts';
import type { Store } from '../../store/db.ts';
import { getPlan } from '../../store/metadata/plans.ts';
import { writeAudit } from '../../store/audit.ts';
import { insertTask, readTaskParts, replaceMilestones, replaceTaskUnits } from '../../store/tasks/repo.ts';
import { inRetryingTransaction } from '../../store/transaction.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { unitInForce } from '../../store/units/tree-reads.ts';
import { authorize } from '../policy.ts';
import { UnitResolver } from '../follow-ups/units.ts';
import { notifyTask } from '../notifications/notify.ts';
import { loadRecipients, unitRecipients } from '../notifications/recipients.ts';
import { refreshTaskFigures, required, taskDateProblems, taskStep, validation, type TaskContext } from './commands.ts';
import { resolveTaskUnits } from './access.ts';

export interface TaskInput {
  plan: string;
  title: string;
  legalBasis?: string | null;
  lead: string;
  coordinating?: string[];
  startDate: string;
  deadline: string;
  milestones?: Array<{ title: string; dueDate: string }>;
  followUp?: number | null;
  directive?: number | null;
}

/** Creates a task; returns its id. `simulated` is the demo's (never from the API). */
export async function createTask(store: Store, input: TaskInput, ctx: TaskContext, options: { simulated?: boolean } = {}): Promise<number> {
  authorize(ctx.actor, 'manage');
  const clean = await checked(store.db, input);
  const now = ctx.now ?? new Date();
  const at = now.toISOString();
  return inRetryingTransaction(store.db, async (trx) => {
    await checkRefs(trx, clean);
    const id = await insertTask(trx, {
      planCode: clean.plan,
      followUpId: clean.followUp ?? null,
      directiveId: clean.directive ?? null,
      title: clean.title,
      legalBasis: clean.legalBasis ?? null,
      leadUnitCode: clean.lead,
      startDate: clean.startDate,
      deadline: clean.deadline,
      state: 'not_started',
      completedOn: null,
      completionEvidence: null,
      pauseReason: null,
      simulated: options.simulated ? 1 : 0,
      createdBy: ctx.actor.name,
      createdAt: at,
      updatedAt: at,
    });
    await replaceTaskUnits(trx, id, clean.coordinating);
    await replaceMilestones(
      trx,
      id,
      clean.milestones.map((m) => ({ ...m, doneOn: null })),
    );
    await writeAudit(
      trx,
      [
        {
          actor: { name: ctx.actor.name, kind: ctx.actor.kind },
          source: 'task',
          via: ctx.via ?? null,
          entity: 'task',
          entityKey: String(id),
          action: 'create',
          after: clean,
        },
      ],
      now,
    );
    const row = { id, title: clean.title, deadline: clean.deadline, startDate: clean.startDate, leadUnitCode: clean.lead } as Parameters<
      typeof resolveTaskUnits
    >[1];
    const units = await resolveTaskUnits(new UnitResolver(trx), row, clean.coordinating, ctx.today);
    await notifyTask(
      trx,
      unitRecipients(await loadRecipients(trx), [units.lead, ...units.coordinating]),
      'task_assigned',
      row,
      { today: ctx.today, at },
      { except: ctx.actor.name },
    );
    await refreshTaskFigures(trx, [clean.lead], [clean.startDate], now);
    return id;
  });
}

/** Edits a task (not completed); notifies newly assigned units. */
export async function editTask(store: Store, id: number, input: TaskInput, ctx: TaskContext): Promise<void> {
  const clean = await checked(store.db, input);
  await taskStep(store, id, 'edit', ctx, async (trx, task) => {
    await checkRefs(trx, clean);
    const before = await readTaskParts(trx, [id], false);
    const done = new Map((before.milestones.get(id) ?? []).map((m) => [m.title, m.doneOn]));
    await replaceTaskUnits(trx, id, clean.coordinating);
    await replaceMilestones(
      trx,
      id,
      clean.milestones.map((m) => ({ ...m, doneOn: done.get(m.title) ?? null })),
    );
    // The figures of the start date before the edit are refreshed by taskStep (old and new lead, from the earlier start).
    return {
      changes: {
        planCode: clean.plan,
        title: clean.title,
        legalBasis: clean.legalBasis ?? null,
        leadUnitCode: clean.lead,
        startDate: clean.startDate,
        deadline: clean.deadline,
        followUpId: clean.followUp ?? null,
        directiveId: clean.directive ?? null,
      },
      details: { ...clean, before: { lead: task.leadUnitCode, deadline: task.deadline, startDate: task.startDate } },
      ...(task.leadUnitCode !== clean.lead ? { notify: { kind: 'task_assigned' as const } } : {}),
    };
  });
}

interface CleanInput extends Required<Omit<TaskInput, 'legalBasis' | 'followUp' | 'directive'>> {
  legalBasis?: string | null;
  followUp?: number | null;
  directive?: number | null;
}

async function checked(_db: Kysely<Database>, input: TaskInput): Promise<CleanInput> {
  const clean: CleanInput = {
    ...input,
    plan: required(input.plan, 'plan'),
    title: required(input.title, 'title'),
    lead: required(input.lead, 'lead'),
    legalBasis: input.legalBasis?.trim() || null,
    coordinating: [...new Set((input.coordinating ?? []).map((c) => c.trim()).filter((c) => c && c !== input.lead))],
    milestones: (input.milestones ?? []).map((m, i) => ({ title: required(m.title, `milestones/${i}/title`), dueDate: m.dueDate })),
  };
  const problems = taskDateProblems(clean);
  if (problems.length) throw validation(problems);
  return clean;
}

async function checkRefs(trx: Kysely<Database>, clean: CleanInput): Promise<void> {
  if (!(await getPlan(trx, clean.plan))) throw appError('RECORD_NOT_FOUND', { what: 'kế hoạch', whatEn: 'plan', id: clean.plan });
  for (const [field, code] of [['lead', clean.lead] as const, ...clean.coordinating.map((c, i) => [`coordinating/${i}`, c] as const)]) {
    if (!(await unitInForce(trx, code, clean.startDate)))
      throw new AppError(
        'VALIDATION_FAILED',
        `Dữ liệu không hợp lệ ở "${field}": đơn vị ${code} không có hiệu lực vào ngày ${clean.startDate} / unit ${code} is not in force on ${clean.startDate}`,
        [{ field, message: `đơn vị ${code} không có hiệu lực vào ngày ${clean.startDate} / unit ${code} is not in force on ${clean.startDate}` }],
      );
  }
}
