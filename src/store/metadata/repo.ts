/** Metadata repository: data elements, indicators, plans with targets, all keyed by code and returned as domain shapes. */
export { getDataElement, getDataElements, listDataElements, upsertDataElement, dataElementTypes } from './elements.ts';
export { getIndicator, getIndicators, listIndicators, upsertIndicator } from './indicators.ts';
export { getPlan, listPlans, upsertPlan, replacePlanTargets } from './plans.ts';
export { listPlanHeaders, planIndicatorGroups, targetsOfIndicator, type IndicatorTarget, type PlanHeader, type PlanIndicatorGroup } from './plan-reads.ts';
export type { UpsertAction } from '../transaction.ts';
