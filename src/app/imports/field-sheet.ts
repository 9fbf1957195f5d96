/**
 * Reads a spreadsheet of records (XLSX or CSV, one row per record: a team member, a dossier) whose columns are
 * found by their headers, through the import machinery's readers and limits:
 * the format as read-spreadsheet.ts tells it, CSV through csv-rows.ts (encoding, delimiter, row length), XLSX
 * through the metered streaming reader (xlsx-rows.ts: what the file may unpack to), every row counted against
 * RowBudget (spreadsheet-limits.ts). The header is found in the first rows by its folded labels
 * (each field's aliases); the first visible sheet that has it is read. A file over a limit or unreadable is
 * `failure` (the upload is refused), never an exception.
 */
import { cellRef } from './cell-ref.ts';
import { openCsv } from './csv-rows.ts';
import { foldHeader, HEADER_SCAN_ROWS } from './header-match.ts';
import { detectFormat } from './read-spreadsheet.ts';
import { clipText } from './reader-base.ts';
import { RowBudget, SPREADSHEET_LIMITS, SpreadsheetLimitError, type SpreadsheetLimits } from './spreadsheet-limits.ts';
import type { ImportProblem, RawCell, SheetRow } from './types.ts';
import { readXlsxSheets } from './xlsx-rows.ts';

/** A column of the sheet: the field it fills, its header in the template, the folded spellings a header may have. */
export interface SheetField<F extends string = string> {
  field: F;
  label: string;
  required: boolean;
  aliases: readonly string[];
}

export interface FieldSheetRow<F extends string> {
  rowNumber: number;
  cells: Partial<Record<F, RawCell>>;
}

export interface FieldSheet<F extends string> {
  format: 'xlsx' | 'csv';
  columns: Partial<Record<F, { index: number; label: string }>>;
  rows: Array<FieldSheetRow<F>>;
  /** Problems of the file itself (no header, a missing column). */
  errors: ImportProblem[];
  failure?: { kind: 'limit' | 'unreadable'; message: string };
}

const problem = (message: string, row = 0): ImportProblem => ({ row, column: '', cell: '', message });

/** The header's columns, when this row names at least three fields. */
function matchColumns<F extends string>(row: SheetRow, fields: ReadonlyArray<SheetField<F>>): FieldSheet<F>['columns'] | null {
  const columns: FieldSheet<F>['columns'] = {};
  row.cells.forEach((cell, index) => {
    if (cell === null || typeof cell === 'object') return;
    const folded = foldHeader(String(cell));
    const field = fields.find((f) => f.aliases.includes(folded));
    if (field && !columns[field.field]) columns[field.field] = { index, label: clipText(String(cell), 100) };
  });
  const found = Object.keys(columns).length;
  return found >= 3 ? columns : null;
}

class SheetState<F extends string> {
  columns: FieldSheet<F>['columns'] | null = null;
  headerRow = 0;
  readonly rows: Array<FieldSheetRow<F>> = [];

  /** One budget for the whole file: every sheet's rows count. */
  constructor(
    readonly budget: RowBudget,
    readonly fields: ReadonlyArray<SheetField<F>>,
  ) {}

  async read(rows: AsyncIterable<SheetRow>): Promise<void> {
    let scanned = 0;
    for await (const row of rows) {
      this.budget.take(row.rowNumber, row.cells, row.span);
      if (!this.columns) {
        if (++scanned > HEADER_SCAN_ROWS) continue;
        const columns = matchColumns(row, this.fields);
        if (columns) {
          this.columns = columns;
          this.headerRow = row.rowNumber;
        }
        continue;
      }
      if (row.cells.every((c) => c === null)) continue;
      const cells: FieldSheetRow<F>['cells'] = {};
      for (const [field, column] of Object.entries(this.columns) as Array<[F, { index: number }]>) cells[field] = row.cells[column.index] ?? null;
      this.rows.push({ rowNumber: row.rowNumber, cells });
    }
  }
}

export async function readFieldSheet<F extends string>(
  path: string,
  fileName: string,
  fields: ReadonlyArray<SheetField<F>>,
  options: { limits?: Readonly<SpreadsheetLimits>; signal?: AbortSignal } = {},
): Promise<FieldSheet<F>> {
  const format = await detectFormat(path, fileName);
  if (typeof format === 'object') return { format: 'csv', columns: {}, rows: [], errors: [format], failure: { kind: 'unreadable', message: format.message } };
  const limits = options.limits ?? SPREADSHEET_LIMITS;
  const budget = new RowBudget(limits);
  let state = new SheetState(budget, fields);
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
        const next = new SheetState(budget, fields);
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
          `Không tìm thấy dòng tiêu đề: cần các cột ${fields
            .filter((f) => f.required)
            .map((f) => `"${f.label}"`)
            .join(', ')} (dùng tệp mẫu) / no header row: use the template`,
        ),
      ],
    };
  const missing = fields.filter((f) => f.required && !state.columns![f.field]);
  const errors = missing.map((f) => ({
    row: state.headerRow,
    column: f.label,
    cell: '',
    message: `Thiếu cột "${f.label}" / the column "${f.label}" is missing`,
  }));
  return { format, columns: state.columns, rows: state.rows, errors };
}

/** The reference of a row's cell in a field's column ('H7'), or '' when the column is absent. */
export function cellOf<F extends string>(sheet: FieldSheet<F>, row: number, field: F): string {
  const column = sheet.columns[field];
  return column ? cellRef(row, column.index) : '';
}
