/**
 * A published indicator's figures by unit and period for anonymous readers: the one analytics query
 * (queryIndicator) as PUBLIC_ACTOR, then every row an unapproved value flows into withheld — its figures null and
 * `withheld: true` (chờ duyệt) — so a draft, submitted or returned form never shows. The reported rate and the
 * row's target status and gap are dropped with a withheld figure; coverage (how many units reported) stays.
 */
import { queryIndicator, type AnalyticsRow, type Breakdown, type View } from '../analytics/indicator-query.ts';
import type { Store } from '../../store/db.ts';
import { getIndicator, getIndicators } from '../../store/metadata/indicators.ts';
import { listPublications } from '../../store/open-data/publications.ts';
import { requirePublishedIndicator, withheldCells } from './public-reader.ts';

export interface PublicIndicatorQuery {
  indicator: string;
  unit: string;
  periods: readonly string[];
  view?: View;
  breakdown?: Breakdown;
}

export interface PublicRow {
  unit: { code: string; name: string };
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  coverage: { reported: number; expected: number };
  target: number | null;
  status: string | null;
  gap: number | null;
  withheld: boolean;
}

export interface PublicIndicatorAnswer {
  indicator: { code: string; name: string; nameEn: string; unitOfMeasure: string | null; decimals: number };
  unit: { code: string; name: string };
  periods: string[];
  view: View;
  rows: PublicRow[];
}

export async function publicIndicatorValues(store: Store, query: PublicIndicatorQuery, asOf: string): Promise<PublicIndicatorAnswer> {
  const actor = await requirePublishedIndicator(store, query.indicator);
  const answer = await queryIndicator(
    store,
    { indicator: query.indicator, unit: query.unit, periods: query.periods, view: query.view ?? 'was', breakdown: query.breakdown ?? 'none', asOf },
    actor,
  );
  const withheld = await withheldCells(
    store,
    answer.indicator,
    answer.view,
    answer.rows.map((r) => r.unit.code),
  );
  const meta = await getIndicator(store.db, answer.indicator);
  return {
    indicator: {
      code: answer.indicator,
      name: meta?.name ?? answer.indicator,
      nameEn: meta?.nameEn ?? answer.indicator,
      unitOfMeasure: meta?.unitOfMeasure ?? null,
      decimals: answer.decimals,
    },
    unit: answer.unit,
    periods: answer.periods,
    view: answer.view,
    rows: answer.rows.map((row) => publicRow(row, withheld(row.unit.code, row.period))),
  };
}

function publicRow(row: AnalyticsRow, withheld: boolean): PublicRow {
  const base = { unit: row.unit, period: row.period, coverage: row.coverage, target: row.target ?? null, withheld };
  if (withheld) return { ...base, value: null, numerator: null, denominator: null, status: null, gap: null };
  return { ...base, value: row.value, numerator: row.numerator, denominator: row.denominator, status: row.status ?? null, gap: row.gap ?? null };
}

export interface PublicIndicatorHeader {
  code: string;
  name: string;
  nameEn: string;
  unitOfMeasure: string | null;
  description: string | null;
  publishedAt: string;
}

/** The published indicators, by code. */
export async function publicIndicatorList(store: Store): Promise<PublicIndicatorHeader[]> {
  const publications = await listPublications(store.db, 'indicator');
  const indicators = await getIndicators(
    store.db,
    publications.map((p) => p.key),
  );
  return publications.flatMap((p) => {
    const i = indicators.get(p.key);
    return i
      ? [
          {
            code: i.code,
            name: i.name,
            nameEn: i.nameEn,
            unitOfMeasure: i.unitOfMeasure ?? null,
            description: i.description ?? null,
            publishedAt: p.publishedAt,
          },
        ]
      : [];
  });
}
