/** Metadata repository: data elements, indicators, plans with targets, all keyed by code and returned as domain shapes. */
export { getDataElement, listDataElements, upsertDataElement, dataElementTypes } from './metadata-elements.ts';
export { getIndicator, listIndicators, upsertIndicator } from './metadata-indicators.ts';
export { getPlan, listPlans, upsertPlan, replacePlanTargets } from './metadata-plans.ts';
export type { UpsertAction } from './metadata-transaction.ts';
