/**
 * GET /indicators/{code}: one indicator with its formula, the data elements behind it (names, value types,
 * units of measure) and the plans that target it with those targets — only the plans the caller may read
 * (access.ts), so a reporter sees the targets of the plans of their units.
 */
import type { Actor } from '../../domain/access.ts';
import { appError } from '../../domain/errors.ts';
import type { Comparison, ValueType } from '../../domain/metadata.ts';
import type { PeriodType } from '../../domain/periods.ts';
import type { Store } from '../../store/db.ts';
import { getDataElements, getIndicator, listPlanHeaders, targetsOfIndicator, type IndicatorTarget } from '../../store/metadata/repo.ts';
import { assertMayRead, planAccessFor } from './access.ts';
import { formulaElements, type FormulaPart } from './formula-elements.ts';
import { indicatorView, type IndicatorView } from './indicators.ts';
import { planView, type PlanView } from './plan-view.ts';

export interface FormulaElementView {
  code: string;
  name: string;
  nameEn: string;
  valueType: ValueType;
  periodType: PeriodType;
  unitOfMeasure: string | null;
  usedIn: FormulaPart[];
  /** The registry measure the element is computed from (its figures drill down to records); null: reported. */
  derivedFrom: string | null;
}

export interface IndicatorTargetView {
  unit: string;
  period: string;
  value: number;
  comparison: Comparison;
  group: string | null;
  label: string | null;
}

export interface IndicatorDetail extends IndicatorView {
  elements: FormulaElementView[];
  /** The plans that target the indicator, by code, each with its targets for it in the plan's order. */
  plans: Array<PlanView & { targets: IndicatorTargetView[] }>;
}

export async function readIndicator(store: Store, actor: Actor, today: string, code: string): Promise<IndicatorDetail> {
  assertMayRead(actor);
  const indicator = await getIndicator(store.db, code);
  if (!indicator) throw appError('INDICATOR_NOT_FOUND', { code });
  const used = formulaElements(indicator);
  const stored = await getDataElements(
    store.db,
    used.map((e) => e.code),
  );
  // A formula names stored elements only (checked when it was saved, and elements are never deleted).
  const elements = used.flatMap(({ code: element, usedIn }) => {
    const e = stored.get(element);
    return e
      ? [
          {
            code: e.code,
            name: e.name,
            nameEn: e.nameEn,
            valueType: e.valueType,
            periodType: e.periodType,
            unitOfMeasure: e.unitOfMeasure ?? null,
            usedIn,
            derivedFrom: e.derivedFrom ?? null,
          },
        ]
      : [];
  });
  const derived = new Set(elements.filter((e) => e.derivedFrom !== null).map((e) => e.code));
  return { ...indicatorView(indicator, derived), elements, plans: await targetingPlans(store, actor, today, await targetsOfIndicator(store.db, code)) };
}

async function targetingPlans(store: Store, actor: Actor, today: string, targets: IndicatorTarget[]): Promise<IndicatorDetail['plans']> {
  if (targets.length === 0) return [];
  const byPlan = new Map<string, IndicatorTargetView[]>();
  for (const t of targets) {
    const list = byPlan.get(t.plan) ?? [];
    list.push({ unit: t.unit, period: t.period, value: t.value, comparison: t.comparison, group: t.group ?? null, label: t.label ?? null });
    byPlan.set(t.plan, list);
  }
  const access = planAccessFor(store.db, actor, today);
  const out: IndicatorDetail['plans'] = [];
  for (const plan of await listPlanHeaders(store.db)) {
    const planTargets = byPlan.get(plan.code);
    if (!planTargets) continue;
    const seen = await access(plan);
    if (seen.readable) out.push({ ...planView(plan, seen), targets: planTargets });
  }
  return out;
}
