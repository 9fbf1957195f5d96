/**
 * Finds the header of a sheet among its first rows and maps columns to the unit code, the unit name
 * and the dataset's elements. Real files have title rows above the header, a group row ("Hạ tầng số"
 * merged over several columns), element names in a second row, sometimes codes in a third row or in
 * the header text ("Số xã có cáp quang (FIBRE_COMMUNES)"), and a column-number row "(1) (2) (3)".
 * Codes win over names; names are compared without accents.
 */
import { foldVietnamese } from '../../domain/text.ts';
import { cellRef, columnLetter } from './cell-ref.ts';
import type { ImportElement, ImportProblem, RawCell, SheetRow } from './types.ts';

/** How many rows from the top may hold titles and headers. */
export const HEADER_SCAN_ROWS = 30;

const UNIT_CODE_HEADERS = ['ma don vi', 'ma dvhc', 'ma dv', 'ma', 'ma so', 'ma xa', 'ma tinh', 'ma co quan', 'unit code', 'code', 'ma don vi hanh chinh'];
const UNIT_NAME_HEADERS = [
  'ten don vi',
  'don vi',
  'ten',
  'ten xa',
  'ten dvhc',
  'xa phuong',
  'xa phuong dac khu',
  'don vi bao cao',
  'co quan don vi',
  'unit',
  'unit name',
  'dia phuong',
  'ten co quan',
  'ten dia phuong',
];
const IGNORED_HEADERS = ['stt', 'tt', 'so tt', 'no'];
/** A row's comment and evidence (minh chứng), applied to each of its values. */
export const COMMENT_HEADERS = ['ghi chu', 'note', 'comment', 'ghi chu giai trinh'];
export const EVIDENCE_HEADERS = ['minh chung', 'evidence', 'tai lieu minh chung', 'ma minh chung'];

export interface HeaderMatch {
  /** The last header row; data starts below it. */
  lastHeaderRow: number;
  unitCodeColumn: number | null;
  unitNameColumn: number | null;
  /** "Ghi chú" and "Minh chứng": text applied to every value of the row. */
  commentColumn: number | null;
  evidenceColumn: number | null;
  /** Column index → element. */
  elementColumns: Map<number, ImportElement>;
  warnings: ImportProblem[];
  errors: ImportProblem[];
}

/** Header text folded for comparison: no accents, lower case, punctuation as spaces. */
export function foldHeader(text: string): string {
  return foldVietnamese(text.replace(/[\s_\-–—:.,;()[\]/\\*]+/g, ' '));
}

function cellText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'object') return String(cell.percent);
  return String(cell).trim();
}

interface CellMatch {
  kind: 'unitCode' | 'unitName' | 'element' | 'comment' | 'evidence' | 'ignored';
  element?: ImportElement;
  /** 3 code, 2 code in text, 1 name. */
  strength: number;
}

function matcher(elements: readonly ImportElement[]) {
  const byCode = new Map(elements.map((e) => [e.code.toLowerCase(), e]));
  const byName = new Map<string, ImportElement[]>();
  for (const e of elements) byName.set(foldHeader(e.name), [...(byName.get(foldHeader(e.name)) ?? []), e]);
  return (text: string): CellMatch | null => {
    if (text === '') return null;
    const exact = byCode.get(text.toLowerCase());
    if (exact) return { kind: 'element', element: exact, strength: 3 };
    for (const m of text.matchAll(/[([]\s*([A-Za-z0-9_.-]+)\s*[)\]]/g)) {
      const inText = byCode.get((m[1] ?? '').toLowerCase());
      if (inText) return { kind: 'element', element: inText, strength: 2 };
    }
    const folded = foldHeader(text);
    const named = byName.get(folded) ?? byName.get(foldHeader(text.replace(/[([][^)\]]*[)\]]/g, ' ')));
    if (named?.length === 1) return { kind: 'element', element: named[0], strength: 1 };
    if (UNIT_CODE_HEADERS.includes(folded) || folded.startsWith('ma don vi') || folded.startsWith('ma dvhc')) return { kind: 'unitCode', strength: 0 };
    if (UNIT_NAME_HEADERS.includes(folded) || folded.startsWith('ten don vi')) return { kind: 'unitName', strength: 0 };
    if (COMMENT_HEADERS.includes(folded)) return { kind: 'comment', strength: 0 };
    if (EVIDENCE_HEADERS.includes(folded)) return { kind: 'evidence', strength: 0 };
    if (IGNORED_HEADERS.includes(folded)) return { kind: 'ignored', strength: 0 };
    return null;
  };
}

