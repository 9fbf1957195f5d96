/**
 * Reported rates beside the computed one: when an indicator is one count over one total, and a rate-consistency
 * rule ties those two elements to a rate element the units report as well ("17/19 … đạt tỷ lệ 89,4%"), each row
 * whose unit reported that rate carries it with the rate its count and total give at the precision it was typed
 * with (domain/rate-consistency.ts) and whether they agree. The write path lets such a rate in only as an accepted
 * warning (with a comment); this is how the screens see it afterwards. One read of the rate's totals for all rows.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { Period, PeriodType } from '../../domain/periods.ts';
import { checkReportedRate } from '../../domain/rate-consistency.ts';
import { typedDecimals, type RateConsistencyRule, type ValidationRule } from '../../domain/validation-rules.ts';
import { readElementAggregations } from '../../store/metadata/indicator-formula.ts';
import type { IndicatorDefinition, IndicatorRow } from './indicator.ts';
import { readUnitTotals } from './unit-totals.ts';
import type { View } from './unit-resolve.ts';

export interface ReportedRate {
  /** The rate element. */
  element: string;
  /** The rate as reported (percent). */
  reported: number;
  /** count / total × 100 rounded to the reported rate's decimals. */
  expected: number;
  decimals: number;
  consistent: boolean;
}

/** The rule that ties this indicator's count and total to a reported rate, or null. */
export function reportedRateRule(def: IndicatorDefinition, rules: readonly ValidationRule[]): RateConsistencyRule | null {
  if (def.numerator.kind !== 'element' || def.denominator?.kind !== 'element') return null;
  const count = def.numerator.code;
  const total = def.denominator.code;
  return rules.find((r): r is RateConsistencyRule => r.kind === 'rate_consistency' && r.countElement === count && r.totalElement === total) ?? null;
}

export async function withReportedRates<R extends IndicatorRow>(
  db: Kysely<Database>,
  def: IndicatorDefinition,
  rules: readonly ValidationRule[],
  units: ReadonlyArray<{ id: number; code: string }>,
  periods: readonly Period[],
  view: View,
  rows: R[],
): Promise<Array<R & { reportedRate?: ReportedRate }>> {
  const rule = reportedRateRule(def, rules);
  if (!rule || rows.length === 0) return rows;
  const [element] = await readElementAggregations(db, [rule.rateElement]);
  if (!element) return rows;
  const totals = await readUnitTotals(db, view, [{ ...element, periodType: element.periodType as PeriodType }], [...new Set(units.map((u) => u.id))], periods);
  const idOf = new Map(units.map((u) => [u.code, u.id]));
  const rate = new Map(totals.filter((t) => t.n > 0).map((t) => [`${t.unitId}|${t.period}`, t.sum]));
  return rows.map((row) => {
    const reported = rate.get(`${idOf.get(row.unit.code)}|${row.period}`);
    if (reported === undefined || row.numerator === null || row.denominator === null || row.denominator === 0) return row;
    const check = checkReportedRate(row.numerator, row.denominator, reported, typedDecimals(reported));
    return { ...row, reportedRate: { element: rule.rateElement, reported, expected: check.expected, decimals: check.decimals, consistent: check.consistent } };
  });
}
