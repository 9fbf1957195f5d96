/**
 * Who may read metadata. Definitions (data elements, indicators) are not personal data and name no unit: every
 * caller whose role may read (every role: domain/access.ts) reads them all, as GET /datasets does.
 * A plan follows the rule of GET /plans/{code}/status, so every plan a caller is shown can be opened and
 * followed: a plan is its unit's — its unit code read as the unit it named when the plan began
 * (compute/analytics/unit-version.ts), checked on that unit's path on the plan's last day it was in force
 * (domain/access.ts `can`). Admins and viewers read every plan; reporters, approvers and API tokens the plans
 * of units within their scopes. A plan without a unit is everyone's; a plan whose unit code no unit ever had
 * is read by the unscoped roles only (no scope can reach it).
 */
import type { Kysely } from 'kysely';
import { can, type Actor } from '../../domain/access.ts';
import { appError } from '../../domain/errors.ts';
import type { Plan } from '../../domain/metadata.ts';
import { planDays } from '../../compute/analytics/plan-unit.ts';
import { lastDayInForce, unitVersionOver, type UnitVersion } from '../../compute/analytics/unit-version.ts';
import { unitPathWithIds } from '../../store/units/path.ts';
import type { Database } from '../../store/schema.ts';

type PlanSpan = Pick<Plan, 'code' | 'unitCode' | 'startPeriod' | 'endPeriod'>;

export interface PlanAccess {
  /** The unit version the plan is for; null without a unit code or for a code no unit ever had. */
  unit: UnitVersion | null;
  readable: boolean;
}

/** 403 FORBIDDEN unless the caller's role may read (every role may: the check states the policy). */
export function assertMayRead(actor: Actor): void {
  if (!can(actor, 'read')) throw appError('FORBIDDEN', { action: 'read', target: 'metadata' });
}

/** A reader of plans' access for one caller, remembering each (unit, span) it has resolved. */
export function planAccessFor(db: Kysely<Database>, actor: Actor, today: string): (plan: PlanSpan) => Promise<PlanAccess> {
  const known = new Map<string, Promise<PlanAccess>>();
  return (plan) => {
    const key = JSON.stringify([plan.unitCode, plan.startPeriod, plan.endPeriod]);
    let access = known.get(key);
    if (!access) known.set(key, (access = resolve(db, actor, plan, today)));
    return access;
  };
}

async function resolve(db: Kysely<Database>, actor: Actor, plan: PlanSpan, today: string): Promise<PlanAccess> {
  if (!plan.unitCode) return { unit: null, readable: can(actor, 'read') };
  const { from, to } = planDays({ startPeriod: plan.startPeriod ?? null, endPeriod: plan.endPeriod ?? null }, today);
  const unit = await unitVersionOver(db, plan.unitCode, from, to);
  const path = unit ? await unitPathWithIds(db, plan.unitCode, lastDayInForce(unit, to)) : null;
  const target = path ? { unitPath: path.codes, unitIdPath: path.ids } : { unitPath: [plan.unitCode], unitIdPath: [] };
  return { unit, readable: can(actor, 'read', target) };
}

/** 403 FORBIDDEN unless the caller may read the plan. */
export function assertPlanReadable(access: PlanAccess, plan: PlanSpan): void {
  if (!access.readable) throw appError('FORBIDDEN', { action: 'read', target: `${plan.code} (${plan.unitCode ?? '—'})` });
}
