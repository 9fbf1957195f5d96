/**
 * Plans and targets as the analytics reads them: a plan's span and unit code, its targets in the order they were
 * given, and the targets of one indicator at some units and periods (the rows of an analytics query).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export interface PlanSpanRow {
  id: number;
  code: string;
  unitCode: string | null;
  startPeriod: string | null;
  endPeriod: string | null;
}

export interface PlanTargetRow {
  indicator: string;
  unitCode: string;
  period: string;
  value: number;
  comparison: string;
  groupName: string | null;
  label: string | null;
}

export interface IndicatorTargetRow {
  unitCode: string;
  period: string;
  value: number;
  comparison: string;
  /** The indicator's decimals (a target is met when the value rounded to them is). */
  decimals: number;
}

/** The plan with this code (its span and unit), or undefined. */
export async function readPlanSpan(db: Kysely<Database>, code: string): Promise<PlanSpanRow | undefined> {
  return db.selectFrom('plans').select(['id', 'code', 'unitCode', 'startPeriod', 'endPeriod']).where('code', '=', code).executeTakeFirst();
}

/** A plan's targets with their indicator codes, in the order they were given. */
export async function readPlanTargets(db: Kysely<Database>, planId: number): Promise<PlanTargetRow[]> {
  const rows = await db
    .selectFrom('targets')
    .innerJoin('indicators', 'indicators.id', 'targets.indicatorId')
    .select(['indicators.code as indicator', 'targets.unitCode', 'targets.period', 'targets.value', 'targets.comparison', 'targets.groupName', 'targets.label'])
    .where('targets.planId', '=', planId)
    .orderBy('targets.id')
    .execute();
  return rows.map((r) => ({ ...r, value: Number(r.value) }));
}

/** Every target of the indicator at these unit codes and periods, of any plan, in the order they were given. */
export async function readIndicatorTargets(
  db: Kysely<Database>,
  indicator: string,
  unitCodes: readonly string[],
  periods: readonly string[],
): Promise<IndicatorTargetRow[]> {
  if (unitCodes.length === 0 || periods.length === 0) return [];
  const rows = await db
    .selectFrom('targets')
    .innerJoin('indicators', 'indicators.id', 'targets.indicatorId')
    .select(['targets.unitCode', 'targets.period', 'targets.value', 'targets.comparison', 'indicators.decimals'])
    .where('indicators.code', '=', indicator)
    .where('targets.period', 'in', [...periods])
    .where('targets.unitCode', 'in', [...unitCodes])
    .orderBy('targets.id')
    .execute();
  return rows.map((r) => ({ ...r, value: Number(r.value), decimals: Number(r.decimals) }));
}
