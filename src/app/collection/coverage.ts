/**
 * Reporting coverage of a dataset for a period: expected units, submitted on time, late, missing — of every
 * expected unit, or of those at or below one unit (`within`, on the period's last day: a province's communes).
 * For admins, viewers and approvers.
 */
import { todayIsoDate } from '../../domain/dates.ts';
import { parsePeriod } from '../../domain/periods.ts';
import { deadlineFor } from '../../domain/validation-dataset.ts';
import type { SubmissionState } from '../../domain/workflow.ts';
import { getDataset } from '../../store/collection/datasets.ts';
import { expectedUnits } from '../../store/collection/dataset-units.ts';
import type { Store } from '../../store/db.ts';
import { listSubmissions } from '../../store/collection/submissions.ts';
import { AppError, appError } from '../../domain/errors.ts';
import { can, type Actor } from '../../domain/access.ts';
import { unitInForce } from '../../store/units/tree-reads.ts';
import { unitPathsById, unitIdAtKey } from '../../store/units/path.ts';

export interface CoverageUnit {
  code: string;
  name: string;
  state: SubmissionState;
  /** First submission time (ISO), null when never submitted. */
  submittedAt: string | null;
  /** null while not submitted. */
  onTime: boolean | null;
}

export interface Coverage {
  dataset: string;
  period: string;
  deadline: string;
  expected: number;
  /** Units whose submission is submitted or approved. */
  submitted: number;
  onTime: number;
  late: number;
  missing: number;
  approved: number;
  units: CoverageUnit[];
  missingUnits: Array<{ code: string; name: string }>;
}

export async function datasetCoverage(store: Store, actor: Actor, datasetCode: string, period: string, within?: string): Promise<Coverage> {
  if (!can(actor, 'read_coverage')) throw appError('FORBIDDEN', { action: 'read coverage', target: datasetCode });
  const dataset = await getDataset(store.db, datasetCode);
  if (!dataset) throw new AppError('NOT_FOUND', `Không có biểu mẫu '${datasetCode}' / no such dataset`);
  if (parsePeriod(period).type !== dataset.periodType) {
    throw new AppError('VALIDATION_FAILED', `Kỳ '${period}' không phải kỳ ${dataset.periodType} / not a period of this dataset`, [
      { field: 'period', message: `cần kỳ ${dataset.periodType}` },
    ]);
  }
  const deadline = deadlineFor(period, dataset.deadlineDays);
  const end = parsePeriod(period).end;
  let expected = await expectedUnits(store.db, dataset.units, end);
  if (within !== undefined) {
    const root = await unitInForce(store.db, within, end);
    if (!root) throw appError('UNIT_NOT_FOUND', { code: within, reason: `không có hiệu lực vào ngày ${end} / not in force on ${end}` });
    const paths = await unitPathsById(
      store.db,
      expected.map((u) => ({ id: u.id, code: u.code, at: end })),
    );
    expected = expected.filter((u) => paths.get(unitIdAtKey(u.id, end))?.ids.includes(root.id));
  }
  const submissions = new Map((await listSubmissions(store.db, dataset.id, period)).map((s) => [s.unitId, s]));
  const units = expected.map((u): CoverageUnit => {
    const s = submissions.get(u.id);
    const state = (s?.state as SubmissionState | undefined) ?? 'draft';
    const reported = state === 'submitted' || state === 'approved';
    const first = s?.firstSubmittedAt ?? null;
    return {
      code: u.code,
      name: u.name,
      state,
      submittedAt: reported ? first : null,
      onTime: reported && first ? todayIsoDate(new Date(first)) <= deadline : null,
    };
  });
  const reported = units.filter((u) => u.onTime !== null);
  const missingUnits = units.filter((u) => u.onTime === null).map(({ code, name }) => ({ code, name }));
  return {
    dataset: dataset.code,
    period,
    deadline,
    expected: units.length,
    submitted: reported.length,
    onTime: reported.filter((u) => u.onTime).length,
    late: reported.filter((u) => !u.onTime).length,
    missing: missingUnits.length,
    approved: units.filter((u) => u.state === 'approved').length,
    units,
    missingUnits,
  };
}
