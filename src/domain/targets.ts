/**
 * Target status: vượt / đạt / chưa đạt / có nguy cơ / chưa có số liệu, and the gap in the indicator's unit.
 * Values are compared at the indicator's precision, so 70,004% against a 70% target at 2 decimals is "đạt".
 * A sixth status, "đơn vị đã sắp xếp lại" (reorganised), is never the outcome of a comparison: it marks a target
 * whose unit ended before its period did (merged, split, abolished), so no value of that unit answers for the
 * whole period (compute/analytics/target-statuses.ts decides it).
 */
import { roundHalfUp } from './rate-consistency.ts';

export type Comparison = '>=' | '<=' | '=';
export type TargetStatus = 'exceeded' | 'met' | 'not_met' | 'at_risk' | 'no_data' | 'reorganised';

export const TARGET_STATUS_LABELS: Record<TargetStatus, { vi: string; en: string }> = {
  exceeded: { vi: 'vượt', en: 'exceeded' },
  met: { vi: 'đạt', en: 'met' },
  not_met: { vi: 'chưa đạt', en: 'not met' },
  at_risk: { vi: 'có nguy cơ', en: 'at risk' },
  no_data: { vi: 'chưa có số liệu', en: 'no data' },
  reorganised: { vi: 'đơn vị đã sắp xếp lại', en: 'unit reorganised' },
};

export interface TargetInput {
  value: number | null;
  target: number;
  comparison: Comparison;
  decimals: number;
  /** True while the target's period is still running: then a projected miss is "at risk", not "not met". */
  periodOpen?: boolean;
  /** Value projected for the end of the period (see projectLinear); only used while the period is open. */
  projected?: number | null;
}

export interface TargetResult {
  status: TargetStatus;
  /** value − target in the indicator's unit (positive = above target), rounded to its decimals; null without data. */
  gap: number | null;
}

/**
 * The data elements a unit reports its annual plan's progress on ("có 8/19 chỉ tiêu đạt và vượt kế hoạch"): the
 * count of targets met or exceeded and their total, as reported — shown beside the computed summary when a plan's
 * targets are only partly known (compute/analytics/reported-tally.ts).
 */
export const REPORTED_TALLY = { met: 'KH_CT_DAT', total: 'KH_CT_TONG' } as const;

/** The outcome of comparing a value with its target: every status except 'reorganised'. */
export function evaluateTarget(input: TargetInput): TargetResult {
  if (input.value === null || Number.isNaN(input.value)) return { status: 'no_data', gap: null };
  const value = roundHalfUp(input.value, input.decimals);
  const target = roundHalfUp(input.target, input.decimals);
  const gap = roundHalfUp(value - target, input.decimals);
  const reached = meets(value, target, input.comparison);
  if (input.periodOpen) {
    const projected = input.projected ?? null;
    if (!reached && (projected === null || !meets(roundHalfUp(projected, input.decimals), target, input.comparison))) {
      return { status: 'at_risk', gap };
    }
    if (!reached) return { status: 'not_met', gap };
  }
  if (!reached) return { status: 'not_met', gap };
  if (input.comparison === '=' || value === target) return { status: 'met', gap };
  return { status: 'exceeded', gap };
}

function meets(value: number, target: number, comparison: Comparison): boolean {
  if (comparison === '>=') return value >= target;
  if (comparison === '<=') return value <= target;
  return value === target;
}

/** Least-squares line through (t, value) points, evaluated at `at` (same time axis, e.g. month index). */
export function projectLinear(points: Array<{ t: number; value: number }>, at: number): number | null {
  if (points.length === 0) return null;
  if (points.length === 1) return points[0]!.value;
  const n = points.length;
  const meanT = points.reduce((s, p) => s + p.t, 0) / n;
  const meanV = points.reduce((s, p) => s + p.value, 0) / n;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.t - meanT) * (p.value - meanV);
    den += (p.t - meanT) ** 2;
  }
  const slope = den === 0 ? 0 : num / den;
  return meanV + slope * (at - meanT);
}

/** "8/19 chỉ tiêu đạt và vượt kế hoạch": counts by status over a plan (or a group of it). */
export function summariseStatuses(statuses: TargetStatus[]): { total: number; metOrExceeded: number; byStatus: Record<TargetStatus, number> } {
  const byStatus: Record<TargetStatus, number> = { exceeded: 0, met: 0, not_met: 0, at_risk: 0, no_data: 0, reorganised: 0 };
  for (const s of statuses) byStatus[s] += 1;
  return { total: statuses.length, metOrExceeded: byStatus.exceeded + byStatus.met, byStatus };
}
