/**
 * The steps of a task's life (domain/tasks.ts) on top of commands.ts's taskStep: start, pause (with a reason),
 * resume, reopen (admins), complete (the lead unit: a completion date no later than today and evidence),
 * progress reports (date, percent, text, evidence) and ticking a milestone.
 */
import { AppError } from '../../domain/errors.ts';
import type { Store } from '../../store/db.ts';
import { insertTaskProgress, setMilestoneDone } from '../../store/tasks/repo.ts';
import { required, taskStep, validation, type EvidenceRef, type TaskContext } from './commands.ts';

export type SimpleStep = 'start' | 'pause' | 'resume' | 'reopen';

export async function moveTask(store: Store, id: number, action: SimpleStep, input: { reason?: string }, ctx: TaskContext): Promise<void> {
  const reason = action === 'pause' ? required(input.reason, 'reason') : null;
  await taskStep(store, id, action, ctx, async () => {
    if (action === 'pause') return { changes: { pauseReason: reason }, details: { reason } };
    if (action === 'reopen') return { changes: { completedOn: null, completionEvidence: null, pauseReason: null }, details: {} };
    return { changes: { pauseReason: null }, details: {} };
  });
}

export async function completeTask(
  store: Store,
  id: number,
  input: { completedOn: string; evidence: EvidenceRef[]; note?: string },
  ctx: TaskContext,
): Promise<void> {
  if (input.completedOn > ctx.today)
    throw validation([{ field: 'completedOn', message: `không được sau hôm nay (${ctx.today}) / cannot be after today (${ctx.today})` }]);
  if (!input.evidence?.length) throw validation([{ field: 'evidence', message: 'cần ít nhất một minh chứng / at least one piece of evidence is required' }]);
  await taskStep(store, id, 'complete', ctx, async (_trx, task) => {
    if (input.completedOn < task.startDate) throw validation([{ field: 'completedOn', message: 'không được trước ngày bắt đầu / cannot be before the start' }]);
    return {
      changes: { completedOn: input.completedOn, completionEvidence: JSON.stringify(input.evidence), percent: 100, pauseReason: null },
      details: { completedOn: input.completedOn, evidence: input.evidence, ...(input.note ? { note: input.note } : {}) },
      notify: { kind: 'task_completed' },
    };
  });
}

export async function reportTaskProgress(
  store: Store,
  id: number,
  input: { percent: number; content: string; reportedOn?: string; evidence?: EvidenceRef[] },
  ctx: TaskContext,
): Promise<void> {
  const content = required(input.content, 'content');
  const reportedOn = input.reportedOn ?? ctx.today;
  if (reportedOn > ctx.today) throw validation([{ field: 'reportedOn', message: 'không được sau hôm nay / cannot be after today' }]);
  if (!Number.isInteger(input.percent) || input.percent < 0 || input.percent > 100)
    throw validation([{ field: 'percent', message: 'từ 0 đến 100 / from 0 to 100' }]);
  await taskStep(store, id, 'progress', ctx, async (trx, task, at) => {
    const progress = await insertTaskProgress(trx, {
      taskId: task.id,
      reportedOn,
      percent: input.percent,
      content,
      evidence: JSON.stringify(input.evidence ?? []),
      createdBy: ctx.actor.name,
      createdAt: at,
    });
    return {
      changes: { percent: input.percent },
      details: { progress, percent: input.percent, reportedOn, content },
      notify: { kind: 'task_progress', percent: input.percent },
    };
  });
}

export async function tickMilestone(store: Store, id: number, milestone: number, input: { doneOn: string | null }, ctx: TaskContext): Promise<void> {
  if (input.doneOn !== null && input.doneOn > ctx.today) throw validation([{ field: 'doneOn', message: 'không được sau hôm nay / cannot be after today' }]);
  await taskStep(store, id, 'milestone', ctx, async (trx, task) => {
    if (!(await setMilestoneDone(trx, task.id, milestone, input.doneOn)))
      throw new AppError('RECORD_NOT_FOUND', `Không có mốc "${milestone}" / No milestone "${milestone}"`);
    return { changes: {}, details: { milestone, doneOn: input.doneOn } };
  });
}
