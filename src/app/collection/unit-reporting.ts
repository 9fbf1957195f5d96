/**
 * A unit's reporting record (GET /units/{code}/reporting): for every dataset that expects the unit, each of the
 * dataset's periods that overlaps [start of `from`, end of `to`] and has begun, the state of the unit's submission,
 * when it was first submitted, on time or late against the deadline, or overdue when the deadline has passed
 * without one. The unit is the version of the code in force on each period's last day (as coverage reads it), so
 * Lâm Đồng (68) answers as the old province until 2025S1 and as the merged one from 2025S2, each with its name
 * then; periods where no version is in force, or where the caller may not read it, are left out.
 */
import { can, type Actor } from '../../domain/access.ts';
import { todayIsoDate } from '../../domain/dates.ts';
import { appError } from '../../domain/errors.ts';
import { childrenOf, isPeriodId, parsePeriod, type PeriodType } from '../../domain/periods.ts';
import { deadlineFor, isExpected } from '../../domain/validation-dataset.ts';
import type { SubmissionState } from '../../domain/workflow.ts';
import { listDatasets } from '../../store/collection/datasets.ts';
import { resolveUnitsAt, unitAtKey } from '../../store/collection/dataset-units.ts';
import { submissionsOfUnits } from '../../store/collection/submissions.ts';
import type { Store } from '../../store/db.ts';
import { unitVersionsOfCodes } from '../../store/units/tree-reads.ts';

/** The longest range asked at once, in calendar years (a monthly dataset: 120 periods). */
export const MAX_REPORTING_YEARS = 10;

export interface ReportingPeriod {
  period: string;
  /** The last day to submit on time (inclusive). */
  deadline: string;
  /** The unit's name on the period's last day. */
  unitName: string;
  /** `draft` when the unit never saved or submitted. */
  state: SubmissionState;
  /** First submission time (ISO), null while not submitted (or returned). */
  submittedAt: string | null;
  /** null while not submitted. */
  onTime: boolean | null;
  /** Not submitted, and the deadline has passed. */
  overdue: boolean;
}

export interface ReportingDataset {
  code: string;
  name: string;
  nameEn: string;
  periodType: PeriodType;
  deadlineDays: number;
  /** Oldest first. */
  periods: ReportingPeriod[];
}

export interface UnitReporting {
  code: string;
  from: string;
  to: string;
  today: string;
  datasets: ReportingDataset[];
}

/** The periods of `type` overlapping [start, end] that have begun by `today`, oldest first. */
function periodsOverlapping(type: PeriodType, start: string, end: string, today: string): string[] {
  const out: string[] = [];
  for (let year = Number(start.slice(0, 4)); year <= Number(end.slice(0, 4)); year++) {
    for (const id of childrenOf(String(year), type)) {
      const p = parsePeriod(id);
      if (p.start <= end && p.end >= start && p.start <= today) out.push(id);
    }
  }
  return out;
}

export async function unitReporting(store: Store, actor: Actor, query: { code: string; from: string; to: string; today: string }): Promise<UnitReporting> {
  const { code, from, to, today } = query;
  for (const [field, id] of [
    ['from', from],
    ['to', to],
  ] as const)
    if (!isPeriodId(id)) throw appError('BAD_REQUEST', { field, reason: `mã kỳ không hợp lệ '${id}': dùng 2023, 2023S1, 2023Q2 hoặc 202306 / invalid period` });
  const start = parsePeriod(from).start;
  const end = parsePeriod(to).end;
  if (end < start) throw appError('BAD_REQUEST', { field: 'to', reason: `kỳ ${to} trước kỳ ${from} / ends before it starts` });
  if (Number(end.slice(0, 4)) - Number(start.slice(0, 4)) >= MAX_REPORTING_YEARS)
    throw appError('BAD_REQUEST', { field: 'to', reason: `tối đa ${MAX_REPORTING_YEARS} năm một lần / at most ${MAX_REPORTING_YEARS} years at once` });
  if ((await unitVersionsOfCodes(store.db, [code])).length === 0)
    throw appError('UNIT_NOT_FOUND', { code, reason: 'mã này không tồn tại / no unit has this code' });

  const datasets = await listDatasets(store.db);
  const rows = datasets.map((d) => ({ dataset: d, periods: periodsOverlapping(d.periodType, start, end, today) }));
  const ends = [...new Set(rows.flatMap((r) => r.periods.map((p) => parsePeriod(p).end)))];
  const versions = await resolveUnitsAt(
    store.db,
    ends.map((at) => ({ code, at })),
  );
  const readable = new Set<string>();
  for (const at of ends) {
    const unit = versions.get(unitAtKey(code, at));
    if (unit && can(actor, 'read', { unitPath: unit.path, unitIdPath: unit.pathIds })) readable.add(at);
  }
  if (readable.size === 0 && versions.size > 0) throw appError('FORBIDDEN', { action: 'read', target: code });

  const ids = [...new Set([...versions.values()].map((u) => u.id))];
  const submissions = new Map((await submissionsOfUnits(store.db, ids)).map((s) => [`${s.datasetId}|${s.unitId}|${s.period}`, s]));
  const out: ReportingDataset[] = [];
  for (const { dataset, periods } of rows) {
    const record: ReportingPeriod[] = [];
    for (const period of periods) {
      const at = parsePeriod(period).end;
      const unit = versions.get(unitAtKey(code, at));
      if (!unit || !readable.has(at) || !isExpected(dataset.units, unit)) continue;
      const s = submissions.get(`${dataset.id}|${unit.id}|${period}`);
      const state = (s?.state as SubmissionState | undefined) ?? 'draft';
      const reported = state === 'submitted' || state === 'approved';
      const first = reported ? (s?.firstSubmittedAt ?? null) : null;
      const deadline = deadlineFor(period, dataset.deadlineDays);
      record.push({
        period,
        deadline,
        unitName: unit.name,
        state,
        submittedAt: first,
        onTime: first ? todayIsoDate(new Date(first)) <= deadline : null,
        overdue: !reported && today > deadline,
      });
    }
    if (record.length > 0)
      out.push({
        code: dataset.code,
        name: dataset.name,
        nameEn: dataset.nameEn,
        periodType: dataset.periodType,
        deadlineDays: dataset.deadlineDays,
        periods: record,
      });
  }
  return { code, from, to, today, datasets: out };
}
