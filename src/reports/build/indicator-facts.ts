/**
 * The figures of a progress report, read once: every indicator's row for the unit and period through the one
 * analytics query (queryIndicator, view `was`), and the plan's status (planStatus, as of the period's last day)
 * for its targets at the unit — a target whose period holds the report's period (the year's target for its first
 * half) judges the period's value, as the seeds do ("đạt 81,17%, vượt 11,17%"). Indicators without a value for the
 * period are left out; ranks (unit of measure "hạng") too: a rank is quoted from published score runs only.
 */
import type { Actor } from '../../domain/access.ts';
import { contains } from '../../domain/periods.ts';
import { evaluateTarget, type Comparison, type TargetStatus } from '../../domain/targets.ts';
import type { Store } from '../../store/db.ts';
import { queryIndicator, type AnalyticsRow } from '../../app/analytics/indicator-query.ts';
import type { PlanStatus } from '../../app/analytics/plan-status.ts';
import type { IndicatorView } from '../../app/metadata/indicators.ts';

export interface IndicatorFact {
  indicator: IndicatorView;
  /** Element codes of its formula (for the appendix of sources). */
  elements: string[];
  row: AnalyticsRow & { value: number };
  target: { value: number; comparison: Comparison; status: TargetStatus; gap: number | null; group: string | null; period: string } | null;
}

const ELEMENT_REF = /#\{([^}]+)\}/g;

export function elementsOf(indicator: Pick<IndicatorView, 'numerator' | 'denominator'>): string[] {
  const text = `${indicator.numerator} ${indicator.denominator ?? ''}`;
  return [...new Set([...text.matchAll(ELEMENT_REF)].map((m) => m[1]!))];
}

export async function indicatorFacts(
  store: Store,
  actor: Actor,
  input: { indicators: IndicatorView[]; unit: string; period: string; status: PlanStatus; asOf: string },
): Promise<IndicatorFact[]> {
  const facts: IndicatorFact[] = [];
  for (const indicator of input.indicators) {
    if (indicator.unitOfMeasure === 'hạng') continue;
    const result = await queryIndicator(store, { indicator: indicator.code, unit: input.unit, periods: [input.period], view: 'was', asOf: input.asOf }, actor);
    const row = result.rows[0];
    if (!row || row.value === null) continue;
    const planTarget = input.status.targets.find(
      (t) => t.indicator === indicator.code && t.unit === input.unit && t.status !== 'reorganised' && contains(t.period, input.period),
    );
    let target: IndicatorFact['target'] = null;
    if (planTarget) {
      const judged = evaluateTarget({ value: row.value, target: planTarget.target, comparison: planTarget.comparison, decimals: indicator.decimals });
      target = {
        value: planTarget.target,
        comparison: planTarget.comparison,
        status: judged.status,
        gap: judged.gap,
        group: planTarget.group,
        period: planTarget.period,
      };
    }
    facts.push({ indicator, elements: elementsOf(indicator), row: row as IndicatorFact['row'], target });
  }
  return facts;
}
