/** Moving a submission through the workflow (submit, approve, return, reopen), each step audited. */
import type { Actor } from '../../domain/access.ts';
import { transition, WorkflowError, type SubmissionState, type WorkflowAction } from '../../domain/workflow.ts';
import { writeAudit } from '../../store/audit.ts';
import type { Kysely } from 'kysely';
import type { Store } from '../../store/db.ts';
import type { Database } from '../../store/schema.ts';
import { claimSubmission, saveSubmission, type SubmissionChange } from '../../store/collection/submissions.ts';
import { lockUnitPeriods } from '../../store/values/unit-period-locks.ts';
import { AppError } from '../../domain/errors.ts';
import { authorizeForm, loadFormContext, submissionAuditKey, validateForm, type FormRef } from './form-context.ts';
import { inRetryingTransaction } from '../../store/transaction.ts';

export interface TransitionContext {
  actor: Actor;
  reason?: string | null;
  via?: string;
  now?: Date;
  /** Approve only a form whose values raise no warning and no error (the bulk approval's rule). */
  refuseWarnings?: boolean;
}

export interface TransitionResult {
  state: SubmissionState;
  previousState: SubmissionState;
  reason: string | null;
}

/**
 * Applies `action` to the form's submission. Submitting needs a form without errors (rules, required
 * evidence); return and reopen need a reason. Throws AppError (FORBIDDEN, INVALID_TRANSITION,
 * VALIDATION_FAILED, NOT_FOUND…).
 */
export async function transitionSubmission(store: Store, ref: FormRef, action: WorkflowAction, ctx: TransitionContext): Promise<TransitionResult> {
  return inRetryingTransaction(store.db, (trx) => transitionInTransaction(trx, ref, action, ctx));
}

/** transitionSubmission inside the caller's transaction (the bulk approval runs several in one). */
export async function transitionInTransaction(trx: Kysely<Database>, ref: FormRef, action: WorkflowAction, ctx: TransitionContext): Promise<TransitionResult> {
  const now = ctx.now ?? new Date();
  const form = await loadFormContext(trx, ref);
  authorizeForm(ctx.actor, action, form);
  const key = { datasetId: form.dataset.id, unitId: form.unit.id, period: form.period };
  // The same lock as the value write path: a save of this (unit, period) lands before this step or sees
  // its outcome (LOCKED after a submit), never in between. The state is read again below, under the lock
  // (form.state, read before it, decides nothing here).
  await lockUnitPeriods(trx, [{ unitId: form.unit.id, period: form.period }]);
  const existing = await claimSubmission(trx, key);
  const previousState = (existing?.state as SubmissionState | undefined) ?? 'draft';
  const reason = ctx.reason?.trim() ? ctx.reason.trim() : null;
  let state: SubmissionState;
  try {
    state = transition(previousState, action, reason);
  } catch (error) {
    if (!(error instanceof WorkflowError)) throw error;
    if (error.code === 'REASON_REQUIRED') throw new AppError('VALIDATION_FAILED', error.message, [{ field: 'reason', message: error.message }]);
    throw new AppError('INVALID_TRANSITION', error.message);
  }
  if (action === 'approve' && ctx.refuseWarnings) {
    const { errors, warnings } = await validateForm(trx, { ...form, state: previousState });
    if (errors.length + warnings.length > 0) {
      throw new AppError(
        'VALIDATION_FAILED',
        `Biểu mẫu có ${errors.length} lỗi và ${warnings.length} cảnh báo: hãy mở và duyệt riêng / the form has ${errors.length} errors and ${warnings.length} warnings: open it and approve it on its own`,
        [...errors, ...warnings].map((e) => ({ field: e.element ?? 'form', rule: e.rule, message: e.message })),
      );
    }
  }
  if (action === 'submit') {
    const { errors, values } = await validateForm(trx, { ...form, state: previousState });
    if (values.length === 0)
      throw new AppError('VALIDATION_FAILED', 'Biểu mẫu chưa có số liệu / the form has no values', [
        { field: 'values', message: 'chưa có số liệu / no values' },
      ]);
    if (errors.length > 0) {
      throw new AppError(
        'VALIDATION_FAILED',
        `Biểu mẫu còn ${errors.length} lỗi / the form has errors`,
        errors.map((e) => ({ field: e.element ?? 'form', rule: e.rule, message: e.message })),
      );
    }
  }
  const at = now.toISOString();
  const change: SubmissionChange = { state, reason: action === 'approve' || action === 'submit' ? null : reason, updatedAt: at };
  if (action === 'submit') {
    Object.assign(change, { submittedAt: at, submittedBy: ctx.actor.name, decidedAt: null, decidedBy: null });
    if (!existing?.firstSubmittedAt) change.firstSubmittedAt = at;
  } else {
    Object.assign(change, { decidedAt: at, decidedBy: ctx.actor.name });
  }
  await saveSubmission(trx, key, change, existing !== null);
  await writeAudit(
    trx,
    [
      {
        actor: { name: ctx.actor.name, kind: ctx.actor.kind },
        source: 'workflow',
        via: ctx.via ?? null,
        entity: 'submission',
        entityKey: submissionAuditKey({ dataset: form.dataset.code, unit: form.unit.code, period: form.period }),
        action,
        before: { state: previousState, reason: existing?.reason ?? null },
        after: { state, reason: change.reason ?? null },
      },
    ],
    now,
  );
  return { state, previousState, reason: change.reason ?? null };
}
