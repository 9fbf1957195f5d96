/**
 * The open-data catalogue: one dataset per published indicator, per public plan and per published ranking edition,
 * each with DCAT-style metadata (title, description, publisher, licence, keywords, theme, temporal and spatial
 * coverage, update frequency, issued and modified, distributions as JSON and CSV with their media types and
 * download URLs). Spans count approved values only, so a draft never shows even as a period.
 * `catalogJsonLd` (catalog-jsonld.ts) writes the same catalogue as DCAT JSON-LD.
 */
import { parsePeriod, comparePeriods, type PeriodType } from '../../domain/periods.ts';
import type { Store } from '../../store/db.ts';
import { getIndicators } from '../../store/metadata/indicators.ts';
import { targetsOfIndicator } from '../../store/metadata/plan-reads.ts';
import { listPublications } from '../../store/open-data/publications.ts';
import { approvedValueSpan } from '../../store/open-data/unapproved.ts';
import { loadIndicator } from '../../compute/analytics/indicator.ts';
import { publicPlans } from './public-plans.ts';
import { publicRankingEditions } from './public-rankings.ts';

export const OPEN_DATA_LICENSE = { title: 'Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)', url: 'https://creativecommons.org/licenses/by/4.0/' };
export const OPEN_DATA_THEME = 'Chuyển đổi số / Digital transformation';

const FREQUENCY: Record<PeriodType, string> = {
  monthly: 'http://purl.org/cld/freq/monthly',
  quarterly: 'http://purl.org/cld/freq/quarterly',
  semiannual: 'http://purl.org/cld/freq/semiannual',
  yearly: 'http://purl.org/cld/freq/annual',
};

export interface Distribution {
  title: string;
  format: 'JSON' | 'CSV';
  mediaType: string;
  downloadURL: string;
}

export interface CatalogDataset {
  identifier: string;
  kind: 'indicator' | 'plan' | 'ranking';
  title: string;
  description: string;
  publisher: string;
  license: { title: string; url: string };
  keywords: string[];
  theme: string;
  temporal: { start: string; end: string; periods: string[] } | null;
  spatial: string[];
  accrualPeriodicity: string | null;
  issued: string;
  modified: string;
  distributions: Distribution[];
}

export interface Catalog {
  title: string;
  description: string;
  publisher: string;
  license: { title: string; url: string };
  homepage: string;
  datasets: CatalogDataset[];
}

const both = (title: string, path: string, query: string): Distribution[] => [
  { title: `${title} (JSON)`, format: 'JSON', mediaType: 'application/json', downloadURL: `${path}${query}` },
  { title: `${title} (CSV)`, format: 'CSV', mediaType: 'text/csv', downloadURL: `${path}.csv${query}` },
];

/** The tree's root, the country: the reference units always hold it (app/units/reference/). */
const COUNTRY_UNIT = 'VN';

export async function openDataCatalog(store: Store, options: { baseUrl: string; publisher: string }): Promise<Catalog> {
  const base = `${options.baseUrl}/api/v1/public`;
  const common = { publisher: options.publisher, license: OPEN_DATA_LICENSE, theme: OPEN_DATA_THEME };
  const datasets: CatalogDataset[] = [];
  const publications = await listPublications(store.db, 'indicator');
  const indicators = await getIndicators(
    store.db,
    publications.map((p) => p.key),
  );
  for (const publication of publications) {
    const indicator = indicators.get(publication.key);
    if (!indicator) continue;
    const definition = await loadIndicator(store.db, indicator.code);
    const span = await approvedValueSpan(
      store.db,
      definition.elements.map((e) => e.id),
    );
    const periods = span.periods.sort(comparePeriods);
    // The units its plans set targets for; without a target, the whole country (the root the values roll up to),
    // so every distribution's link answers.
    const targeted = [...new Set((await targetsOfIndicator(store.db, indicator.code)).map((t) => t.unit))].sort();
    const units = targeted.length ? targeted : [COUNTRY_UNIT];
    const periodType = definition.elements[0]?.periodType ?? null;
    const query = units[0] && periods.length ? `?unit=${encodeURIComponent(units[0])}&periods=${periods[0]}..${periods.at(-1)}` : '';
    datasets.push({
      identifier: `indicator:${indicator.code}`,
      kind: 'indicator',
      title: indicator.name,
      description: indicator.description ?? `${indicator.name} / ${indicator.nameEn}${indicator.unitOfMeasure ? ` (${indicator.unitOfMeasure})` : ''}`,
      ...common,
      keywords: ['chuyển đổi số', 'chỉ tiêu', indicator.code, indicator.nameEn],
      temporal: periods.length ? { start: parsePeriod(periods[0]!).start, end: parsePeriod(periods.at(-1)!).end, periods } : null,
      spatial: units,
      accrualPeriodicity: periodType ? FREQUENCY[periodType] : null,
      issued: publication.publishedAt,
      modified: [publication.publishedAt, span.lastChanged ?? ''].sort().at(-1)!,
      distributions: both(indicator.name, `${base}/indicators/${encodeURIComponent(indicator.code)}`, query),
    });
  }
  for (const plan of await publicPlans(store)) {
    datasets.push({
      identifier: `plan:${plan.code}`,
      kind: 'plan',
      title: plan.name,
      description: `Tình hình thực hiện kế hoạch: ${plan.name}${plan.legalBasis ? ` (${plan.legalBasis})` : ''} / plan progress: ${plan.nameEn}`,
      ...common,
      keywords: ['kế hoạch', 'chỉ tiêu', plan.code, ...plan.indicators],
      temporal: null,
      spatial: [],
      accrualPeriodicity: null,
      issued:
        publications
          .filter((p) => plan.indicators.includes(p.key))
          .map((p) => p.publishedAt)
          .sort()[0] ?? '',
      modified:
        publications
          .filter((p) => plan.indicators.includes(p.key))
          .map((p) => p.publishedAt)
          .sort()
          .at(-1) ?? '',
      distributions: both(plan.name, `${base}/plans/${encodeURIComponent(plan.code)}`, ''),
    });
  }
  for (const ranking of await publicRankingEditions(store)) {
    const p = parsePeriod(ranking.period);
    datasets.push({
      identifier: `ranking:${ranking.framework.code}:${ranking.edition.edition}:${ranking.period}`,
      kind: 'ranking',
      title: `${ranking.framework.name} — ${ranking.edition.name}, ${ranking.period}`,
      description: `Kết quả xếp hạng đã công bố: ${ranking.framework.name}, ${ranking.edition.name}, kỳ ${ranking.period} / published ranking`,
      ...common,
      keywords: ['xếp hạng', 'chỉ số', ranking.framework.code, ranking.edition.edition],
      temporal: { start: p.start, end: p.end, periods: [ranking.period] },
      spatial: [],
      accrualPeriodicity: FREQUENCY.yearly,
      issued: ranking.publishedAt,
      modified: ranking.publishedAt,
      distributions: both(
        `${ranking.framework.name} ${ranking.period}`,
        `${base}/rankings/${encodeURIComponent(ranking.framework.code)}/${encodeURIComponent(ranking.edition.edition)}/${encodeURIComponent(ranking.period)}`,
        '',
      ),
    });
  }
  return {
    title: 'Dữ liệu mở chuyển đổi số / Open data on digital transformation',
    description: 'Các chỉ tiêu, tình hình thực hiện kế hoạch và kết quả xếp hạng đã được công bố / published indicators, plan progress and rankings',
    publisher: options.publisher,
    license: OPEN_DATA_LICENSE,
    homepage: `${options.baseUrl}/du-lieu-mo`,
    datasets,
  };
}
