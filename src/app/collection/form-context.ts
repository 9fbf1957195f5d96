/**
 * One form: a dataset × unit × period, resolved (the unit version in force at the period's end, which
 * the dataset must expect), with its submission state, deadline, the caller's abilities, and the
 * validation of the stored values (rules, required evidence).
 */
import type { Kysely } from 'kysely';
import { abilities, can, type Action, type Actor } from '../../domain/access.ts';
import { isPeriodId, parsePeriod } from '../../domain/periods.ts';
import { deadlineFor, isExpected, type DatasetElement } from '../../domain/validation-dataset.ts';
import { findViolations, type ValidationRule } from '../../domain/validation-rules.ts';
import { isEditable, type SubmissionState } from '../../domain/workflow.ts';
import { getDataset, type StoredDataset } from '../../store/collection/datasets.ts';
import { resolveUnitsAt, unitAtKey, type ResolvedUnit } from '../../store/collection/dataset-units.ts';
import type { Database } from '../../store/schema.ts';
import { getSubmission, type SubmissionRow } from '../../store/collection/submissions.ts';
import { activeValidationRules } from '../../store/collection/validation-rules.ts';
import { listCurrentValues, type CurrentValue } from '../../store/values/repo.ts';
import { AppError } from '../../domain/errors.ts';

export interface FormContext {
  dataset: StoredDataset;
  unit: ResolvedUnit;
  period: string;
  deadline: string;
  submission: SubmissionRow | null;
  state: SubmissionState;
}

export interface FormRef {
  dataset: string;
  unit: string;
  period: string;
}

/** The submission's audit key. */
export const submissionAuditKey = (ref: FormRef): string => `${ref.dataset}|${ref.unit}|${ref.period}`;

/** Resolves the form or throws AppError (404 dataset/unit, 422 period, 404 when the unit does not report this dataset). */
export async function loadFormContext(db: Kysely<Database>, ref: FormRef): Promise<FormContext> {
  const dataset = await getDataset(db, ref.dataset);
  if (!dataset) throw new AppError('NOT_FOUND', `Không có biểu mẫu '${ref.dataset}' / no such dataset`);
  if (!isPeriodId(ref.period) || parsePeriod(ref.period).type !== dataset.periodType) {
    throw new AppError('VALIDATION_FAILED', `Kỳ '${ref.period}' không phải kỳ ${dataset.periodType} của biểu mẫu / not a period of this dataset`, [
      { field: 'period', message: `cần kỳ ${dataset.periodType} / must be a ${dataset.periodType} period` },
    ]);
  }
  const end = parsePeriod(ref.period).end;
  const unit = (await resolveUnitsAt(db, [{ code: ref.unit, at: end }])).get(unitAtKey(ref.unit, end));
  if (!unit)
    throw new AppError('UNIT_NOT_FOUND', `Không có đơn vị mã '${ref.unit}' có hiệu lực vào ${end} / no unit with this code in force at the period's end`);
  if (!isExpected(dataset.units, unit)) {
    throw new AppError('NOT_FOUND', `Đơn vị ${ref.unit} không báo cáo biểu mẫu ${dataset.code} / this unit does not report this dataset`);
  }
  const submission = await getSubmission(db, { datasetId: dataset.id, unitId: unit.id, period: ref.period });
  return {
    dataset,
    unit,
    period: ref.period,
    deadline: deadlineFor(ref.period, dataset.deadlineDays),
    submission,
    state: (submission?.state as SubmissionState) ?? 'draft',
  };
}

/** 403 unless the actor may do `action` on the form's unit. */
export function authorizeForm(actor: Actor, action: Action, ctx: FormContext): void {
  if (!can(actor, action, { unitPath: ctx.unit.path, unitIdPath: ctx.unit.pathIds })) {
    throw new AppError('FORBIDDEN', `Không có quyền ${action} biểu mẫu ${ctx.dataset.code} của đơn vị ${ctx.unit.code} / not allowed`);
  }
}

/** What the caller may do now: the role's abilities on the unit, narrowed by the workflow state. */
export function formAbilities(actor: Actor, ctx: FormContext): Record<Action, boolean> {
  const base = abilities(actor, { unitPath: ctx.unit.path, unitIdPath: ctx.unit.pathIds });
  const s = ctx.state;
  return {
    ...base,
    write_values: base.write_values && isEditable(s),
    submit: base.submit && isEditable(s),
    approve: base.approve && s === 'submitted',
    return: base.return && s === 'submitted',
    reopen: base.reopen && s === 'approved',
  };
}

export interface FormProblem {
  element: string | null;
  rule: string | null;
  message: string;
}

/** The form's stored values and their validation (rule violations and missing required evidence). */
export async function validateForm(
  db: Kysely<Database>,
  ctx: FormContext,
): Promise<{ values: CurrentValue[]; errors: FormProblem[]; warnings: FormProblem[] }> {
  const all = await listCurrentValues(db, { unitIds: [ctx.unit.id], periods: [ctx.period] });
  return formProblems(ctx.dataset.elements, all, await activeValidationRules(db));
}

/**
 * The validation of one form from its unit's stored values for the period (`all`: every element, since a rule
 * may read one the form does not collect) and the active rules: the form's values, and its problems.
 */
export function formProblems(
  elements: readonly DatasetElement[],
  all: readonly CurrentValue[],
  rules: readonly ValidationRule[],
): { values: CurrentValue[]; errors: FormProblem[]; warnings: FormProblem[] } {
  const codes = new Set(elements.map((e) => e.code));
  const values = all.filter((v) => codes.has(v.elementCode));
  const numbers = new Map(all.map((v) => [v.elementCode, typeof v.value === 'boolean' ? Number(v.value) : typeof v.value === 'number' ? v.value : null]));
  const errors: FormProblem[] = [];
  const warnings: FormProblem[] = [];
  for (const violation of findViolations(rules, numbers, codes)) {
    const element = violation.elements.find((c) => codes.has(c)) ?? null;
    (violation.severity === 'error' ? errors : warnings).push({ element, rule: violation.rule, message: violation.message });
  }
  for (const e of elements) {
    const v = values.find((x) => x.elementCode === e.code);
    if (e.evidenceRequired && v && v.value !== null && !v.evidenceRef?.trim()) {
      errors.push({ element: e.code, rule: null, message: `cần minh chứng cho ${e.code} / evidence is required` });
    }
  }
  return { values, errors, warnings };
}
