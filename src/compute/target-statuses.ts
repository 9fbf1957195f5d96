/**
 * Target status for every target of a plan: the indicator's value at the target's unit and period (the tree as
 * it was then; a unit that no longer exists is still found), status and gap (domain/targets.ts), a linear
 * projection while the period is still open, and the summary "8/19 chỉ tiêu đạt và vượt kế hoạch" by group.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import { childrenOf, parsePeriod, PERIOD_TYPES } from '../domain/periods.ts';
import { evaluateTarget, projectLinear, summariseStatuses, TARGET_STATUS_LABELS, type Comparison, type TargetStatus } from '../domain/targets.ts';
import { todayIsoDate } from '../domain/dates.ts';
import { computeForUnits, loadIndicator, type IndicatorDefinition } from './compute-indicator.ts';
import { resolveUnit, viewDates } from './unit-resolve.ts';
import { ComputeError } from './compute-error.ts';

export interface TargetStatusRow {
  indicator: string;
  unit: string;
  period: string;
  group: string | null;
  label: string | null;
  target: number;
  comparison: Comparison;
  value: number | null;
  status: TargetStatus;
  statusLabel: { vi: string; en: string };
  gap: number | null;
  projected: number | null;
  periodOpen: boolean;
  coverage: { reported: number; expected: number } | null;
}

export interface StatusSummary {
  total: number;
  metOrExceeded: number;
  byStatus: Record<TargetStatus, number>;
  text: string;
}

export interface PlanStatus {
  plan: string;
  asOf: string;
  targets: TargetStatusRow[];
  summary: StatusSummary;
  groups: Array<{ group: string | null; summary: StatusSummary }>;
}

export async function targetStatuses(db: Kysely<Database>, options: { plan: string; asOf?: string }): Promise<PlanStatus> {
  const asOf = options.asOf ?? todayIsoDate();
  const plan = await db.selectFrom('plans').select(['id', 'code']).where('code', '=', options.plan).executeTakeFirst();
  if (!plan) throw new ComputeError('unknown_plan', `Không có kế hoạch mã '${options.plan}' / unknown plan`, options.plan);
  const targets = await db
    .selectFrom('targets')
    .innerJoin('indicators', 'indicators.id', 'targets.indicatorId')
    .select(['indicators.code as indicator', 'targets.unitCode', 'targets.period', 'targets.value', 'targets.comparison', 'targets.groupName', 'targets.label'])
    .where('targets.planId', '=', plan.id)
    .orderBy('targets.id')
    .execute();
  const definitions = new Map<string, IndicatorDefinition>();
  const rows: TargetStatusRow[] = [];
  for (const t of targets) {
    const def = definitions.get(t.indicator) ?? (await loadIndicator(db, t.indicator));
    definitions.set(t.indicator, def);
    const period = parsePeriod(t.period);
    const periodOpen = asOf <= period.end;
    const unit = (await resolveUnit(db, t.unitCode, await viewDates(db, 'was', period))) ?? (await resolveUnit(db, t.unitCode, await viewDates(db, 'now', period)));
    const view = 'was';
    const computed = unit ? (await computeForUnits(db, def, [unit.unit], period, view))[0]! : null;
    let projected: number | null = null;
    if (unit && periodOpen && computed) {
      const lead = def.elements.find((e) => e.inNumerator);
      if (lead && PERIOD_TYPES.indexOf(lead.periodType) < PERIOD_TYPES.indexOf(period.type)) {
        const subs = childrenOf(period, lead.periodType);
        const points: Array<{ t: number; value: number }> = [];
        for (const [t, sub] of subs.entries()) {
          if (parsePeriod(sub).start > asOf) break;
          const [row] = await computeForUnits(db, def, [unit.unit], parsePeriod(sub), view);
          if (row?.value !== null && row?.value !== undefined) points.push({ t, value: row.value });
        }
        projected = projectLinear(points, subs.length - 1);
        // A total of a flow (no denominator): what came in so far plus the trend for the months still to come.
        if (projected !== null && lead.timeAggregation === 'sum' && !def.denominator && computed.value !== null) {
          const lastT = points[points.length - 1]?.t ?? -1;
          let rest = 0;
          for (let t = lastT + 1; t < subs.length; t++) rest += projectLinear(points, t) ?? 0;
          projected = computed.value + rest;
        }
      }
    }
    const comparison = t.comparison as Comparison;
    const value = computed?.value ?? null;
    const result = evaluateTarget({ value, target: Number(t.value), comparison, decimals: def.decimals, periodOpen, projected });
    rows.push({
      indicator: t.indicator,
      unit: t.unitCode,
      period: t.period,
      group: t.groupName,
      label: t.label,
      target: Number(t.value),
      comparison,
      value,
      status: result.status,
      statusLabel: TARGET_STATUS_LABELS[result.status],
      gap: result.gap,
      projected,
      periodOpen,
      coverage: computed?.coverage ?? null,
    });
  }
  const groupNames = [...new Set(rows.map((r) => r.group))];
  return {
    plan: plan.code,
    asOf,
    targets: rows,
    summary: summarise(rows),
    groups: groupNames.map((group) => ({ group, summary: summarise(rows.filter((r) => r.group === group)) })),
  };
}

function summarise(rows: TargetStatusRow[]): StatusSummary {
  const s = summariseStatuses(rows.map((r) => r.status));
  return { ...s, text: `${s.metOrExceeded}/${s.total} chỉ tiêu đạt và vượt kế hoạch` };
}
