/**
 * An indicator's sentence and table row in its section. The kind picks the template: a target met or exceeded
 * (indicator.met), missed (indicator.not_met), else a count "x/y" when the indicator is a ratio of counts
 * (indicator.count: "71/71 … đạt tỷ lệ 100%"), else the value alone (indicator.no_target). A rate computed from
 * counts prints to one decimal, as the seeds print it (585/624 → 93,8%); a reported rate prints as reported
 * (81,17%), trailing zeros dropped. Numbers reach the template as numbers; the domain formats them vi-VN.
 */
import { fillTemplate, formatReportNumber, type TemplateTexts, type TemplateValue } from '../../domain/report-template.ts';
import { TARGET_STATUS_LABELS } from '../../domain/targets.ts';
import type { ReportTable } from '../model.ts';
import type { IndicatorFact } from './indicator-facts.ts';

/** Decimals of a rate computed from a count of hundreds in a sentence ("93,8%"); the table keeps the indicator's own. */
export const COUNT_RATE_DECIMALS = 1;
/** From this denominator on, a computed rate prints with the indicator's decimals (81,17% of 75.000 dossiers). */
export const FULL_PRECISION_FROM = 1000;

/** The indicator's figure with its unit: 81,17% (a percentage), 400 Mbps, 0,5934. */
export function measured(value: number, fact: Pick<IndicatorFact, 'indicator'>, decimals = fact.indicator.decimals): TemplateValue {
  const unit = fact.indicator.unitOfMeasure;
  if (unit === '%') return { kind: 'percent', value, decimals };
  return unit ? `${formatReportNumber(value, decimals)} ${unit}` : { kind: 'number', value, decimals };
}

function isCount(fact: IndicatorFact): boolean {
  const { numerator, denominator } = fact.row;
  return fact.indicator.denominator !== null && numerator !== null && denominator !== null && Number.isInteger(numerator) && Number.isInteger(denominator);
}

export function indicatorSentence(texts: TemplateTexts, fact: IndicatorFact, periodText: string): string {
  const name = fact.indicator.name;
  const count = isCount(fact);
  const value = measured(fact.row.value, fact, shownDecimals(fact));
  const base = { name, value, period: periodText };
  if (fact.target && fact.target.status !== 'no_data') {
    const met = fact.target.status === 'met' || fact.target.status === 'exceeded';
    const gap = fact.target.gap === null ? undefined : measured(Math.abs(fact.target.gap), fact);
    return fillTemplate(texts, met ? 'indicator.met' : 'indicator.not_met', { ...base, target: measured(fact.target.value, fact), ...(gap ? { gap } : {}) });
  }
  if (count) {
    return fillTemplate(texts, 'indicator.count', {
      ...base,
      numerator: { kind: 'integer', value: fact.row.numerator! },
      denominator: { kind: 'integer', value: fact.row.denominator! },
    });
  }
  return fillTemplate(texts, 'indicator.no_target', base);
}

export const INDICATOR_COLUMNS: ReportTable['columns'] = [
  { label: 'Chỉ tiêu', format: { kind: 'text' } },
  { label: 'Đơn vị tính', format: { kind: 'text' } },
  { label: 'Kết quả', format: { kind: 'number', decimals: 2 } },
  { label: 'Tử số', format: { kind: 'number', decimals: 0 } },
  { label: 'Mẫu số', format: { kind: 'number', decimals: 0 } },
  { label: 'Kế hoạch', format: { kind: 'number', decimals: 2 } },
  { label: 'Đánh giá', format: { kind: 'text' } },
];

/** The decimals an indicator's figure prints with, in its sentence and in its table row. */
export function shownDecimals(fact: IndicatorFact): number {
  return isCount(fact) && fact.row.denominator! < FULL_PRECISION_FROM ? COUNT_RATE_DECIMALS : fact.indicator.decimals;
}

const roundTo = (value: number, decimals: number): number => Number(value.toFixed(decimals));

export function indicatorRow(fact: IndicatorFact): (string | number | null)[] {
  const count = isCount(fact);
  return [
    fact.indicator.name,
    fact.indicator.unitOfMeasure ?? '',
    roundTo(fact.row.value, shownDecimals(fact)),
    count ? fact.row.numerator : null,
    count ? fact.row.denominator : null,
    fact.target?.value ?? null,
    fact.target ? TARGET_STATUS_LABELS[fact.target.status].vi : 'không có chỉ tiêu kế hoạch',
  ];
}

/**
 * A section's table of its indicators: each result rounded as its sentence prints it (585/624 → 93,8, as the
 * text says, not 93,75), the result and plan columns with as many decimals as the table's figures need, and no
 * number column that no row fills.
 */
export function indicatorTable(title: string, facts: readonly IndicatorFact[]): ReportTable {
  const decimals = Math.max(0, ...facts.map(shownDecimals));
  const columns = INDICATOR_COLUMNS.map((column) =>
    column.label === 'Kết quả' || column.label === 'Kế hoạch' ? { ...column, format: { kind: 'number' as const, decimals } } : column,
  );
  return withoutEmptyColumns({ title, columns, rows: facts.map(indicatorRow) });
}

/** The table without the number columns no row fills (no count behind any rate, no target): nothing printed as a column of "—". */
export function withoutEmptyColumns(table: ReportTable): ReportTable {
  const keep = table.columns.map((column, i) => column.format.kind === 'text' || table.rows.some((row) => row[i] !== null && row[i] !== undefined));
  return { ...table, columns: table.columns.filter((_, i) => keep[i]), rows: table.rows.map((row) => row.filter((_, i) => keep[i])) };
}
