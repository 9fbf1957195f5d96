/**
 * A framework edition's results as its owner published them (the Ministry's DTI tables), in the shape an
 * administrator enters them: per unit the total, the main indices and the pillars, each a value (0..1) and/or
 * a rank as published, the rank change when the source states it, which figures were worked out rather than
 * stated (`derived`) and a note. JSON takes this shape as is; a CSV or XLSX sheet is one row per unit with the
 * columns below (readPublishedTable), cells as people type them ("0,5934").
 *
 * Columns: `unit` (the official code; also `ma_don_vi`, `unit_code`), `name` (ignored, for people), `score`
 * (`tong`), `rank` (`xep_hang`), `rank_change`, `<CODE>` or `<CODE>.value` and `<CODE>.rank` for each main
 * index and pillar of the edition, `derived` (field names separated by `;`), `note`.
 */
import { parseViNumber } from '../vi-number.ts';
import type { RunSource } from './run-types.ts';
import type { EditionDefinition } from './types.ts';
import { problem, type PublishedProblem } from './published-problems.ts';

export interface PublishedFigure {
  value?: number | null;
  rank?: number | null;
}

export interface PublishedRow {
  unit: string;
  score?: number | null;
  rank?: number | null;
  rankChange?: number | null;
  mainIndices?: Record<string, PublishedFigure>;
  pillars?: Record<string, PublishedFigure>;
  derived?: string[];
  note?: string | null;
}

/** What an import carries besides the rows (JSON holds them; a CSV/XLSX gets them from the command or the form). */
export interface PublishedRunHeader {
  period?: string;
  level?: string;
  /** The date of the unit tree the codes are read at (default: the period's last day). */
  at?: string;
  source?: RunSource;
}

export interface PublishedRunFile extends PublishedRunHeader {
  results: PublishedRow[];
}

export type TableCell = string | number | boolean | null | { percent: number };

const UNIT = ['unit', 'unit_code', 'ma_don_vi', 'ma'];
const SCORE = ['score', 'tong', 'dti', 'value'];
const RANK = ['rank', 'xep_hang'];
const RANK_CHANGE = ['rank_change', 'thay_doi_hang'];
const IGNORED = ['name', 'ten', 'ten_don_vi'];

type Column =
  | { kind: 'unit' | 'score' | 'rank' | 'rankChange' | 'derived' | 'note' | 'ignored' }
  | { kind: 'part'; group: 'mainIndices' | 'pillars'; code: string; field: 'value' | 'rank' };

function columnOf(header: string, edition: EditionDefinition): Column | null {
  const h = header.trim();
  const lower = h.toLowerCase();
  if (UNIT.includes(lower)) return { kind: 'unit' };
  if (SCORE.includes(lower)) return { kind: 'score' };
  if (RANK.includes(lower)) return { kind: 'rank' };
  if (RANK_CHANGE.includes(lower)) return { kind: 'rankChange' };
  if (lower === 'derived' || lower === 'suy_ra') return { kind: 'derived' };
  if (lower === 'note' || lower === 'ghi_chu') return { kind: 'note' };
  if (IGNORED.includes(lower)) return { kind: 'ignored' };
  const [code, field = 'value', ...rest] = h.split('.');
  if (rest.length > 0 || (field !== 'value' && field !== 'rank')) return null;
  if (edition.mainIndices.some((m) => m.code === code)) return { kind: 'part', group: 'mainIndices', code: code!, field };
  if (edition.pillars.some((p) => p.code === code)) return { kind: 'part', group: 'pillars', code: code!, field };
  return null;
}

function cellText(cell: TableCell): string {
  if (cell === null) return '';
  if (typeof cell === 'object') return `${cell.percent}%`;
  return String(cell).trim();
}

/** A number cell: a number as stored, or text read the vi-VN way; a percentage is refused (values are 0..1). */
function cellNumber(cell: TableCell, path: string, problems: PublishedProblem[]): number | null | undefined {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return undefined;
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'object' || typeof cell === 'boolean' || cell.trim().endsWith('%')) {
    problems.push(problem('not_a_number', path, `"${cellText(cell)}" không phải giá trị 0..1 (nhập 0,5934, không nhập %)`, 'not a 0..1 value (no percent)'));
    return null;
  }
  try {
    return parseViNumber(cell).value;
  } catch {
    problems.push(problem('not_a_number', path, `"${cell}" không phải là số`, 'not a number'));
    return null;
  }
}

/** A sheet (header row + rows) → published rows; unknown columns and unreadable cells are problems, located by row and column. */
export function readPublishedTable(
  header: readonly TableCell[],
  rows: ReadonlyArray<{ rowNumber: number; cells: readonly TableCell[] }>,
  edition: EditionDefinition,
): { rows: PublishedRow[]; problems: PublishedProblem[] } {
  const problems: PublishedProblem[] = [];
  const columns = header.map((cell, i) => {
    const name = cellText(cell);
    if (name === '') return { kind: 'ignored' } as Column;
    const column = columnOf(name, edition);
    if (!column)
      problems.push(
        problem(
          'unknown_column',
          `header[${i}]`,
          `cột "${name}" không phải chỉ số chính hay trụ cột của ${edition.framework} ${edition.edition}`,
          'unknown column',
        ),
      );
    return column ?? ({ kind: 'ignored' } as Column);
  });
  if (!columns.some((c) => c.kind === 'unit')) problems.push(problem('missing_column', 'header', 'thiếu cột mã đơn vị (unit)', 'no unit column'));
  const out: PublishedRow[] = [];
  for (const { rowNumber, cells } of rows) {
    if (cells.every((c) => cellText(c) === '')) continue;
    const row: PublishedRow = { unit: '' };
    columns.forEach((column, i) => {
      const cell = cells[i] ?? null;
      const path = `rows[${rowNumber}].${cellText(header[i] ?? null) || i}`;
      switch (column.kind) {
        case 'unit':
          row.unit = cellText(cell);
          break;
        case 'score':
        case 'rank':
        case 'rankChange': {
          const n = cellNumber(cell, path, problems);
          if (n !== undefined) row[column.kind] = n;
          break;
        }
        case 'derived': {
          const list = cellText(cell)
            .split(/[;,]/)
            .map((s) => s.trim())
            .filter(Boolean);
          if (list.length) row.derived = list;
          break;
        }
        case 'note':
          if (cellText(cell)) row.note = cellText(cell);
          break;
        case 'part': {
          const n = cellNumber(cell, path, problems);
          if (n === undefined) break;
          const group = (row[column.group] ??= {});
          (group[column.code] ??= {})[column.field] = n;
          break;
        }
        default:
      }
    });
    out.push(row);
  }
  return { rows: out, problems };
}
