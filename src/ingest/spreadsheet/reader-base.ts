/**
 * What both row readers share: errors and warnings capped (the counts stay exact), the values kept only when
 * asked (the commit; a preview keeps counts and a sample), and the text of a cell.
 */
import type { ImportItem, ImportProblem, RawCell } from './types.ts';

export interface RowReaderOptions {
  collectItems: boolean;
  maxProblems: number;
  sampleSize: number;
}

/** A cell as trimmed text ('' for empty). */
export function cellText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'object' ? String(cell.percent) : String(cell).trim();
}

export abstract class ReaderBase {
  rows = 0;
  values = 0;
  errorCount = 0;
  warningCount = 0;
  readonly errors: ImportProblem[] = [];
  readonly warnings: ImportProblem[] = [];
  readonly items: ImportItem[] = [];
  readonly sample: ImportItem[] = [];

  constructor(protected readonly options: RowReaderOptions) {}

  error(problem: ImportProblem): void {
    this.errorCount++;
    if (this.errors.length < this.options.maxProblems) this.errors.push(problem);
  }

  warn(problem: ImportProblem): void {
    this.warningCount++;
    if (this.warnings.length < this.options.maxProblems) this.warnings.push(problem);
  }

  protected keep(item: ImportItem): void {
    this.values++;
    if (this.options.collectItems) this.items.push(item);
    if (this.sample.length < this.options.sampleSize) this.sample.push(item);
  }
}
