/** Adds to analytics rows the target set for the same indicator, unit and period (first plan that has one), its status and gap. */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import { parsePeriod } from '../domain/periods.ts';
import { evaluateTarget, type Comparison, type TargetStatus } from '../domain/targets.ts';
import type { IndicatorRow } from './compute-indicator.ts';

export interface IndicatorRowWithTarget extends IndicatorRow {
  target?: number;
  status?: TargetStatus;
  gap?: number | null;
}

export async function withTargets(db: Kysely<Database>, indicator: string, rows: IndicatorRow[], asOf: string): Promise<IndicatorRowWithTarget[]> {
  if (rows.length === 0) return rows;
  const period = rows[0]!.period;
  const targets = await db
    .selectFrom('targets')
    .innerJoin('indicators', 'indicators.id', 'targets.indicatorId')
    .select(['targets.unitCode', 'targets.value', 'targets.comparison', 'indicators.decimals'])
    .where('indicators.code', '=', indicator)
    .where('targets.period', '=', period)
    .orderBy('targets.id')
    .execute();
  const byUnit = new Map<string, (typeof targets)[number]>();
  for (const t of targets) if (!byUnit.has(t.unitCode)) byUnit.set(t.unitCode, t);
  const periodOpen = asOf <= parsePeriod(period).end;
  return rows.map((row) => {
    const t = byUnit.get(row.unit.code);
    if (!t) return row;
    const result = evaluateTarget({ value: row.value, target: Number(t.value), comparison: t.comparison as Comparison, decimals: Number(t.decimals), periodOpen });
    return { ...row, target: Number(t.value), status: result.status, gap: result.gap };
  });
}
