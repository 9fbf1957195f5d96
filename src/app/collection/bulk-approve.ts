/**
 * Approving several forms in one action (the approval queue's "Duyệt các biểu đã chọn"): all or nothing, in ONE
 * transaction, each form through the workflow's one write path (transitionInTransaction: its checks, its lock,
 * its audit entry), with one more rule than a single approval: a form whose values raise a warning or an error
 * is refused (it must be opened and approved on its own). Every refused form is named; nothing is approved then.
 */
import type { Kysely } from 'kysely';
import { AppError, type ErrorCode } from '../../domain/errors.ts';
import type { Database } from '../../store/schema.ts';
import type { Store } from '../../store/db.ts';
import { inRetryingTransaction } from '../../store/transaction.ts';
import { lockUnitPeriods } from '../../store/values/unit-period-locks.ts';
import { loadFormContext, type FormRef } from './form-context.ts';
import { transitionInTransaction, type TransitionContext } from './workflow.ts';

/** The most forms one bulk approval takes (the schema's maxItems says the same). */
export const BULK_APPROVE_LIMIT = 200;

export interface ApprovedForm extends FormRef {
  previousState: string;
  state: string;
}

/** One refused form of the batch, as a `details` entry of the refusal. */
export interface RefusedForm {
  index: number;
  field: string;
  form: string;
  code: ErrorCode;
  message: string;
}

/**
 * Approves every form of `refs` or none. Throws 403 FORBIDDEN when any form is outside the caller's scope, else
 * 422 VALIDATION_FAILED when any is unknown, not submitted, or has warnings or errors; `details` name each refused
 * form (`{index, field: 'forms.N', form: 'DATASET/UNIT/PERIOD', code, message}`, code: the single form's refusal).
 */
export async function approveForms(
  store: Store,
  refs: readonly FormRef[],
  ctx: Omit<TransitionContext, 'reason' | 'refuseWarnings'>,
): Promise<{ approved: ApprovedForm[] }> {
  return inRetryingTransaction(store.db, async (trx) => {
    await lockAll(trx, refs);
    const approved: ApprovedForm[] = [];
    const refused: RefusedForm[] = [];
    for (const [index, ref] of refs.entries()) {
      try {
        const result = await transitionInTransaction(trx, ref, 'approve', { ...ctx, reason: null, refuseWarnings: true });
        approved.push({ ...ref, previousState: result.previousState, state: result.state });
      } catch (error) {
        // Our own refusals only (no SQL failed, the transaction is still usable); the rollback below undoes the rest.
        if (!(error instanceof AppError)) throw error;
        refused.push({ index, field: `forms.${index}`, form: `${ref.dataset}/${ref.unit}/${ref.period}`, code: error.code, message: error.message });
      }
    }
    if (refused.length > 0) {
      const forbidden = refused.some((r) => r.code === 'FORBIDDEN');
      throw new AppError(
        forbidden ? 'FORBIDDEN' : 'VALIDATION_FAILED',
        `Không duyệt biểu mẫu nào: ${refused.length}/${refs.length} biểu mẫu không duyệt được (${refused.map((r) => r.form).join(', ')}) / nothing approved: ${refused.length} of ${refs.length} forms cannot be approved`,
        refused,
      );
    }
    return { approved };
  });
}

/**
 * Every (unit, period) of the batch locked at once, in the locks' one order, before any form is moved: two bulk
 * approvals of overlapping forms then never wait for each other in a cycle (each form's own lock is already held).
 * A form that does not resolve is skipped here; its transition names the problem.
 */
async function lockAll(trx: Kysely<Database>, refs: readonly FormRef[]): Promise<void> {
  const pairs: Array<{ unitId: number; period: string }> = [];
  for (const ref of refs) {
    try {
      const form = await loadFormContext(trx, ref);
      pairs.push({ unitId: form.unit.id, period: form.period });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
    }
  }
  await lockUnitPeriods(trx, pairs);
}
