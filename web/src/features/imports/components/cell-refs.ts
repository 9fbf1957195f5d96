/** Spreadsheet cell references ("D7") and column letters ("AB"), and the import's errors by cell for the grid. */
import type { ImportProblem } from '../api/types';

/** 0-based column index → letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "D7" → {row: 7, column: 3}; null for anything else. */
export function parseCellRef(ref: string): { row: number; column: number } | null {
  const match = /^([A-Z]{1,3})(\d+)$/.exec(ref.trim().toUpperCase());
  if (!match) return null;
  let column = 0;
  for (const ch of match[1] ?? '') column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]), column: column - 1 };
}

/** The errors located at a cell, by "row:column" key (several errors may share a cell). */
export function problemsByCell(problems: readonly ImportProblem[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of problems) {
    const at = parseCellRef(p.cell ?? '');
    if (!at) continue;
    const key = `${at.row}:${at.column}`;
    out.set(key, [...(out.get(key) ?? []), p.message ?? '']);
  }
  return out;
}
