/**
 * The steps of a follow-up (domain/follow-ups.ts), each one transaction with its audit event (entity
 * `follow_up`, key the follow-up's id): the unit's explanation (`explain` on its unit), a leader's directive and
 * closing (`direct`), the assignee's progress on a directive (`explain` on the assignee unit). A step the state
 * does not allow is 409 INVALID_TRANSITION; the state is moved by compare-and-set, so of two racing steps from one
 * state the second is refused the same way.
 */
import type { Actor } from '../../domain/access.ts';
import { AppError, appError } from '../../domain/errors.ts';
import { followUpTransition, FollowUpTransitionError, type FollowUpAction, type FollowUpState } from '../../domain/follow-ups.ts';
import { writeAudit } from '../../store/audit.ts';
import type { Store } from '../../store/db.ts';
import {
  getDirectiveRow,
  getFollowUpRow,
  insertDirective,
  insertExplanation,
  insertProgress,
  markDirectiveDone,
  updateFollowUpFrom,
  type FollowUpRow,
} from '../../store/follow-ups/repo.ts';
import { inRetryingTransaction } from '../../store/transaction.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { canOn, UnitResolver } from './units.ts';
import { followUpUnit, type EvidenceRef } from './view.ts';

export interface StepContext {
  actor: Actor;
  today: string;
  now?: Date;
  via?: string;
}

export async function explainFollowUp(store: Store, id: number, input: { content: string; evidence?: EvidenceRef[] }, ctx: StepContext): Promise<void> {
  const content = required(input.content, 'content');
  await step(store, id, 'explain', ctx, async (trx, f, at) => {
    const unit = await followUpUnit(new UnitResolver(trx), f);
    if (!canOn(ctx.actor, 'explain', unit)) throw appError('FORBIDDEN', { action: 'explain', target: f.unitCode });
    const explanation = await insertExplanation(trx, {
      followUpId: f.id,
      content,
      evidence: JSON.stringify(input.evidence ?? []),
      createdBy: ctx.actor.name,
      createdAt: at,
    });
    return { explanation, content, evidence: input.evidence ?? [] };
  });
}

export async function directFollowUp(
  store: Store,
  id: number,
  input: { content: string; assignee: string; deadline: string },
  ctx: StepContext,
): Promise<void> {
  const content = required(input.content, 'content');
  if (input.deadline < ctx.today)
    throw validation('deadline', `hạn không được trước hôm nay (${ctx.today}) / the deadline cannot be before today (${ctx.today})`);
  await step(store, id, 'direct', ctx, async (trx, f, at) => {
    const unit = await followUpUnit(new UnitResolver(trx), f);
    if (!canOn(ctx.actor, 'direct', unit)) throw appError('FORBIDDEN', { action: 'direct', target: f.unitCode });
    const assignee = await new UnitResolver(trx).at(input.assignee, ctx.today);
    if (!assignee) throw appError('UNIT_NOT_FOUND', { code: input.assignee, reason: `không có hiệu lực vào ngày ${ctx.today} / not in force on ${ctx.today}` });
    const directive = await insertDirective(trx, {
      followUpId: f.id,
      content,
      assigneeUnitCode: input.assignee,
      deadline: input.deadline,
      createdBy: ctx.actor.name,
      createdAt: at,
      doneAt: null,
    });
    return { directive, content, assignee: input.assignee, deadline: input.deadline };
  });
}

export async function reportProgress(
  store: Store,
  id: number,
  directiveId: number,
  input: { content: string; done?: boolean; evidence?: EvidenceRef[] },
  ctx: StepContext,
): Promise<void> {
  const content = required(input.content, 'content');
  await step(store, id, 'progress', ctx, async (trx, f, at) => {
    const directive = await getDirectiveRow(trx, directiveId);
    if (!directive || directive.followUpId !== f.id) throw appError('NOT_FOUND');
    const assignee = await new UnitResolver(trx).at(directive.assigneeUnitCode, ctx.today);
    if (!canOn(ctx.actor, 'explain', assignee)) throw appError('FORBIDDEN', { action: 'report progress', target: directive.assigneeUnitCode });
    if (directive.doneAt !== null) throw new AppError('INVALID_TRANSITION', 'Chỉ đạo này đã hoàn thành / this directive is already done');
    const done = input.done === true;
    const progress = await insertProgress(trx, {
      directiveId,
      content,
      done: done ? 1 : 0,
      evidence: JSON.stringify(input.evidence ?? []),
      createdBy: ctx.actor.name,
      createdAt: at,
    });
    if (done && !(await markDirectiveDone(trx, directiveId, at)))
      throw new AppError('INVALID_TRANSITION', 'Chỉ đạo này đã hoàn thành / this directive is already done');
    return { directive: directiveId, progress, content, done };
  });
}

export async function closeFollowUp(store: Store, id: number, input: { reason: string }, ctx: StepContext): Promise<void> {
  const note = required(input.reason, 'reason');
  await step(
    store,
    id,
    'close',
    ctx,
    async (trx, f) => {
      const unit = await followUpUnit(new UnitResolver(trx), f);
      if (!canOn(ctx.actor, 'direct', unit)) throw appError('FORBIDDEN', { action: 'close', target: f.unitCode });
      return { closeReason: 'leader', note };
    },
    (at) => ({ openKey: null, closedAt: at, closedBy: ctx.actor.name, closeReason: 'leader', closeNote: note }),
  );
}

/** Loads, checks the transition, runs `act` (policy and the step's rows), moves the state, writes the audit. */
async function step(
  store: Store,
  id: number,
  action: FollowUpAction,
  ctx: StepContext,
  act: (trx: Kysely<Database>, f: FollowUpRow, at: string) => Promise<Record<string, unknown>>,
  extra: (at: string) => Partial<FollowUpRow> = () => ({}),
): Promise<void> {
  const now = ctx.now ?? new Date();
  const at = now.toISOString();
  await inRetryingTransaction(store.db, async (trx) => {
    const f = await getFollowUpRow(trx, id);
    if (!f) throw appError('NOT_FOUND');
    const from = f.state as FollowUpState;
    // Policy before the state: a caller who may not act learns nothing of the follow-up's state.
    const details = await act(trx, f, at);
    const state = transitionOr409(from, action);
    if (!(await updateFollowUpFrom(trx, f.id, from, { state, updatedAt: at, ...extra(at) }))) {
      throw new AppError(
        'INVALID_TRANSITION',
        'Theo dõi vừa được người khác cập nhật; hãy tải lại / the follow-up was just changed by someone else; reload it',
      );
    }
    await writeAudit(
      trx,
      [
        {
          actor: { name: ctx.actor.name, kind: ctx.actor.kind },
          source: 'follow_up',
          via: ctx.via ?? null,
          entity: 'follow_up',
          entityKey: String(f.id),
          action,
          before: { state: from },
          after: { state, ...details },
        },
      ],
      now,
    );
  });
}

function transitionOr409(state: FollowUpState, action: FollowUpAction): FollowUpState {
  try {
    return followUpTransition(state, action);
  } catch (error) {
    if (error instanceof FollowUpTransitionError) throw new AppError('INVALID_TRANSITION', error.message);
    throw error;
  }
}

function required(text: string, field: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw validation(field, 'không được để trống / must not be blank');
  return trimmed;
}

function validation(field: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', `Dữ liệu không hợp lệ ở "${field}": ${message}`, [{ field, message }]);
}
