/**
 * Reads a team spreadsheet (XLSX or CSV, one row per member) through the import machinery's readers and limits:
 * the format as read-spreadsheet.ts tells it, CSV through csv-rows.ts (encoding, delimiter, row length), XLSX
 * through the metered streaming reader (xlsx-rows.ts: what the file may unpack to), every row counted against
 * RowBudget (spreadsheet-limits.ts). The header is found in the first rows by its folded labels
 * (import-columns.ts); the first visible sheet that has it is read. A file over a limit or unreadable is
 * `failure` (the upload is refused), never an exception.
 */
import { cellRef } from '../imports/cell-ref.ts';
import { openCsv } from '../imports/csv-rows.ts';
import { foldHeader, HEADER_SCAN_ROWS } from '../imports/header-match.ts';
import { detectFormat } from '../imports/read-spreadsheet.ts';
import { clipText } from '../imports/reader-base.ts';
import { RowBudget, SPREADSHEET_LIMITS, SpreadsheetLimitError, type SpreadsheetLimits } from '../imports/spreadsheet-limits.ts';
import type { ImportProblem, RawCell, SheetRow } from '../imports/types.ts';
import { readXlsxSheets } from '../imports/xlsx-rows.ts';
import { TEAM_IMPORT_FIELDS, type TeamImportField } from './import-columns.ts';

export interface TeamSheetRow {
  rowNumber: number;
  cells: Partial<Record<TeamImportField, RawCell>>;
}

export interface TeamSheet {
  format: 'xlsx' | 'csv';
  columns: Partial<Record<TeamImportField, { index: number; label: string }>>;
  rows: TeamSheetRow[];
  /** Problems of the file itself (no header, a missing column). */
  errors: ImportProblem[];
  failure?: { kind: 'limit' | 'unreadable'; message: string };
}

const problem = (message: string, row = 0): ImportProblem => ({ row, column: '', cell: '', message });

/** The header's columns, when this row has every required one. */
function matchColumns(row: SheetRow): TeamSheet['columns'] | null {
  const columns: TeamSheet['columns'] = {};
  row.cells.forEach((cell, index) => {
    if (cell === null || typeof cell === 'object') return;
    const folded = foldHeader(String(cell));
    const field = TEAM_IMPORT_FIELDS.find((f) => (f.aliases as readonly string[]).includes(folded));
    if (field && !columns[field.field]) columns[field.field] = { index, label: clipText(String(cell), 100) };
  });
  const found = Object.keys(columns).length;
  return found >= 3 ? columns : null;
}

class SheetState {
  columns: TeamSheet['columns'] | null = null;
  headerRow = 0;
  readonly rows: TeamSheetRow[] = [];

  /** One budget for the whole file: every sheet's rows count. */
  constructor(readonly budget: RowBudget) {}

  async read(rows: AsyncIterable<SheetRow>): Promise<void> {
    let scanned = 0;
    for await (const row of rows) {
      this.budget.take(row.rowNumber, row.cells, row.span);
      if (!this.columns) {
        if (++scanned > HEADER_SCAN_ROWS) continue;
        const columns = matchColumns(row);
        if (columns) {
          this.columns = columns;
          this.headerRow = row.rowNumber;
        }
        continue;
      }
      if (row.cells.every((c) => c === null)) continue;
      const cells: TeamSheetRow['cells'] = {};
      for (const [field, column] of Object.entries(this.columns) as Array<[TeamImportField, { index: number }]>) cells[field] = row.cells[column.index] ?? null;
      this.rows.push({ rowNumber: row.rowNumber, cells });
    }
  }
}

export async function readTeamSheet(
  path: string,
  fileName: string,
  options: { limits?: Readonly<SpreadsheetLimits>; signal?: AbortSignal } = {},
): Promise<TeamSheet> {
  const format = await detectFormat(path, fileName);
  if (typeof format === 'object') return { format: 'csv', columns: {}, rows: [], errors: [format], failure: { kind: 'unreadable', message: format.message } };
  const limits = options.limits ?? SPREADSHEET_LIMITS;
  const budget = new RowBudget(limits);
  let state = new SheetState(budget);
  try {
    if (format === 'csv') {
      const csv = await openCsv(path, { maxRowChars: limits.csvRowChars, ...(options.signal ? { signal: options.signal } : {}) });
      await state.read(csv.rows);
    } else {
      for await (const sheet of readXlsxSheets(path, { limits, ...(options.signal ? { signal: options.signal } : {}) })) {
        if (state.columns || sheet.hidden) {
          for await (const row of sheet.rows) budget.take(row.rowNumber, row.cells, row.span);
          continue;
        }
        const next = new SheetState(budget);
        await next.read(sheet.rows);
        if (next.columns) state = next;
      }
    }
  } catch (error) {
    const message = error instanceof Error ? clipText(error.message, 500) : String(error);
    const kind = error instanceof SpreadsheetLimitError ? 'limit' : 'unreadable';
    const text = kind === 'limit' ? message : `Tệp không đọc được: ${message} / the file could not be read`;
    return { format, columns: {}, rows: [], errors: [problem(text)], failure: { kind, message: text } };
  }
  if (!state.columns)
    return {
      format,
      columns: {},
      rows: [],
      errors: [
        problem(
          `Không tìm thấy dòng tiêu đề: cần các cột ${TEAM_IMPORT_FIELDS.filter((f) => f.required)
            .map((f) => `"${f.label}"`)
            .join(', ')} (dùng tệp mẫu) / no header row: use the template`,
        ),
      ],
    };
  const missing = TEAM_IMPORT_FIELDS.filter((f) => f.required && !state.columns![f.field]);
  const errors = missing.map((f) => ({
    row: state.headerRow,
    column: f.label,
    cell: '',
    message: `Thiếu cột "${f.label}" / the column "${f.label}" is missing`,
  }));
  return { format, columns: state.columns, rows: state.rows, errors };
}

/** The reference of a row's cell in a field's column ('H7'), or '' when the column is absent. */
export function cellOf(sheet: TeamSheet, row: number, field: TeamImportField): string {
  const column = sheet.columns[field];
  return column ? cellRef(row, column.index) : '';
}
