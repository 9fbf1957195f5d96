/**
 * Reads an uploaded XLSX or CSV file against a dataset description: finds the sheet and header (long:
 * one value per row, long-header.ts; else wide: units as rows, elements as columns, header-match.ts),
 * reads every data row, and returns a preview (counts, located errors and warnings, a sample) and,
 * when asked, the values to write. Streams both formats, reports progress (rows read), and turns a
 * broken file (truncated, not a spreadsheet, wrong sheet) into errors instead of exceptions. A file that
 * could not be read to its end — damaged, over a limit of what it may unpack to (spreadsheet-limits.ts),
 * or cut off by `signal` (the read deadline) — also says so in `failure`: the upload is refused.
 */
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { openCsv } from './csv-rows.ts';
import { HEADER_SCAN_ROWS, matchHeader, type HeaderMatch } from './header-match.ts';
import { matchLongHeader } from './long-header.ts';
import { LongRowReader } from './long-row-reader.ts';
import { RowReader } from './row-reader.ts';
import { TEMPLATE_META_SHEET } from './template-meta.ts';
import { clipText, keepProblems } from './reader-base.ts';
import { RowBudget, SPREADSHEET_LIMITS, SpreadsheetLimitError, type SpreadsheetLimits } from './spreadsheet-limits.ts';
import { readXlsxSheets, type XlsxSheet } from './xlsx-rows.ts';
import type { ImportDescription, ImportPreview, ImportProblem, ProgressCallback, ReadFailure, ReadResult, SheetReader, SheetRow } from './types.ts';

export interface ReadOptions {
  /** The name the user gave the file (its extension helps tell the format). */
  fileName: string;
  description: ImportDescription;
  onProgress?: ProgressCallback;
  /** Rows between two progress calls (default 1,000). */
  progressEvery?: number;
  /** Keep every value (for the commit); a preview needs only counts and the sample. */
  collectItems?: boolean;
  /** Errors and warnings kept (default 1,000 each; errorCount is exact). */
  maxProblems?: number;
  sampleSize?: number;
  /** What the file may unpack to (default SPREADSHEET_LIMITS). */
  limits?: Readonly<SpreadsheetLimits>;
  /** Aborting stops the read (the deadline): the file is then reported unreadable with the signal's reason. */
  signal?: AbortSignal;
  /** Given every row of the sheet that is read (title and header rows too), in order; awaited when it returns a promise (the preview grid). */
  onSheetRow?: (row: SheetRow) => Promise<void> | void;
}

const fileProblem = (message: string, row = 0): ImportProblem => ({ row, column: '', cell: '', message });

/** Reads the file at `path`; never throws for a bad file (its problems are in preview.errors). */
export async function readSpreadsheet(path: string, options: ReadOptions): Promise<ReadResult> {
  const format = await detectFormat(path, options.fileName);
  const state = new ReadState(options);
  if (typeof format === 'object') {
    // Not a file we read at all (a legacy .xls, an .xlsx that is not a zip): the upload is refused, like a damaged one.
    state.fileErrors.push(format);
    state.failure = { kind: 'unreadable', message: format.message };
    return state.result('csv');
  }
  try {
    options.signal?.throwIfAborted();
    const work = format === 'csv' ? readCsv(path, state) : readXlsx(path, state);
    work.catch(() => undefined); // its failure after an abort is the abort's
    // Aborting destroys the reader's streams, so the work ends; the race ends the read even if some part of it would not.
    await (options.signal ? Promise.race([work, abortedBy(options.signal)]) : work);
    options.signal?.throwIfAborted();
  } catch (error) {
    state.failed(format, error);
  }
  return state.result(format);
}

function abortedBy(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    const fail = () => reject(signal.reason instanceof Error ? signal.reason : new Error(String(signal.reason)));
    if (signal.aborted) fail();
    else signal.addEventListener('abort', fail, { once: true });
  });
}

/** XLSX (a zip), CSV, or the problem of a file we do not read (a legacy .xls, an .xlsx that is not a zip); also for the teams import. */
export async function detectFormat(path: string, fileName: string): Promise<'xlsx' | 'csv' | ImportProblem> {
  const handle = await open(path, 'r');
  const head = Buffer.alloc(8);
  try {
    await handle.read(head, 0, 8, 0);
  } finally {
    await handle.close();
  }
  const ext = extname(fileName).toLowerCase();
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'xlsx';
  if (head.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    return fileProblem('Định dạng .xls cũ không được hỗ trợ: lưu lại thành .xlsx hoặc .csv / legacy .xls is not supported, save as .xlsx or .csv');
  }
  if (ext === '.xlsx' || ext === '.xlsm') return fileProblem(`Tệp "${fileName}" không phải XLSX hợp lệ (không phải tệp nén Office) / not a valid XLSX file`);
  return 'csv';
}

class ReadState {
  rowsRead = 0;
  reader: SheetReader | null = null;
  /** Why a sheet that looked like a file for us could not be read (shown when no sheet could). */
  headerErrors: ImportProblem[] = [];
  sheet: string | undefined;
  encoding: string | undefined;
  delimiter: string | undefined;
  readonly fileErrors: ImportProblem[] = [];
  readonly fileWarnings: ImportProblem[] = [];
  failure: ReadFailure | undefined;
  readonly limits: Readonly<SpreadsheetLimits>;
  private readonly budget: RowBudget;
  private readonly every: number;

