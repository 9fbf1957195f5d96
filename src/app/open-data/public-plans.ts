/**
 * Plan progress for anonymous readers: a plan's status (app/analytics/plan-status.ts, as PUBLIC_ACTOR) limited to
 * its targets on published indicators, each target an unapproved value flows into withheld (no value, status
 * `no_data`, `withheld: true`), and the summary counted again over what is left. A plan with no target on a
 * published indicator is not public (404 PLAN_NOT_FOUND, as for an unknown code).
 */
import { summariseStatuses, TARGET_STATUS_LABELS, type TargetStatus } from '../../domain/targets.ts';
import { appError } from '../../domain/errors.ts';
import type { Store } from '../../store/db.ts';
import { listPlanHeaders, planIndicatorGroups } from '../../store/metadata/plan-reads.ts';
import { planStatus } from '../analytics/plan-status.ts';
import { PUBLIC_ACTOR, publishedIndicatorCodes, withheldCells } from './public-reader.ts';

export interface PublicTarget {
  indicator: string;
  unit: string;
  period: string;
  group: string | null;
  label: string | null;
  target: number;
  comparison: string;
  value: number | null;
  status: TargetStatus;
  statusLabel: { vi: string; en: string };
  gap: number | null;
  periodOpen: boolean;
  withheld: boolean;
}

export interface PublicPlan {
  plan: { code: string; name: string; nameEn: string; legalBasis: string | null; unit: { code: string; name: string } | null };
  asOf: string;
  targets: PublicTarget[];
  summary: { total: number; metOrExceeded: number; byStatus: Record<TargetStatus, number> };
}

export interface PublicPlanHeader {
  code: string;
  name: string;
  nameEn: string;
  legalBasis: string | null;
  indicators: string[];
}

/** The plans with at least one target on a published indicator, and those indicators. */
export async function publicPlans(store: Store): Promise<PublicPlanHeader[]> {
  const published = new Set(await publishedIndicatorCodes(store));
  const groups = await planIndicatorGroups(store.db);
  const out: PublicPlanHeader[] = [];
  for (const header of await listPlanHeaders(store.db)) {
    const indicators = [...new Set(groups.filter((g) => g.plan === header.code).map((g) => g.indicator))].filter((c) => published.has(c)).sort();
    if (indicators.length > 0) out.push({ code: header.code, name: header.name, nameEn: header.nameEn, legalBasis: header.legalBasis ?? null, indicators });
  }
  return out;
}

export async function publicPlanStatus(store: Store, code: string, today: string): Promise<PublicPlan> {
  const header = (await publicPlans(store)).find((p) => p.code === code);
  if (!header) throw appError('PLAN_NOT_FOUND', { code });
  const published = new Set(header.indicators);
  const status = await planStatus(store, { plan: code, today }, PUBLIC_ACTOR);
  const targets: PublicTarget[] = [];
  for (const indicator of header.indicators) {
    const mine = status.targets.filter((t) => t.indicator === indicator && published.has(t.indicator));
    const withheld = await withheldCells(
      store,
      indicator,
      'was',
      mine.map((t) => t.unit),
    );
    for (const t of mine) {
      const hidden = withheld(t.unit, t.period);
      const shown: TargetStatus = hidden ? 'no_data' : t.status;
      targets.push({
        indicator: t.indicator,
        unit: t.unit,
        period: t.period,
        group: t.group,
        label: t.label,
        target: t.target,
        comparison: t.comparison,
        value: hidden ? null : t.value,
        status: shown,
        statusLabel: TARGET_STATUS_LABELS[shown],
        gap: hidden ? null : t.gap,
        periodOpen: t.periodOpen,
        withheld: hidden,
      });
    }
  }
  const unit = status.unit ? { code: status.unit.code, name: status.unit.name } : null;
  return {
    plan: { code, name: header.name, nameEn: header.nameEn, legalBasis: header.legalBasis, unit },
    asOf: status.asOf,
    targets,
    summary: summariseStatuses(targets.map((t) => t.status)),
  };
}
