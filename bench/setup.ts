/** The benchmark's store content: the reference units, 50 monthly elements and 25 indicators, and the value stream. */
import type { Store } from '../src/store/db.ts';
import { loadReferenceUnits } from '../src/app/units/reference/index.ts';
import { listUnits } from '../src/store/units/repo.ts';
import { upsertDataElement, upsertIndicator } from '../src/store/metadata/repo.ts';
import type { BulkRow } from '../src/app/collection/bulk-values.ts';
import { benchElements, benchIndicators, benchValue, monthsBetween, sampleCommunes, type BenchScale } from './generate.ts';

export const REFORM_MONTH = '202507';
export const OLD_TREE_DATE = '2025-06-30';
export const NEW_TREE_DATE = '2025-07-01';

export interface Commune {
  code: string;
  parentCode: string | null;
}

export interface BenchData {
  months: string[];
  oldCommunes: Commune[];
  newCommunes: Commune[];
  elementCodes: string[];
  indicatorCodes: string[];
  /** How many values the stream yields. */
  count: number;
}

export async function prepareStore(store: Store, scale: BenchScale): Promise<BenchData> {
  await loadReferenceUnits(store);
  const elements = benchElements(scale.elements);
  for (const e of elements) {
    await upsertDataElement(store.db, {
      code: e.code,
      name: e.name,
      nameEn: `Bench element ${e.code.slice(-2)}`,
      valueType: 'integer',
      timeAggregation: e.timeAggregation,
      hierarchyAggregation: 'sum',
      periodType: 'monthly',
    });
  }
  const indicators = benchIndicators(scale.elements);
  for (const i of indicators) {
    await upsertIndicator(store.db, {
      code: i.code,
      name: `Chỉ tiêu thử nghiệm ${i.code.slice(-2)}`,
      nameEn: `Bench indicator ${i.code.slice(-2)}`,
      numerator: i.numerator,
      denominator: i.denominator,
      factor: 100,
      decimals: 2,
      direction: 'higher_is_better',
    });
  }
  const communesAt = async (at: string) =>
    sampleCommunes(
      (await listUnits(store.db, { at, level: 'commune' })).items.map((u) => ({ code: u.code, parentCode: u.parentCode })),
      scale.communeFraction,
    );
  const oldCommunes = await communesAt(OLD_TREE_DATE);
  const newCommunes = await communesAt(NEW_TREE_DATE);
  const months = monthsBetween(scale.firstMonth, scale.lastMonth);
  const count = months.reduce((n, m) => n + elements.length * (m < REFORM_MONTH ? oldCommunes.length : newCommunes.length), 0);
  return { months, oldCommunes, newCommunes, elementCodes: elements.map((e) => e.code), indicatorCodes: indicators.map((i) => i.code), count };
}

/** The communes reporting in a month: the old tree before the reform, the new one from July 2025. */
export function communesOf(data: BenchData, month: string): Commune[] {
  return month < REFORM_MONTH ? data.oldCommunes : data.newCommunes;
}

/**
 * Every value, element by element, then month by month, then commune by commune: a history export of each
 * element, as a migration from a source system produces it. This order keeps each index's working set to one
 * element's slice; month-major order (element after element inside each month) touches every element's slice
 * of every index in every month and loaded at ~45,000 values/s instead (bench/README.md).
 */
export function* valueStream(data: BenchData): Generator<BulkRow> {
  for (const [i, elementCode] of data.elementCodes.entries()) {
    for (const [monthIndex, period] of data.months.entries()) {
      for (const c of communesOf(data, period)) yield { elementCode, unitCode: c.code, period, value: benchValue(i + 1, Number(c.code), monthIndex) };
    }
  }
}
