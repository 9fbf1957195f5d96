/**
 * Shapes shared by the spreadsheet reader, preview and commit. A description says what a file may
 * hold (the dataset's elements and units, one period); a preview says what it does hold, with every
 * problem located by row, column and cell ('D7').
 */
import type { ValueType } from '../../domain/metadata.ts';

export interface ImportElement {
  code: string;
  name: string;
  valueType: ValueType;
  /** Group header shown above the element in the template ("Hạ tầng số"). */
  group?: string;
}

export interface ImportUnit {
  code: string;
  name: string;
  /** false: the importing user may not write values for this unit (its rows are errors). */
  writable?: boolean;
}

/** What a file for one dataset and period may contain. */
export interface ImportDescription {
  dataset: { code: string; name: string };
  period: string;
  /** Period label for people ("Năm 2023"); defaults to the id. */
  periodLabel?: string;
  elements: ImportElement[];
  units: ImportUnit[];
}

/** A percentage the spreadsheet stored as a fraction with a % format (0,7308 shown as 73,08%), already × 100. */
export interface PercentCell {
  percent: number;
}

/** One cell as read: text (CSV, text cells), a number, a yes/no, a formatted percentage, or empty. */
export type RawCell = string | number | boolean | PercentCell | null;

/** One row as read, numbered as the user sees it (1-based). */
export interface SheetRow {
  rowNumber: number;
  cells: RawCell[];
}

/** A problem the user can find: row and cell as the spreadsheet shows them, column as its header. */
export interface ImportProblem {
  row: number;
  column: string;
  cell: string;
  message: string;
}

/** One value read from the file, ready for the central write path. */
export interface ImportItem {
  dataElement: string;
  unit: string;
  period: string;
  value: number | string | boolean;
  row: number;
  cell: string;
}

export interface ImportPreview {
  format: 'xlsx' | 'csv';
  /** Worksheet read (XLSX) or the detected encoding and delimiter (CSV). */
  sheet?: string;
  encoding?: string;
  delimiter?: string;
  /** Data rows that named a unit. */
  rows: number;
  /** Values read (non-empty cells under an element column). */
  values: number;
  /** Every row read, headers and skipped rows included. */
  rowsRead: number;
  errorCount: number;
  /** The first errors (capped, see errorCount). */
  errors: ImportProblem[];
  warnings: ImportProblem[];
  sample: ImportItem[];
  /** Element codes found in the header, in column order. */
  columns: string[];
}

export interface ReadResult {
  preview: ImportPreview;
  items: ImportItem[];
}

export type ProgressCallback = (rowsRead: number) => void;
