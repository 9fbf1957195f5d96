/**
 * A table cell as printed in DOCX, PDF and Markdown: numbers vi-VN through domain/vi-number.ts ("1.607.294",
 * "0,5934", "93,8%"), text as is, null as "—". XLSX keeps the raw number instead (xlsx.ts).
 */
import { formatViNumber, formatViPercent } from '../domain/vi-number.ts';
import type { ReportColumnFormat } from './model.ts';

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
