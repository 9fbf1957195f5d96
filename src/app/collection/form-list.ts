/**
 * The list of forms (GET /forms): every dataset × expected unit × period the caller may read — forms never
 * saved included, as drafts — with deadline, workflow state and its reason, who submitted and decided when,
 * overdue (the deadline has passed, today, and the form is neither submitted nor approved) and, for the page
 * answered, how many of its elements hold a value and its validation errors and warnings (as readForm counts
 * them). Filters: dataset, period or from/to (see form-list-periods.ts for the default), unit (`within`: the
 * unit and everything under it on each period's last day), state, overdue. Sorted oldest first by the last
 * submission when listing state=submitted (the approval queue), else by deadline; then dataset, unit.
 */
import { can, type Actor } from '../../domain/access.ts';
import { AppError, appError } from '../../domain/errors.ts';
import { parsePeriod, periodLabel } from '../../domain/periods.ts';
import { deadlineFor } from '../../domain/validation-dataset.ts';
import type { SubmissionState } from '../../domain/workflow.ts';
import { expectedUnits, type ExpectedUnit } from '../../store/collection/dataset-units.ts';
import { getDataset, listDatasets, type StoredDataset } from '../../store/collection/datasets.ts';
import { submissionsOfDatasets, type SubmissionRow } from '../../store/collection/submissions.ts';
import { activeValidationRules } from '../../store/collection/validation-rules.ts';
import type { Store } from '../../store/db.ts';
import { unitIdAtKey, unitPathsById } from '../../store/units/path.ts';
import { unitVersionsOfCodes } from '../../store/units/tree-reads.ts';
import { listCurrentValues, type CurrentValue } from '../../store/values/repo.ts';
import { formProblems } from './form-context.ts';
import { checkPeriodChoice, formPeriods } from './form-list-periods.ts';

export const FORM_STATES = ['draft', 'submitted', 'returned', 'approved'] as const;

export interface FormListQuery {
  dataset?: string;
  period?: string;
  from?: string;
  to?: string;
  unit?: string;
  state?: SubmissionState;
  overdue?: boolean;
  order?: 'asc' | 'desc';
  limit: number;
  offset: number;
}

export interface FormListItem {
  dataset: { code: string; name: string; nameEn: string };
  unit: { code: string; name: string; level: string };
  period: { id: string; label: string; labelEn: string };
  deadline: string;
  state: SubmissionState;
  reason: string | null;
  submittedAt: string | null;
  submittedBy: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  overdue: boolean;
  /** Elements of the form, and how many hold a value. */
  elements: number;
  filled: number;
  /** Validation errors and warnings of the stored values (as GET /forms/{…} counts them). */
  errors: number;
  warnings: number;
}

export interface FormList {
  items: FormListItem[];
  total: number;
  limit: number;
  offset: number;
  today: string;
  /** Over every filter but state and overdue: how many forms are in each state, and overdue. */
  counts: Record<SubmissionState | 'overdue', number>;
}

interface Row {
  dataset: StoredDataset;
  unitId: number;
  item: Omit<FormListItem, 'elements' | 'filled' | 'errors' | 'warnings'>;
}

