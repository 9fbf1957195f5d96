/**
 * A plan's status for a reader: every target with its value, status and gap (compute/analytics/target-statuses.ts),
 * once read access is checked on the plan's unit — the unit as it was when the plan began, on its last day in
 * force within the plan (compute/analytics/plan-unit.ts): Bắc Kạn's 2022–2025 plan is 06's, read by those who may
 * read 06 on 30/6/2025 (06 merged into 19 on 1/7/2025). A plan without a unit needs the read ability alone.
 */
import type { Actor } from '../../domain/access.ts';
import { todayIsoDate } from '../../domain/dates.ts';
import { appError } from '../../domain/errors.ts';
import type { Store } from '../../store/db.ts';
import { readPlanSpan } from '../../store/metadata/target-reads.ts';
import { planUnitVersion } from '../../compute/analytics/plan-unit.ts';
import { targetStatuses, type PlanStatus } from '../../compute/analytics/target-statuses.ts';
import { authorizeAction, authorizeCodeRead } from './unit-access.ts';

export type { PlanStatus };

/**
 * `asOf`: the day the status is taken on (default `today`); `today` (default the calendar's) stands in for a
 * plan's missing period when its unit is found for the access check.
 */
export async function planStatus(store: Store, query: { plan: string; asOf?: string | undefined; today?: string }, actor: Actor): Promise<PlanStatus> {
  const today = query.today ?? todayIsoDate();
  const plan = await readPlanSpan(store.db, query.plan);
  if (!plan) throw appError('PLAN_NOT_FOUND', { code: query.plan });
  const unit = await planUnitVersion(store.db, plan, today);
  if (unit && plan.unitCode) await authorizeCodeRead(store.db, actor, plan.unitCode, unit.at);
  else authorizeAction(actor, 'read');
  return targetStatuses(store.db, { plan: plan.code, asOf: query.asOf ?? today });
}
