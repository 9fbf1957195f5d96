/**
 * GET /plans/{code}: one plan (403 unless the caller may read it: access.ts) with its targets grouped as the
 * plan files them — the target's `group` (Chính quyền số, Kinh tế số…), groups in the order they first appear,
 * targets without a group last under `group: null` — each target with its indicator's name, unit of measure,
 * decimals and direction. The targets' figures are GET /plans/{code}/status.
 */
import type { Actor } from '../../domain/access.ts';
import { appError } from '../../domain/errors.ts';
import type { Comparison, Direction } from '../../domain/metadata.ts';
import type { Store } from '../../store/db.ts';
import { getIndicators, getPlan } from '../../store/metadata/repo.ts';
import { assertMayRead, assertPlanReadable, planAccessFor } from './access.ts';
import { planView, type PlanView } from './plan-view.ts';

export interface PlanTargetView {
  indicator: { code: string; name: string; nameEn: string; unitOfMeasure: string | null; decimals: number; direction: Direction };
  unit: string;
  period: string;
  value: number;
  comparison: Comparison;
  label: string | null;
}

export interface PlanDetail extends PlanView {
  groups: Array<{ group: string | null; targets: PlanTargetView[] }>;
}

export async function readPlan(store: Store, actor: Actor, today: string, code: string): Promise<PlanDetail> {
  assertMayRead(actor);
  const plan = await getPlan(store.db, code);
  if (!plan) throw appError('PLAN_NOT_FOUND', { code });
  const access = await planAccessFor(store.db, actor, today)(plan);
  assertPlanReadable(access, plan);
  const indicators = await getIndicators(
    store.db,
    plan.targets.map((t) => t.indicator),
  );
  const groups = new Map<string | null, PlanTargetView[]>();
  for (const t of plan.targets) {
    // Targets name stored indicators (checked when the plan was saved; indicators are never deleted).
    const i = indicators.get(t.indicator);
    if (!i) continue;
    const target = {
      indicator: { code: i.code, name: i.name, nameEn: i.nameEn, unitOfMeasure: i.unitOfMeasure ?? null, decimals: i.decimals, direction: i.direction },
      unit: t.unit,
      period: t.period,
      value: t.value,
      comparison: t.comparison,
      label: t.label ?? null,
    };
    const list = groups.get(t.group ?? null) ?? [];
    list.push(target);
    groups.set(t.group ?? null, list);
  }
  const ordered = [...groups].sort(([a], [b]) => Number(a === null) - Number(b === null));
  return { ...planView({ ...plan, targetCount: plan.targets.length }, access), groups: ordered.map(([group, targets]) => ({ group, targets })) };
}
