/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Vietnamese), comma-separated, CRLF line ends,
 * RFC 4180 quoting; numbers as plain decimals (93.8), empty for none. Public downloads use it.
 */
export const CSV_MEDIA_TYPE = 'text/csv; charset=utf-8';

type Cell = string | number | boolean | null | undefined;

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'boolean' ? (value ? 'có' : 'không') : String(value);
  // A leading = + - @ would be a formula in a spreadsheet: quoted with a leading apostrophe (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value !== 'number' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
