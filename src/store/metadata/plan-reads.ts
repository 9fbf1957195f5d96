/**
 * Reads of plans for the metadata API: every plan without its targets (with how many it has), the targets of
 * one indicator across plans, and which indicators each plan targets under which group. Plans are few (tens);
 * their targets may be many (a target per commune), so these never load every target of every plan.
 */
import { sql, type Kysely } from 'kysely';
import type { Comparison, Plan, PlanTarget } from '../../domain/metadata.ts';
import type { Database } from '../schema.ts';
import { byCode, pickPresent } from '../transaction.ts';

const PLAN_COLUMNS = ['code', 'name', 'nameEn', 'legalBasis', 'unitCode', 'startPeriod', 'endPeriod'] as const;

/** A plan without its targets (optional fields absent when empty, as in Plan). */
export type PlanHeader = Omit<Plan, 'targets'> & { targetCount: number };

/** Every plan with its number of targets, by code. */
export async function listPlanHeaders(db: Kysely<Database>): Promise<PlanHeader[]> {
  const rows = await db
    .selectFrom('plans')
    .select(['id', ...PLAN_COLUMNS])
    .execute();
  const counts = await db
    .selectFrom('targets')
    .select(['planId', sql<number>`count(*)`.as('n')])
    .groupBy('planId')
    .execute();
  const countOf = new Map(counts.map((c) => [c.planId, Number(c.n)]));
  return rows.map((r) => ({ ...(pickPresent(r, PLAN_COLUMNS) as Omit<Plan, 'targets'>), targetCount: countOf.get(r.id) ?? 0 })).sort(byCode);
}

/** One target of an indicator, with the code of its plan. */
export interface IndicatorTarget extends PlanTarget {
  plan: string;
}

/** The targets set for this indicator, in every plan: by plan code, then in the order each plan gives them. */
export async function targetsOfIndicator(db: Kysely<Database>, indicatorCode: string): Promise<IndicatorTarget[]> {
  const rows = await db
    .selectFrom('targets as t')
    .innerJoin('indicators as i', 'i.id', 't.indicatorId')
    .innerJoin('plans as p', 'p.id', 't.planId')
    .select(['p.code as plan', 'i.code as indicator', 't.unitCode as unit', 't.period', 't.value', 't.comparison', 't.groupName as group', 't.label'])
    .where('i.code', '=', indicatorCode)
    .orderBy('t.id')
    .execute();
  const fields = ['plan', 'indicator', 'unit', 'period', 'value', 'comparison', 'group', 'label'] as const;
  // Plain code order on both dialects whatever the collation; the sort is stable, so each plan keeps its own order.
  return rows
    .map((r) => pickPresent({ ...r, value: Number(r.value), comparison: r.comparison as Comparison }, fields) as IndicatorTarget)
    .sort((a, b) => byCode({ code: a.plan }, { code: b.plan }));
}

/** Which indicator a plan targets under which group (null: targets without a group), each pair once. */
export interface PlanIndicatorGroup {
  plan: string;
  indicator: string;
  group: string | null;
}

/** The distinct (plan, indicator, group) of every target, or of one plan's targets. */
export async function planIndicatorGroups(db: Kysely<Database>, planCode?: string): Promise<PlanIndicatorGroup[]> {
  let query = db
    .selectFrom('targets as t')
    .innerJoin('indicators as i', 'i.id', 't.indicatorId')
    .innerJoin('plans as p', 'p.id', 't.planId')
    .select(['p.code as plan', 'i.code as indicator', 't.groupName as group'])
    .distinct();
  if (planCode !== undefined) query = query.where('p.code', '=', planCode);
  return query.execute();
}
