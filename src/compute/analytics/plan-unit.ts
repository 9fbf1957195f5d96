/**
 * The unit a plan is for: its code read as the unit it named when the plan began (unit-version.ts), so Bắc Kạn's
 * 2022–2025 plan is 06 Bắc Kạn although 06 ended on 30/6/2025, and old 19 Thái Nguyên's plan is not the merged
 * 19's. `at` is the last day of the plan on which that unit was in force: access to the plan is checked there.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { isPeriodId, parsePeriod } from '../../domain/periods.ts';
import { lastDayInForce, unitVersionOver, type UnitVersion } from './unit-version.ts';
import { appError } from '../../domain/errors.ts';

export interface PlanSpan {
  startPeriod: string | null;
  endPeriod: string | null;
}

/** The plan's first and last days; `fallback` (today) stands in for a missing or unreadable period. */
export function planDays(plan: PlanSpan, fallback: string): { from: string; to: string } {
  const start = plan.startPeriod && isPeriodId(plan.startPeriod) ? parsePeriod(plan.startPeriod) : null;
  const end = plan.endPeriod && isPeriodId(plan.endPeriod) ? parsePeriod(plan.endPeriod) : null;
  return { from: start?.start ?? end?.start ?? fallback, to: end?.end ?? (start && start.end > fallback ? start.end : fallback) };
}

/** The plan's unit version and the day to check access at; null for a plan without a unit; unknown code: AppError UNIT_NOT_FOUND. */
export async function planUnitVersion(
  db: Kysely<Database>,
  plan: PlanSpan & { unitCode: string | null },
  fallback: string,
): Promise<{ version: UnitVersion; at: string; to: string } | null> {
  if (!plan.unitCode) return null;
  const { from, to } = planDays(plan, fallback);
  const version = await unitVersionOver(db, plan.unitCode, from, to);
  if (!version) throw appError('UNIT_NOT_FOUND', { code: plan.unitCode, reason: 'mã này không tồn tại / no unit has this code' });
  return { version, at: lastDayInForce(version, to), to };
}