/** "(1)", "(2)", "A", "B": the column-number row some forms put under the header. */
function isNumberingRow(row: SheetRow): boolean {
  const texts = row.cells.map(cellText).filter((t) => t !== '');
  return texts.length > 1 && texts.every((t) => /^\(\s*[0-9A-Za-z]{1,3}\s*\)$/.test(t));
}

/** Finds the header among `rows` (the first rows of a sheet), or null when no row looks like one. */
export function matchHeader(rows: readonly SheetRow[], elements: readonly ImportElement[]): HeaderMatch | null {
  const match = matcher(elements);
  const matched = rows.map((row) => row.cells.map((cell) => match(cellText(cell))));
  // Only unit and element columns start or continue a header ("Ghi chú" alone does not).
  const anchors = (m: CellMatch | null): boolean => m !== null && (m.kind === 'unitCode' || m.kind === 'unitName' || m.kind === 'element');
  const first = matched.findIndex((cells) => cells.some(anchors));
  if (first < 0) return null;
  let last = first;
  while (last + 1 < rows.length) {
    const next = matched[last + 1] as (CellMatch | null)[];
    if (next.some(anchors) || isNumberingRow(rows[last + 1] as SheetRow)) last++;
    else break;
  }
  const result: HeaderMatch = {
    lastHeaderRow: (rows[last] as SheetRow).rowNumber,
    unitCodeColumn: null,
    unitNameColumn: null,
    commentColumn: null,
    evidenceColumn: null,
    elementColumns: new Map(),
    warnings: [],
    errors: [],
  };
  const best = new Map<number, CellMatch>();
  const labels = new Map<number, string>();
  for (let r = first; r <= last; r++) {
    (matched[r] as (CellMatch | null)[]).forEach((m, column) => {
      const text = cellText((rows[r] as SheetRow).cells[column]);
      if (text !== '' && m?.kind !== 'ignored') labels.set(column, text);
      if (!m) return;
      const previous = best.get(column);
      if (!previous || m.strength > previous.strength || (previous.kind === 'ignored' && m.kind !== 'ignored')) best.set(column, m);
    });
  }
  const columnOf = new Map<string, number>();
  for (const [column, m] of [...best].sort((a, b) => a[0] - b[0])) {
    if (m.kind === 'unitCode' && result.unitCodeColumn === null) result.unitCodeColumn = column;
    else if (m.kind === 'unitName' && result.unitNameColumn === null) result.unitNameColumn = column;
    else if (m.kind === 'comment' && result.commentColumn === null) result.commentColumn = column;
    else if (m.kind === 'evidence' && result.evidenceColumn === null) result.evidenceColumn = column;
    else if (m.kind === 'element' && m.element) {
      const seen = columnOf.get(m.element.code);
      if (seen !== undefined) {
        result.errors.push({
          row: result.lastHeaderRow,
          column: m.element.code,
          cell: cellRef(result.lastHeaderRow, column),
          message: `Chỉ tiêu ${m.element.code} có ở cả cột ${columnLetter(seen)} và cột ${columnLetter(column)} / element ${m.element.code} appears in two columns`,
        });
        continue;
      }
      columnOf.set(m.element.code, column);
      result.elementColumns.set(column, m.element);
    }
  }
  for (const [column, label] of labels) {
    if (best.has(column)) continue;
    result.warnings.push({
      row: result.lastHeaderRow,
      column: label,
      cell: cellRef(result.lastHeaderRow, column),
      message: `Cột ${columnLetter(column)} "${label}" không khớp chỉ tiêu nào của bộ dữ liệu; bỏ qua / column matches no element of the dataset; ignored`,
    });
  }
  const missing = elements.filter((e) => !columnOf.has(e.code)).map((e) => e.code);
  if (missing.length > 0 && result.elementColumns.size > 0) {
    result.warnings.push({
      row: result.lastHeaderRow,
      column: '',
      cell: '',
      message: `Tệp không có cột cho: ${missing.join(', ')} / no column for these elements`,
    });
  }
  if (result.unitCodeColumn === null && result.unitNameColumn === null) {
    result.errors.push({
      row: result.lastHeaderRow,
      column: '',
      cell: '',
      message: 'Không tìm thấy cột "Mã đơn vị" hoặc "Tên đơn vị" trong dòng tiêu đề / no unit code or unit name column in the header',
    });
  }
  if (result.elementColumns.size === 0) {
    result.errors.push({
      row: result.lastHeaderRow,
      column: '',
      cell: '',
      message: 'Dòng tiêu đề không có cột nào khớp chỉ tiêu của bộ dữ liệu (theo mã hoặc tên) / no column matches an element of the dataset',
    });
  }
  return result;
}