  constructor(readonly options: ReadOptions) {
    this.every = options.progressEvery ?? 1000;
    this.limits = options.limits ?? SPREADSHEET_LIMITS;
    this.budget = new RowBudget(this.limits);
  }

  /** Every row read, of any sheet: counted against the limits (throws SpreadsheetLimitError past one). */
  counted(row: SheetRow): void {
    this.budget.take(row.rowNumber, row.cells, row.span);
    this.rowsRead++;
    if (this.rowsRead % this.every === 0) this.options.onProgress?.(this.rowsRead);
  }

  /** The read stopped before the end of the file: over a limit, damaged, or cut off by the deadline. */
  failed(format: 'xlsx' | 'csv', error: unknown): void {
    const reason = clipText(error instanceof Error ? error.message : String(error), 500);
    if (error instanceof SpreadsheetLimitError) {
      this.failure = { kind: 'limit', limit: error.limit, max: error.max, message: error.message };
      this.fileErrors.push(fileProblem(error.message, this.rowsRead));
      return;
    }
    const what = format === 'xlsx' ? 'Tệp XLSX bị hỏng hoặc không đầy đủ' : 'Tệp CSV không đọc được';
    const message = `${what} (sau dòng ${this.rowsRead}): ${reason} / the file is damaged or truncated`;
    this.failure = { kind: 'unreadable', message };
    this.fileErrors.push(fileProblem(message, this.rowsRead));
  }

  /** Buffers the first rows of a sheet, finds the header, then reads every row (always to the end of the sheet). */
  async readSheet(rows: AsyncIterable<SheetRow>): Promise<HeaderMatch | null> {
    const head: SheetRow[] = [];
    let reader: SheetReader | null = null;
    let header: HeaderMatch | null = null;
    let firstRow = 0;
    let gaveUp = false;
    for await (const row of rows) {
      this.counted(row);
      if (reader) {
        await this.keepRow(row);
        if (row.rowNumber > firstRow) await reader.read(row);
      } else if (!gaveUp) {
        head.push(row);
        if (head.length >= HEADER_SCAN_ROWS) {
          ({ reader, header, firstRow } = await this.start(head));
          gaveUp = !reader;
          if (reader) for (const r of head) await this.keepRow(r);
        }
      }
    }
    if (!reader && !gaveUp && head.length > 0) {
      const started = await this.start(head);
      header = started.header;
      if (started.reader) for (const r of head) await this.keepRow(r);
    }
    return header;
  }

  /** A row of the sheet being read, for the preview grid. */
  private async keepRow(row: SheetRow): Promise<void> {
    const pending = this.options.onSheetRow?.(row);
    if (pending) await pending;
  }

  private async start(head: SheetRow[]): Promise<{ reader: SheetReader | null; header: HeaderMatch | null; firstRow: number }> {
    const { description } = this.options;
    const none = { reader: null, header: null, firstRow: 0 };
    if (this.reader) return none;
    const options = {
      collectItems: this.options.collectItems ?? false,
      maxProblems: this.options.maxProblems ?? 1000,
      sampleSize: this.options.sampleSize ?? 20,
    };
    const long = matchLongHeader(head, description.period === '');
    let reader: SheetReader;
    let header: HeaderMatch | null = null;
    let firstRow: number;
    if (long) {
      if (long.errors.length > 0) {
        this.headerErrors = long.errors;
        return none;
      }
      reader = new LongRowReader(description, long, options);
      for (const w of long.warnings) reader.warn(w);
      firstRow = long.headerRow;
    } else {
      header = matchHeader(head, description.elements);
      if (!header || header.elementColumns.size === 0) return { ...none, header };
      if (description.period === '') {
        this.headerErrors = [
          fileProblem(
            'Tệp dạng bảng (đơn vị theo dòng, chỉ tiêu theo cột) cần chọn kỳ khi tải lên; hoặc dùng dạng danh sách có cột "Kỳ" / a table-shaped file needs the upload to name a period',
            header.lastHeaderRow,
          ),
        ];
        return { ...none, header };
      }
      reader = new RowReader(description, header, options);
      for (const e of header.errors) reader.error(e);
      for (const w of header.warnings) reader.warn(w);
      firstRow = header.lastHeaderRow;
    }
    for (const row of head) if (row.rowNumber > firstRow) await reader.read(row);
    this.reader = reader;
    return { reader, header, firstRow };
  }

