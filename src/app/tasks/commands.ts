/**
 * The commands of the tasks registry, each one transaction: policy (app/tasks/access.ts), the state machine
 * (domain/tasks.ts: a refused step is 409 INVALID_TRANSITION), a compare-and-set on the state read (of two racing
 * steps the second is refused the same way), the audit event (entity `task`), the notifications it causes, and
 * the derived figures it moves (refreshDerivedValues over the lead unit before and after).
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../domain/access.ts';
import { AppError, appError } from '../../domain/errors.ts';
import { taskDateProblems, taskTransition, TaskTransitionError, type TaskAction, type TaskState } from '../../domain/tasks.ts';
import { writeAudit } from '../../store/audit.ts';
import type { Store } from '../../store/db.ts';
import type { Database } from '../../store/schema.ts';
import { getTaskRow, readTaskParts, updateTaskFrom, type TaskRow } from '../../store/tasks/repo.ts';
import { inRetryingTransaction } from '../../store/transaction.ts';
import { refreshDerivedValues } from '../registries/derived-values.ts';
import { UnitResolver } from '../follow-ups/units.ts';
import type { EvidenceRef } from '../follow-ups/view.ts';
import { notifyTask, type NotificationKind } from '../notifications/notify.ts';
import { loadRecipients, unitRecipients } from '../notifications/recipients.ts';
import { mayOnTask, resolveTaskUnits } from './access.ts';
import { tasksCounter } from './counter.ts';

export interface TaskContext {
  actor: Actor;
  today: string;
  now?: Date;
  via?: string;
}

export interface StepResult {
  changes: Partial<Omit<TaskRow, 'id'>>;
  details: Record<string, unknown>;
  notify?: { kind: NotificationKind; percent?: number };
}

/** Loads the task, checks policy then state, runs `act`, moves the state by compare-and-set, audits, notifies, refreshes. */
export async function taskStep(
  store: Store,
  id: number,
  action: TaskAction,
  ctx: TaskContext,
  act: (trx: Kysely<Database>, task: TaskRow, at: string) => Promise<StepResult>,
): Promise<void> {
  const now = ctx.now ?? new Date();
  const at = now.toISOString();
  await inRetryingTransaction(store.db, async (trx) => {
    const task = await getTaskRow(trx, id);
    if (!task) throw taskNotFound(id);
    const coordinating = (await readTaskParts(trx, [id], false)).units.get(id) ?? [];
    const units = await resolveTaskUnits(new UnitResolver(trx), task, coordinating, ctx.today);
    // Policy before the state: a caller who may not act learns nothing of the task's state.
    if (!mayOnTask(ctx.actor, action, units)) throw appError('FORBIDDEN', { action, target: `task ${id}` });
    const from = task.state as TaskState;
    const state = transitionOr409(from, action);
    const { changes, details, notify } = await act(trx, task, at);
    if (!(await updateTaskFrom(trx, id, from, { ...changes, state, updatedAt: at })))
      throw new AppError('INVALID_TRANSITION', 'Nhiệm vụ vừa được người khác cập nhật; hãy tải lại / the task was just changed by someone else; reload it');
    await writeAudit(
      trx,
      [
        {
          actor: { name: ctx.actor.name, kind: ctx.actor.kind },
          source: 'task',
          via: ctx.via ?? null,
          entity: 'task',
          entityKey: String(id),
          action,
          before: { state: from },
          after: { state, ...details },
        },
      ],
      now,
    );
    const after = { ...task, ...changes, state };
    if (notify) {
      const recipients = unitRecipients(await loadRecipients(trx), [units.lead, ...units.coordinating]);
      await notifyTask(
        trx,
        recipients,
        notify.kind,
        after,
        { today: ctx.today, at },
        {
          by: ctx.actor.name,
          ...(notify.percent !== undefined ? { percent: notify.percent } : {}),
          except: ctx.actor.name,
        },
      );
    }
    await refreshTaskFigures(trx, [task.leadUnitCode, after.leadUnitCode], [task.startDate, after.startDate], now);
  });
}

/** The derived values a change of these tasks may move (from the earliest start: the stocks from then on). */
export async function refreshTaskFigures(trx: Kysely<Database>, units: readonly string[], starts: readonly string[], now: Date): Promise<void> {
  const from = [...starts].sort()[0];
  await refreshDerivedValues(trx, tasksCounter, { unitCodes: [...new Set(units)], ...(from ? { from } : {}), now });
}

export function taskNotFound(id: number | string): AppError {
  return appError('RECORD_NOT_FOUND', { what: 'nhiệm vụ', whatEn: 'task', id: String(id) });
}

function transitionOr409(state: TaskState, action: TaskAction): TaskState {
  try {
    return taskTransition(state, action);
  } catch (error) {
    if (error instanceof TaskTransitionError) throw new AppError('INVALID_TRANSITION', error.message);
    throw error;
  }
}

export function validation(problems: Array<{ field: string; message: string }>): AppError {
  const first = problems[0]!;
  return new AppError('VALIDATION_FAILED', `Dữ liệu không hợp lệ ở "${first.field}": ${first.message}`, problems);
}

export function required(text: string | undefined, field: string): string {
  const trimmed = (text ?? '').trim();
  if (!trimmed) throw validation([{ field, message: 'không được để trống / must not be blank' }]);
  return trimmed;
}

export { taskDateProblems };
export type { EvidenceRef };
