/**
 * The demo's elements derived from a feed's records (monthly flows, summed up the tree and over time) and the rate
 * indicators over them (numerator / denominator × 100, two decimals), upserted on every demo run.
 */
import type { Store } from '../../store/db.ts';
import { upsertDataElement, upsertIndicator } from '../../store/metadata/repo.ts';

export type DerivedElementSpec = readonly [code: string, derivedFrom: string, name: string, nameEn: string];
export type RateIndicatorSpec = readonly [code: string, name: string, nameEn: string, numerator: string, denominator: string];

export async function upsertDerivedMetadata(
  store: Store,
  spec: { elements: readonly DerivedElementSpec[]; indicators: readonly RateIndicatorSpec[]; unitOfMeasure: string; describe: (derivedFrom: string) => string },
): Promise<void> {
  for (const [code, derivedFrom, name, nameEn] of spec.elements)
    await upsertDataElement(store.db, {
      code,
      name,
      nameEn,
      description: spec.describe(derivedFrom),
      valueType: 'integer',
      timeAggregation: 'sum',
      hierarchyAggregation: 'sum',
      periodType: 'monthly',
      unitOfMeasure: spec.unitOfMeasure,
      derivedFrom,
    });
  for (const [code, name, nameEn, numerator, denominator] of spec.indicators)
    await upsertIndicator(store.db, {
      code,
      name,
      nameEn,
      numerator: `#{${numerator}}`,
      denominator: `#{${denominator}}`,
      factor: 100,
      unitOfMeasure: '%',
      decimals: 2,
      direction: 'higher_is_better',
    });
}
