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

/** Column widths in mm over `totalMm`: number columns 24 mm (less when many), text columns share the rest. */
export function columnWidthsMm(t: Pick<ReportTable, 'columns'>, totalMm: number): number[] {
  const numeric = t.columns.filter((c) => isNumeric(c.format)).length;
  const text = t.columns.length - numeric;
  const numberMm = text ? Math.min(24, (totalMm * 0.6) / Math.max(numeric, 1)) : totalMm / t.columns.length;
  const textMm = text ? (totalMm - numberMm * numeric) / text : 0;
  return t.columns.map((c) => (isNumeric(c.format) ? numberMm : textMm));
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