  result(format: 'xlsx' | 'csv'): ReadResult {
    const r = this.reader;
    this.options.onProgress?.(this.rowsRead);
    const errors = [...this.fileErrors, ...(r?.errors ?? [])];
    const preview: ImportPreview = {
      format,
      ...(this.sheet !== undefined ? { sheet: clipText(this.sheet, 200) } : {}),
      ...(this.encoding !== undefined ? { encoding: this.encoding, delimiter: this.delimiter } : {}),
      rows: r?.rows ?? 0,
      values: r?.values ?? 0,
      rowsRead: this.rowsRead,
      errorCount: this.fileErrors.length + (r?.errorCount ?? 0),
      errors: keepProblems(errors),
      warnings: keepProblems([...this.fileWarnings, ...(r?.warnings ?? [])]),
      sample: r?.sample ?? [],
      columns: r?.columns() ?? [],
      ...(r ? { shape: r.shape, periods: r.periods().slice(0, 100) } : {}),
    };
    return { preview, items: r?.items ?? [], fieldColumns: r?.fieldColumns() ?? {}, ...(this.failure ? { failure: this.failure } : {}) };
  }
}

async function readCsv(path: string, state: ReadState): Promise<void> {
  const csv = await openCsv(path, { maxRowChars: state.limits.csvRowChars, ...(state.options.signal ? { signal: state.options.signal } : {}) });
  state.encoding = csv.encoding;
  state.delimiter = csv.delimiter;
  const header = await state.readSheet(csv.rows);
  if (!state.reader) state.fileErrors.push(...noHeader(state, header, []));
}

async function readXlsx(path: string, state: ReadState): Promise<void> {
  const seen: string[] = [];
  let meta: Map<string, string> | null = null;
  let best: HeaderMatch | null = null;
  const metering = { limits: state.limits, ...(state.options.signal ? { signal: state.options.signal } : {}) };
  for await (const found of readXlsxSheets(path, metering)) {
    const sheet = found.nameKnown ? found : await recogniseUnnamed(found);
    if (sheet.name === TEMPLATE_META_SHEET) {
      meta = new Map();
      for await (const row of sheet.rows) {
        state.counted(row);
        if (meta.size < 10) meta.set(String(row.cells[0] ?? ''), String(row.cells[1] ?? ''));
      }
      continue;
    }
    if (state.reader || sheet.hidden) {
      for await (const row of sheet.rows) state.counted(row);
      if (!sheet.hidden)
        state.fileWarnings.push(
          fileProblem(`Chỉ đọc trang tính "${clipText(state.sheet ?? '', 100)}"; bỏ qua trang "${clipText(sheet.name, 100)}" / only one sheet is read`),
        );
      continue;
    }
    seen.push(sheet.name);
    const header = await state.readSheet(sheet.rows);
    if (state.reader) state.sheet = sheet.name;
    else if (header && (!best || header.elementColumns.size >= best.elementColumns.size)) best = header;
  }
  if (!state.reader) state.fileErrors.push(...noHeader(state, best, seen));
  if (meta) checkTemplateMeta(meta, state);
}

/**
 * A sheet met before the workbook part names it: our template's hidden sheet is recognised by its first row
 * ("dataset", code); any other keeps its provisional name. The rows read to decide are put back.
 */
async function recogniseUnnamed(sheet: XlsxSheet): Promise<XlsxSheet> {
  const iterator = sheet.rows[Symbol.asyncIterator]();
  const first = await iterator.next();
  const rest: AsyncIterable<SheetRow> = { [Symbol.asyncIterator]: () => iterator };
  async function* rows(): AsyncGenerator<SheetRow> {
    if (!first.done) yield first.value;
    yield* rest;
  }
  const isMeta = !first.done && first.value.rowNumber === 1 && first.value.cells[0] === 'dataset';
  return { ...sheet, ...(isMeta ? { name: TEMPLATE_META_SHEET, hidden: true } : {}), rows: rows() };
}

function noHeader(state: ReadState, header: HeaderMatch | null, sheets: string[]): ImportProblem[] {
  if (state.headerErrors.length > 0) return state.headerErrors;
  if (header && header.errors.length > 0) return header.errors;
  const where = sheets.length > 0 ? ` (các trang tính: ${sheets.map((s) => `"${s}"`).join(', ')})` : '';
  const { code } = state.options.description.dataset;
  return [
    fileProblem(
      `Không tìm thấy dòng tiêu đề khớp bộ dữ liệu ${code}${where}: cần cột "Mã đơn vị" hoặc "Tên đơn vị" và các cột chỉ tiêu (tên hoặc mã), hoặc dạng danh sách với cột "Mã chỉ tiêu", "Mã đơn vị", "Kỳ", "Giá trị" / no header row matching the dataset (wide: unit and element columns; long: dataElement, orgUnit, period, value): wrong sheet or wrong file?`,
    ),
  ];
}

/** A file made from our template for another dataset or period is refused, not silently re-labelled. */
function checkTemplateMeta(meta: Map<string, string>, state: ReadState): void {
  const { dataset, period } = state.options.description;
  const fileDataset = meta.get('dataset');
  const filePeriod = meta.get('period');
  if ((fileDataset && fileDataset !== dataset.code) || (filePeriod && filePeriod !== period)) {
    state.fileErrors.push(
      fileProblem(
        `Tệp mẫu này dành cho bộ dữ liệu ${fileDataset ?? '?'} kỳ ${filePeriod ?? '?'}, không phải ${dataset.code} kỳ ${period} / the template was made for another dataset or period`,
      ),
    );
  }
}
