/**
 * Shapes shared by the spreadsheet reader, preview and commit. A description says what a file may
 * hold (the dataset's elements and units, one period); a preview says what it does hold, with every
 * problem located by row, column and cell ('D7').
 */
import type { ValueType } from '../../domain/metadata.ts';
import type { ValueBounds } from '../../domain/values.ts';

export interface ImportElement {
  code: string;
  name: string;
  valueType: ValueType;
  /** The bounds its values must keep (absent: the value type's default). */
  bounds?: ValueBounds;
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
  /** The period the upload names; '' when the file's rows give it (long shape only). */
  period: string;
  /** The dataset's period type ('yearly', 'monthly', …): what a period written in the file must be. */
  periodType?: string;
  /**
   * The units of another period (a long file naming its periods row by row): the dataset's units expected on
   * that period's last day, `writable` as for `units`. Absent: only `period` may appear in a file.
   */
  unitsFor?: (periodId: string) => Promise<ImportUnit[]>;
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
  /** Cells the row spans as stored, when more than `cells` (an XLSX row's empty formatted cells after its last value). */
  span?: number;
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
  /** The row's comment ("Ghi chú") and evidence ("Minh chứng"), when given. */
  comment?: string;
  evidence?: string;
  row: number;
  /** The value's cell. */
  cell: string;
}

/** Where a field other than the value sits in every row (the unit, comment, evidence columns), for locating problems. */
export type FieldColumns = Partial<Record<'dataElement' | 'unit' | 'period' | 'comment' | 'evidence', { index: number; label: string }>>;

export interface ImportPreview {
  format: 'xlsx' | 'csv';
  /** wide: units as rows, elements as columns (the template); long: one value per row (DHIS2 data value sets too). */
  shape?: 'wide' | 'long';
  /** Periods the values are for (the upload's, or those the rows name), sorted; at most 100 listed. */
  periods?: string[];
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
  /** The read sheet's rows kept for the preview grid (GET /imports/{id}/rows) and the widest row's cells; absent when none were kept. */
  grid?: { rows: number; columns: number };
  /** What committing would do, estimated at the preview (import-changes.ts): values new, changed and the same as stored. */
  changes?: { created: number; updated: number; unchanged: number };
}

/**
 * Why a file could not be read to its end (its one error is also in the preview): over a limit of what it may
 * unpack to (spreadsheet-limits.ts), or unreadable (damaged, truncated, stalled past the read deadline, or the
 * reader ran out of its memory).
 */
export type ReadFailure = { kind: 'limit'; limit: string; max: number; message: string } | { kind: 'unreadable'; message: string };

export interface ReadResult {
  preview: ImportPreview;
  items: ImportItem[];
  fieldColumns: FieldColumns;
  failure?: ReadFailure;
}

/** Reads the data rows below a header (RowReader: wide; LongRowReader: long). */
export interface SheetReader {
  readonly rows: number;
  readonly values: number;
  readonly errorCount: number;
  readonly errors: ImportProblem[];
  readonly warnings: ImportProblem[];
  readonly items: ImportItem[];
  readonly sample: ImportItem[];
  readonly shape: 'wide' | 'long';
  error(problem: ImportProblem): void;
  warn(problem: ImportProblem): void;
  read(row: SheetRow): void | Promise<void>;
  /** Element codes the file has (columns or rows), in order of appearance. */
  columns(): string[];
  periods(): string[];
  fieldColumns(): FieldColumns;
}

export type ProgressCallback = (rowsRead: number) => void;

/** Where a commit is: reading the file again (rows of the rows the preview read), then writing (values of all). */
export interface ImportProgress {
  phase: 'reading' | 'committing';
  done: number;
  total: number;
}

/** A validation warning a row's comment accepted, saved with the value. */
export interface AcceptedImportWarning extends ImportProblem {
  rule: string;
}
