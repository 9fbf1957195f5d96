/**
 * Streams the worksheets and rows of an XLSX file with exceljs's WorkbookReader (metered:
 * xlsx-metered-reader.ts): the workbook is never held in memory. Cells are reduced to RawCell: formulas give
 * their cached result, rich text its text, dates an ISO date, numbers formatted as percentages a PercentCell
 * (0,7308 → 73,08). A value beyond the last column allowed is refused before the row's cells are laid out
 * (a cell at XFD on every row would otherwise be 16,384 cells a row).
 */
import { atCell, SPREADSHEET_LIMITS, SpreadsheetLimitError } from './spreadsheet-limits.ts';
import { MeteredWorkbookReader, type MeteredReaderOptions } from './xlsx-metered-reader.ts';
import type { RawCell, SheetRow } from './types.ts';

export interface XlsxSheet {
  name: string;
  /** false when the sheet came before the workbook part in the zip, so its name and state are not known yet. */
  nameKnown: boolean;
  hidden: boolean;
  rows: AsyncIterable<SheetRow>;
}

interface SheetModel {
  name: string;
  rId: string;
  state?: string;
}

interface ReaderInternals {
  model?: { sheets?: SheetModel[] };
  workbookRels?: Array<{ Id: string; Target: string }>;
}

interface StreamRow {
  number: number;
  /** Cells exceljs laid out for the row, empty formatted ones included. */
  cellCount: number;
  eachCell(options: { includeEmpty: boolean }, callback: (cell: { value: unknown; numFmt?: string }, column: number) => void): void;
}

/** The worksheets of the file, in order, each with its rows (read them before moving to the next sheet). */
export async function* readXlsxSheets(path: string, metering: MeteredReaderOptions = {}): AsyncGenerator<XlsxSheet> {
  const reader = new MeteredWorkbookReader(
    path,
    { entries: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit' },
    metering,
  );
  const columns = (metering.limits ?? SPREADSHEET_LIMITS).columns;
  // exceljs reads `model.sheets` when a worksheet comes before xl/workbook.xml in the zip (the order of entries
  // in files exceljs itself writes varies from run to run) and crashes while `model` is still undefined.
  const internals = reader as unknown as ReaderInternals;
  internals.model ??= { sheets: [] };
  for await (const worksheet of reader as unknown as AsyncIterable<{ id: string | number } & AsyncIterable<StreamRow>>) {
    const info = sheetInfo(reader as unknown as ReaderInternals, String(worksheet.id));
    yield { ...info, rows: rowsOf(worksheet, columns) };
  }
}

function sheetInfo(reader: ReaderInternals, sheetNo: string): { name: string; nameKnown: boolean; hidden: boolean } {
  const target = `worksheets/sheet${sheetNo}.xml`;
  const rel = reader.workbookRels?.find((r) => r.Target === target || r.Target.endsWith(`/${target}`));
  const sheet = rel ? reader.model?.sheets?.find((s) => s.rId === rel.Id) : undefined;
  return { name: sheet?.name ?? `Sheet${sheetNo}`, nameKnown: sheet !== undefined, hidden: sheet?.state === 'hidden' || sheet?.state === 'veryHidden' };
}

async function* rowsOf(worksheet: AsyncIterable<StreamRow>, maxColumns: number): AsyncGenerator<SheetRow> {
  for await (const row of worksheet) {
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const value = toRawCell(cell.value, cell.numFmt);
      if (value !== null && column > maxColumns) throw new SpreadsheetLimitError('columns', maxColumns, atCell(row.number, column - 1));
      if (value !== null) cells[column - 1] = value;
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    yield { rowNumber: row.number, cells, ...(row.cellCount > cells.length ? { span: row.cellCount } : {}) };
  }
}

/** One exceljs cell value as a RawCell. */
export function toRawCell(value: unknown, numFmt?: string): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    return numFmt && numFmt.includes('%') ? { percent: Number((value * 100).toPrecision(12)) } : value;
  }
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return value.normalize('NFC').trim() || null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: Array<{ text: string }>; result?: unknown; formula?: string; sharedFormula?: string; text?: unknown; error?: string };
    if (Array.isArray(v.richText)) return toRawCell(v.richText.map((part) => part.text).join(''));
    if ('formula' in v || 'sharedFormula' in v) return toRawCell(v.result, numFmt);
    if (typeof v.error === 'string') return v.error;
    if ('text' in v) return toRawCell(v.text, numFmt);
  }
  return String(value);
}
