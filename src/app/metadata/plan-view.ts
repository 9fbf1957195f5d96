/** A plan as the metadata reads present it: its fields (null when empty), its unit's name and its number of targets. */
import type { PlanHeader } from '../../store/metadata/repo.ts';
import type { PlanAccess } from './access.ts';

export interface PlanView {
  code: string;
  name: string;
  nameEn: string;
  legalBasis: string | null;
  unitCode: string | null;
  /** The name of the unit version the plan is for (Bắc Kạn for 06 in 2022–2025); null without one. */
  unitName: string | null;
  startPeriod: string | null;
  endPeriod: string | null;
  targetCount: number;
}

export function planView(plan: PlanHeader, access: PlanAccess): PlanView {
  return {
    code: plan.code,
    name: plan.name,
    nameEn: plan.nameEn,
    legalBasis: plan.legalBasis ?? null,
    unitCode: plan.unitCode ?? null,
    unitName: access.unit?.name ?? null,
    startPeriod: plan.startPeriod ?? null,
    endPeriod: plan.endPeriod ?? null,
    targetCount: plan.targetCount,
  };
}
