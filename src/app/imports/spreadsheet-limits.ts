/**
 * What an uploaded spreadsheet may unpack to, checked while it streams (never from the sizes a zip declares):
 * a 100 KB XLSX can hold a shared string of a billion characters, a cell at column XFD on every row, or a
 * zip part of gigabytes of zeros. A file over a limit is refused (413 PAYLOAD_TOO_LARGE naming the limit).
 * The numbers are generous for real files (the documented large file is 100,000 rows × 4 columns) and bound
 * the time and memory a hostile one may take. docs/API.md lists them (## Limits).
 */
import { cellRef } from './cell-ref.ts';

export interface SpreadsheetLimits {
  /** Bytes all the parts of an XLSX inflate to, together. */
  unpackedBytes: number;
  /** Bytes one part that exceljs holds in memory (shared strings, styles, workbook, relations) inflates to. */
  partBytes: number;
  /** Parts (files) in the zip. */
  parts: number;
  /** Strings in the shared strings table. */
  sharedStrings: number;
  /** Characters of one cell's text (Excel's own limit); also one shared string. */
  cellChars: number;
  /** Bytes of XML between two tags (one text or one tag): a cell's text as stored, bounded before it is decoded. */
  xmlTextBytes: number;
  /** Characters of one CSV row (csv-parse's max_record_size): an unclosed quote makes the rest of the file one row. */
  csvRowChars: number;
  /** Rows read, every sheet together. */
  rows: number;
  /** The last column a value may be in (1,024 = AMJ). */
  columns: number;
  /** Cells with a value, every sheet together. */
  cells: number;
  /**
   * Cells the rows span, from column A to each row's last cell — empty formatted ones included —, every sheet
   * together: what laying the rows out costs (an empty formatted cell at XFD makes a row 16,384 cells wide).
   */
  spannedCells: number;
}

export const SPREADSHEET_LIMITS: Readonly<SpreadsheetLimits> = Object.freeze({
  unpackedBytes: 512 * 1024 * 1024,
  partBytes: 64 * 1024 * 1024,
  parts: 10_000,
  sharedStrings: 1_000_000,
  cellChars: 32_767,
  xmlTextBytes: 1024 * 1024,
  csvRowChars: 1024 * 1024,
  rows: 500_000,
  columns: 1024,
  cells: 5_000_000,
  spannedCells: 50_000_000,
});

export type LimitName = keyof SpreadsheetLimits;

/** What each limit bounds, in Vietnamese and English, and its unit. */
const WHAT: Record<LimitName, [vi: string, en: string, unit?: [vi: string, en: string]]> = {
  unpackedBytes: ['tổng dung lượng giải nén của tệp XLSX', 'the unpacked size of the XLSX file', ['byte', 'bytes']],
  partBytes: ['dung lượng giải nén của một phần trong tệp XLSX', 'the unpacked size of one part of the XLSX file', ['byte', 'bytes']],
  parts: ['số phần (tệp con) trong tệp XLSX', 'the number of parts in the XLSX file'],
  sharedStrings: ['số chuỗi dùng chung (shared strings)', 'the number of shared strings'],
  cellChars: ['số ký tự của một ô', 'the characters of one cell', ['ký tự', 'characters']],
  xmlTextBytes: ['độ dài một đoạn văn bản XML (nội dung một ô)', "the length of one XML text (a cell's content)", ['byte', 'bytes']],
  csvRowChars: ['số ký tự của một dòng CSV', 'the characters of one CSV row', ['ký tự', 'characters']],
  rows: ['số dòng', 'the number of rows'],
  columns: ['số cột (cột cuối có dữ liệu)', 'the number of columns (the last one with a value)'],
  cells: ['số ô có dữ liệu', 'the number of cells with a value'],
  spannedCells: [
    'tổng độ rộng các dòng (từ cột A đến ô cuối của mỗi dòng, kể cả ô trống có định dạng)',
    "the rows' total width (from column A to each row's last cell, empty formatted cells included)",
  ],
};

/** Where a limit was passed, in Vietnamese and English: the cell, the row, the zip part. */
export type LimitPlace = readonly [vi: string, en: string];

export const atCell = (rowNumber: number, columnIndex: number): LimitPlace => [
  `ô ${cellRef(rowNumber, columnIndex)}`,
  `cell ${cellRef(rowNumber, columnIndex)}`,
];
export const atRow = (rowNumber: number): LimitPlace => [`dòng ${rowNumber}`, `row ${rowNumber}`];
export const atPart = (path: string): LimitPlace => [`phần ${path}`, `part ${path}`];

/** A file over one of the limits, located when the place is known. */
export class SpreadsheetLimitError extends Error {
  constructor(
    readonly limit: LimitName,
    readonly max: number,
    where?: LimitPlace,
  ) {
    const [vi, en, unit] = WHAT[limit];
    const at = (i: 0 | 1) => (where ? ` (${where[i]})` : '');
    super(
      `Tệp vượt giới hạn ${vi}: tối đa ${max.toLocaleString('vi-VN')}${unit ? ` ${unit[0]}` : ''}${at(0)}; chia nhỏ hoặc sửa tệp / The file exceeds the limit on ${en}: at most ${max.toLocaleString('en-US')}${unit ? ` ${unit[1]}` : ''}${at(1)}`,
    );
    this.name = 'SpreadsheetLimitError';
  }
}

/**
 * Counts what a file holds as its rows stream (every sheet together) and throws SpreadsheetLimitError past a
 * limit: rows, cells spanned, cells with a value, the last column holding a value, one cell's text.
 */
export class RowBudget {
  private rows = 0;
  private cells = 0;
  private spanned = 0;

  constructor(readonly limits: Readonly<SpreadsheetLimits> = SPREADSHEET_LIMITS) {}

  /** `span`: how many cells the row spans as read (default its cells; an XLSX row's empty formatted cells count too). */
  take(rowNumber: number, cells: readonly unknown[], span = cells.length): void {
    const { limits } = this;
    if (++this.rows > limits.rows) throw new SpreadsheetLimitError('rows', limits.rows, atRow(rowNumber));
    this.spanned += span;
    if (this.spanned > limits.spannedCells) throw new SpreadsheetLimitError('spannedCells', limits.spannedCells, atRow(rowNumber));
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (cell === null || cell === undefined) continue;
      if (c >= limits.columns) throw new SpreadsheetLimitError('columns', limits.columns, atCell(rowNumber, c));
      if (++this.cells > limits.cells) throw new SpreadsheetLimitError('cells', limits.cells, atCell(rowNumber, c));
      if (typeof cell === 'string' && cell.length > limits.cellChars) throw new SpreadsheetLimitError('cellChars', limits.cellChars, atCell(rowNumber, c));
    }
  }
}