export async function listForms(store: Store, actor: Actor, query: FormListQuery, today: string): Promise<FormList> {
  const range = checkPeriodChoice(query);
  let datasets: StoredDataset[];
  if (query.dataset !== undefined) {
    const dataset = await getDataset(store.db, query.dataset);
    if (!dataset) throw new AppError('NOT_FOUND', `Không có biểu mẫu '${query.dataset}' / no such dataset`);
    if (query.period !== undefined && parsePeriod(query.period).type !== dataset.periodType)
      throw new AppError('VALIDATION_FAILED', `Kỳ '${query.period}' không phải kỳ ${dataset.periodType} của biểu mẫu / not a period of this dataset`, [
        { field: 'period', message: `cần kỳ ${dataset.periodType} / must be a ${dataset.periodType} period` },
      ]);
    datasets = [dataset];
  } else datasets = await listDatasets(store.db);
  if (query.unit !== undefined && (await unitVersionsOfCodes(store.db, [query.unit])).length === 0)
    throw appError('UNIT_NOT_FOUND', { code: query.unit, reason: 'mã này không tồn tại / no unit has this code' });

  const pairs = datasets.flatMap((dataset) => formPeriods(dataset.periodType, query, range, today).map((period) => ({ dataset, period })));
  const expected: Array<{ dataset: StoredDataset; period: string; at: string; unit: ExpectedUnit }> = [];
  for (const { dataset, period } of pairs) {
    const at = parsePeriod(period).end;
    for (const unit of await expectedUnits(store.db, dataset.units, at)) expected.push({ dataset, period, at, unit });
  }
  const paths = await unitPathsById(
    store.db,
    expected.map((e) => ({ id: e.unit.id, code: e.unit.code, at: e.at })),
  );
  const submissions = new Map(
    (
      await submissionsOfDatasets(
        store.db,
        datasets.map((d) => d.id),
        [...new Set(pairs.map((p) => p.period))],
      )
    ).map((s) => [`${s.datasetId}|${s.unitId}|${s.period}`, s]),
  );

  const rows: Row[] = [];
  for (const { dataset, period, at, unit } of expected) {
    const path = paths.get(unitIdAtKey(unit.id, at));
    const target = { unitPath: path?.codes ?? [unit.code], unitIdPath: path?.ids ?? [unit.id] };
    if (!can(actor, 'read', target)) continue;
    if (query.unit !== undefined && !target.unitPath.includes(query.unit)) continue;
    rows.push({ dataset, unitId: unit.id, item: itemOf(dataset, unit, period, submissions.get(`${dataset.id}|${unit.id}|${period}`), today) });
  }

  const counts = { draft: 0, submitted: 0, returned: 0, approved: 0, overdue: 0 };
  for (const { item } of rows) {
    counts[item.state] += 1;
    if (item.overdue) counts.overdue += 1;
  }
  const kept = rows.filter(
    (r) => (query.state === undefined || r.item.state === query.state) && (query.overdue === undefined || r.item.overdue === query.overdue),
  );
  kept.sort(compareRows(query.state === 'submitted', query.order === 'desc'));
  const page = kept.slice(query.offset, query.offset + query.limit);
  return { items: await withChecks(store, page), total: kept.length, limit: query.limit, offset: query.offset, today, counts };
}

function itemOf(
  dataset: StoredDataset,
  unit: { code: string; name: string; level: string },
  period: string,
  s: SubmissionRow | undefined,
  today: string,
): Row['item'] {
  const state = (s?.state as SubmissionState | undefined) ?? 'draft';
  const deadline = deadlineFor(period, dataset.deadlineDays);
  return {
    dataset: { code: dataset.code, name: dataset.name, nameEn: dataset.nameEn },
    unit: { code: unit.code, name: unit.name, level: unit.level },
    period: { id: period, label: periodLabel(period, 'vi'), labelEn: periodLabel(period, 'en') },
    deadline,
    state,
    reason: s?.reason ?? null,
    submittedAt: s?.submittedAt ?? null,
    submittedBy: s?.submittedBy ?? null,
    decidedAt: s?.decidedAt ?? null,
    decidedBy: s?.decidedBy ?? null,
    overdue: state !== 'submitted' && state !== 'approved' && today > deadline,
  };
}

/** By the last submission (the queue) or the deadline, then dataset and unit; `desc` reverses the first key only. */
function compareRows(bySubmission: boolean, desc: boolean): (a: Row, b: Row) => number {
  return (a, b) => {
    const ka = bySubmission ? (a.item.submittedAt ?? '') : a.item.deadline;
    const kb = bySubmission ? (b.item.submittedAt ?? '') : b.item.deadline;
    if (ka !== kb) return (ka < kb ? -1 : 1) * (desc ? -1 : 1);
    return a.item.dataset.code.localeCompare(b.item.dataset.code) || a.item.unit.code.localeCompare(b.item.unit.code);
  };
}

/** The page's filled counts and validation: the stored values of its units and periods in one read, the rules once. */
async function withChecks(store: Store, page: readonly Row[]): Promise<FormListItem[]> {
  if (page.length === 0) return [];
  const values = await listCurrentValues(store.db, {
    unitIds: [...new Set(page.map((r) => r.unitId))],
    periods: [...new Set(page.map((r) => r.item.period.id))],
  });
  const byForm = new Map<string, CurrentValue[]>();
  for (const v of values) {
    const key = `${v.unitId}|${v.period}`;
    const list = byForm.get(key);
    if (list) list.push(v);
    else byForm.set(key, [v]);
  }
  const rules = await activeValidationRules(store.db);
  return page.map(({ dataset, unitId, item }) => {
    const checked = formProblems(dataset.elements, byForm.get(`${unitId}|${item.period.id}`) ?? [], rules);
    return {
      ...item,
      elements: dataset.elements.length,
      filled: checked.values.filter((v) => v.value !== null).length,
      errors: checked.errors.length,
      warnings: checked.warnings.length,
    };
  });
}
