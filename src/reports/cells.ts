/**
 * A table cell as printed in DOCX, PDF and Markdown: numbers vi-VN through domain/vi-number.ts ("1.607.294",
 * "0,5934", "93,8%"), text as is, null as "—". XLSX keeps the raw number instead (xlsx.ts). Also the columns'
 * widths, the same in DOCX and PDF.
 */
import { formatViNumber, formatViPercent } from '../domain/vi-number.ts';
import type { ReportColumnFormat, ReportTable } from './model.ts';

export const EMPTY_CELL = '—';

export function formatCell(value: string | number | null | undefined, format: ReportColumnFormat): string {
  if (value === null || value === undefined || value === '') return EMPTY_CELL;
  if (typeof value === 'string') return value;
  if (format.kind === 'percent') return formatViPercent(value, format.decimals);
  if (format.kind === 'number') return formatViNumber(value, format.decimals);
  return formatViNumber(value, Number.isInteger(value) ? 0 : 2);
}

/** Whether a column is right-aligned (numbers) in the printed tables. */
export const isNumeric = (format: ReportColumnFormat): boolean => format.kind !== 'text';

/**
 * Column widths in mm over `totalMm`, from what the cells hold: a number column as wide as its longest figure or
 * label word (18–26 mm), the text columns sharing the rest by the square root of their longest text (a long
 * indicator name gets room, a "%" unit column stays narrow, never under 14 mm).
 */
export function columnWidthsMm(t: Pick<ReportTable, 'columns' | 'rows'>, totalMm: number): number[] {
  const longest = (i: number): number =>
    Math.max(...t.columns[i]!.label.split(/\s+/).map((word) => word.length), ...t.rows.map((row) => formatCell(row[i], t.columns[i]!.format).length));
  const numberMm = t.columns.map((c, i) => (isNumeric(c.format) ? Math.min(26, Math.max(18, longest(i) * 2.2 + 5)) : 0));
  const textWeights = t.columns.map((c, i) => (isNumeric(c.format) ? 0 : Math.sqrt(Math.max(longest(i), 4))));
  const weightSum = textWeights.reduce((a, b) => a + b, 0);
  if (weightSum === 0) return t.columns.map(() => totalMm / t.columns.length);
  const rest = Math.max(totalMm - numberMm.reduce((a, b) => a + b, 0), 14 * textWeights.filter(Boolean).length);
  const textMm = textWeights.map((w) => (w ? Math.max(14, (rest * w) / weightSum) : 0));
  const widths = t.columns.map((c, i) => (isNumeric(c.format) ? numberMm[i]! : textMm[i]!));
  const scale = totalMm / widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => w * scale);
}

/** The sources appendix as a table: STT narrow, the subject a third, the citation the rest. */
export function sourcesTable(sources: { subject: string; citation: string }[], totalMm: number): { table: ReportTable; widthsMm: number[] } {
  return {
    table: {
      title: '',
      columns: [
        { label: 'STT', format: { kind: 'number', decimals: 0 } },
        { label: 'Số liệu', format: { kind: 'text' } },
        { label: 'Nguồn', format: { kind: 'text' } },
      ],
      rows: sources.map((s, i) => [i + 1, s.subject, s.citation]),
    },
    widthsMm: [12, (totalMm - 12) / 3, ((totalMm - 12) * 2) / 3],
  };
}
