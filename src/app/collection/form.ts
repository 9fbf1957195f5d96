/** Reading a form (elements with values, state, validation, deadline, abilities) and saving a draft. */
import type { Action, Actor } from '../../domain/access.ts';
import type { DataValueContent } from '../../domain/values.ts';
import type { SubmissionState } from '../../domain/workflow.ts';
import type { Store } from '../../store/db.ts';
import { elementLabelsByCode, type ElementLabel } from '../../store/metadata/elements.ts';
import { recordRefused } from './errors.ts';
import { authorizeForm, formAbilities, loadFormContext, validateForm, type FormProblem, type FormRef } from './form-context.ts';
import { inRetryingTransaction } from '../../store/transaction.ts';
import { recordValuesIn, type RecordResult } from './record-values.ts';
import { formComparisons } from './form-comparisons.ts';
import { evidenceOfForm, type Evidence } from '../../store/evidence/repo.ts';

/** An element as the form shows it: its labels and bounds, then its place in the form and the stored value. */
export interface FormElement extends ElementLabel {
  section: string | null;
  evidenceRequired: boolean;
  value: DataValueContent;
  comment: string | null;
  evidence: string | null;
  /** The stored value's status (null when nothing is stored). */
  status: string | null;
  author: string | null;
  updatedAt: string | null;
  errors: string[];
  warnings: string[];
  /** The element's value at the unit in the previous period (of the form's type), null when none is stored. */
  previousValue: { period: string; value: DataValueContent } | null;
  /** Its value when the form was last approved, null when never approved or it had none then. */
  approvedValue: { approvedAt: string; value: DataValueContent } | null;
}

export interface FormView {
  dataset: { code: string; name: string; nameEn: string; periodType: string };
  unit: { code: string; name: string; level: string };
  period: string;
  state: SubmissionState;
  reason: string | null;
  submittedAt: string | null;
  submittedBy: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  deadline: string;
  /** The period `previousValue` is read from. */
  previousPeriod: string;
  /** When the form was last approved (ISO; it may have been reopened since), null when never. */
  approvedAt: string | null;
  elements: FormElement[];
  /** Evidence of the unit and period attached to the dataset (the whole form) or to one of its elements, oldest first. */
  evidence: Evidence[];
  validation: { errors: FormProblem[]; warnings: FormProblem[] };
  abilities: Record<Action, boolean>;
}

export async function readForm(store: Store, ref: FormRef, actor: Actor): Promise<FormView> {
  const ctx = await loadFormContext(store.db, ref);
  authorizeForm(actor, 'read', ctx);
  const { values, errors, warnings } = await validateForm(store.db, ctx);
  const compared = await formComparisons(store.db, ctx);
  const meta = await elementLabelsByCode(
    store.db,
    ctx.dataset.elements.map((e) => e.code),
  );
  const elements = ctx.dataset.elements.map((e): FormElement => {
    const m = meta.get(e.code);
    const v = values.find((x) => x.elementCode === e.code);
    return {
      code: e.code,
      name: m?.name ?? e.code,
      nameEn: m?.nameEn ?? e.code,
      valueType: m?.valueType ?? 'number',
      unitOfMeasure: m?.unitOfMeasure ?? null,
      minValue: m?.minValue ?? null,
      maxValue: m?.maxValue ?? null,
      section: e.section ?? null,
      evidenceRequired: e.evidenceRequired,
      value: v?.value ?? null,
      comment: v?.comment ?? null,
      evidence: v?.evidenceRef ?? null,
      // A stored value's status is the form's workflow state (the values' own status stays what was written).
      status: v ? ctx.state : null,
      author: v?.author ?? null,
      updatedAt: v?.createdAt ?? null,
      errors: errors.filter((p) => p.element === e.code).map((p) => p.message),
      warnings: warnings.filter((p) => p.element === e.code).map((p) => p.message),
      previousValue: compared.previous.get(e.code) ?? null,
      approvedValue: compared.approved.get(e.code) ?? null,
    };
  });
  const s = ctx.submission;
  return {
    dataset: { code: ctx.dataset.code, name: ctx.dataset.name, nameEn: ctx.dataset.nameEn, periodType: ctx.dataset.periodType },
    unit: { code: ctx.unit.code, name: ctx.unit.name, level: ctx.unit.level },
    period: ctx.period,
    state: ctx.state,
    reason: s?.reason ?? null,
    submittedAt: s?.submittedAt ?? null,
    submittedBy: s?.submittedBy ?? null,
    decidedAt: s?.decidedAt ?? null,
    decidedBy: s?.decidedBy ?? null,
    deadline: ctx.deadline,
    previousPeriod: compared.previousPeriod,
    approvedAt: compared.approvedAt,
    elements,
    evidence: await evidenceOfForm(store.db, {
      unit: ctx.unit.code,
      period: ctx.period,
      dataset: ctx.dataset.code,
      elements: ctx.dataset.elements.map((e) => e.code),
    }),
    validation: { errors, warnings },
    abilities: formAbilities(actor, ctx),
  };
}

export interface FormValue {
  dataElement: string;
  value: DataValueContent;
  comment?: string | null;
  evidence?: string | null;
}

/**
 * Saves values of the form as a draft (source 'form'): every element must belong to the dataset; a form
 * that is submitted or approved is locked (409 LOCKED).
 */
export async function saveForm(
  store: Store,
  ref: FormRef,
  values: readonly FormValue[],
  ctx: { actor: Actor; via?: string; acceptWarnings?: ReadonlyArray<{ index: number; rule: string }>; now?: Date },
): Promise<RecordResult> {
  return inRetryingTransaction(store.db, async (trx) => {
    const form = await loadFormContext(trx, ref);
    authorizeForm(ctx.actor, 'write_values', form);
    const codes = new Set(form.dataset.elements.map((e) => e.code));
    const outside = values.flatMap((v, index) =>
      codes.has(v.dataElement)
        ? []
        : [{ index, field: 'dataElement', message: `'${v.dataElement}' không thuộc biểu mẫu ${form.dataset.code} / not in this dataset` }],
    );
    if (outside.length > 0) throw recordRefused('invalid', outside);
    if (form.state === 'submitted' || form.state === 'approved') {
      const message = `biểu mẫu ${form.dataset.code} đang ở trạng thái ${form.state}; cần mở lại hoặc trả lại trước khi sửa / locked until reopened or returned`;
      throw recordRefused(
        'locked',
        values.map((_, index) => ({ index, field: 'value', message })),
      );
    }
    const items = values.map((v) => ({ ...v, unit: form.unit.code, period: form.period }));
    return recordValuesIn(trx, items, { ...ctx, source: 'form' });
  });
}
