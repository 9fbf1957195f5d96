/**
 * Adds to analytics rows the target set for the same indicator, unit and period (first plan that has one), its
 * status and gap. A target names its unit as the code was when the period began (unit-version.ts): it goes only
 * on the row of that unit version (not on another unit re-using the code), and a unit that ended before the
 * period did is `reorganised`, not judged on the part of the period it lived (as in the plan status).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { parsePeriod } from '../../domain/periods.ts';
import { evaluateTarget, type Comparison, type TargetStatus } from '../../domain/targets.ts';
import type { IndicatorRow } from './indicator.ts';
import { endedBy, unitVersionOver, type UnitVersion } from './unit-version.ts';

export interface IndicatorRowWithTarget extends IndicatorRow {
  target?: number;
  status?: TargetStatus;
  gap?: number | null;
}

/** `units[i]` is the unit of `rows[i]` (computeForUnits keeps the order). */
export async function withTargets(db: Kysely<Database>, indicator: string, units: ReadonlyArray<{ id: number }>, rows: IndicatorRow[], asOf: string): Promise<IndicatorRowWithTarget[]> {
  if (rows.length === 0) return rows;
  const period = parsePeriod(rows[0]!.period);
  const targets = await db
    .selectFrom('targets')
    .innerJoin('indicators', 'indicators.id', 'targets.indicatorId')
    .select(['targets.unitCode', 'targets.value', 'targets.comparison', 'indicators.decimals'])
    .where('indicators.code', '=', indicator)
    .where('targets.period', '=', period.id)
    .where('targets.unitCode', 'in', [...new Set(rows.map((r) => r.unit.code))])
    .orderBy('targets.id')
    .execute();
  const byUnit = new Map<string, { target: (typeof targets)[number]; version: UnitVersion | null }>();
  for (const t of targets) {
    if (!byUnit.has(t.unitCode)) byUnit.set(t.unitCode, { target: t, version: await unitVersionOver(db, t.unitCode, period.start, period.end) });
  }
  const periodOpen = asOf <= period.end;
  return rows.map((row, i) => {
    const found = byUnit.get(row.unit.code);
    const version = found?.version;
    if (!found || !version || version.id !== units[i]?.id) return row;
    const t = found.target;
    if (endedBy(version, period.end)) return { ...row, target: Number(t.value), status: 'reorganised' as const, gap: null };
    const result = evaluateTarget({ value: row.value, target: Number(t.value), comparison: t.comparison as Comparison, decimals: Number(t.decimals), periodOpen });
    return { ...row, target: Number(t.value), status: result.status, gap: result.gap };
  });
}
