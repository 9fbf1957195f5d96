/**
 * The preview grid's rows: while a file is read for its preview, every row of the sheet that was read (its title
 * and header rows too) is saved as text cells with its row number (store/imports/rows.ts), in batches, so
 * GET /imports/{id}/rows can page through a 100,000-row file without reading it again. What is kept is bounded:
 * GRID_MAX_ROWS rows, GRID_MAX_COLUMNS cells a row, GRID_CELL_CHARS characters a cell.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { saveImportRows, type ImportRow } from '../../store/imports/rows.ts';
import { clipText } from './reader-base.ts';
import type { RawCell, SheetRow } from './types.ts';

export const GRID_MAX_ROWS = 250_000;
export const GRID_MAX_COLUMNS = 200;
export const GRID_CELL_CHARS = 200;
const BATCH = 1000;

/** A cell as the grid shows it: text as written, numbers with a decimal comma (as Excel's General format in Vietnamese), percentages with "%". */
export function gridCell(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'object') return `${String(cell.percent).replace('.', ',')}%`;
  if (typeof cell === 'number') return String(cell).replace('.', ',');
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return clipText(cell, GRID_CELL_CHARS);
}

/** Collects the read sheet's rows and saves them a batch at a time; `add` returns a promise only when it writes. */
export class GridSink {
  rows = 0;
  columns = 0;
  private batch: ImportRow[] = [];

  constructor(
    private readonly db: Kysely<Database>,
    private readonly importId: string,
  ) {}

  add(row: SheetRow): Promise<void> | void {
    if (this.rows >= GRID_MAX_ROWS) return;
    const cells = row.cells.slice(0, GRID_MAX_COLUMNS).map(gridCell);
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    this.columns = Math.max(this.columns, cells.length);
    this.batch.push({ seq: this.rows++, rowNumber: row.rowNumber, cells });
    if (this.batch.length >= BATCH) return this.flush();
  }

  async flush(): Promise<void> {
    const batch = this.batch;
    this.batch = [];
    if (batch.length > 0) await saveImportRows(this.db, this.importId, batch);
  }
}
