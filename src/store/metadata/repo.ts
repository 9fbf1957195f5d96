/** Metadata repository: data elements, indicators, plans with targets, all keyed by code and returned as domain shapes. */
export { getDataElement, listDataElements, upsertDataElement, dataElementTypes } from './elements.ts';
export { getIndicator, listIndicators, upsertIndicator } from './indicators.ts';
export { getPlan, listPlans, upsertPlan, replacePlanTargets } from './plans.ts';
export type { UpsertAction } from '../transaction.ts';
