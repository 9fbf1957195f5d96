/** A record sheet's cells as text and as dates written the Vietnamese way ("21/3/2022"), as ISO or as an Excel date. */
import type { RawCell } from './types.ts';

export function cellString(cell: RawCell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'object') return String(cell.percent);
  const text = String(cell).trim();
  return text === '' ? null : text;
}

/** 'YYYY-MM-DD' from ISO text, d/m/yyyy (also with - or .), or an Excel serial day; the text itself when none fits (the validator names it). */
export function cellDate(cell: RawCell | undefined): string | null {
  if (typeof cell === 'number' && Number.isInteger(cell) && cell > 20000 && cell < 80000) {
    return new Date(Date.UTC(1899, 11, 30) + cell * 86_400_000).toISOString().slice(0, 10);
  }
  const text = cellString(cell);
  if (text === null) return null;
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (vn) return `${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}`;
  return text;
}
