/**
 * What both row readers share: errors and warnings capped (the counts stay exact), the values kept only when
 * asked (the commit; a preview keeps counts and a sample), and the text of a cell. What is kept for the
 * preview stays small whatever the file: texts clipped (a problem's message quotes the cell), the lists
 * bounded in count and in characters.
 */
import type { ImportItem, ImportProblem, RawCell } from './types.ts';

/** Longest message and column label kept in a problem, and longest text of a sampled value. */
export const PROBLEM_TEXT_CHARS = 1000;
const LABEL_CHARS = 200;
const SAMPLE_TEXT_CHARS = 200;
/** Characters of messages kept in one list (errors, warnings), on top of the count cap. */
export const PROBLEM_LIST_CHARS = 200_000;

/** `text` cut to `max` characters (an ellipsis marks the cut). */
export function clipText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A problem with its texts clipped, as stored in a preview. */
export function clipProblem<P extends ImportProblem>(problem: P): P {
  return {
    ...problem,
    message: clipText(problem.message, PROBLEM_TEXT_CHARS),
    column: clipText(problem.column, LABEL_CHARS),
    cell: clipText(problem.cell, LABEL_CHARS),
  };
}

/** Problems (clipped) as a list stored in a preview may hold them: at most `max`, and PROBLEM_LIST_CHARS of text. */
export function keepProblems<P extends ImportProblem>(problems: readonly P[], max = 1000): P[] {
  const kept: P[] = [];
  let chars = 0;
  for (const problem of problems) {
    if (kept.length >= max) break;
    const clipped = clipProblem(problem);
    chars += clipped.message.length + clipped.column.length;
    if (chars > PROBLEM_LIST_CHARS) break;
    kept.push(clipped);
  }
  return kept;
}

function clipSample(item: ImportItem): ImportItem {
  const out = { ...item };
  if (typeof out.value === 'string') out.value = clipText(out.value, SAMPLE_TEXT_CHARS);
  if (out.comment !== undefined) out.comment = clipText(out.comment, SAMPLE_TEXT_CHARS);
  if (out.evidence !== undefined) out.evidence = clipText(out.evidence, SAMPLE_TEXT_CHARS);
  return out;
}

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
  private errorChars = 0;
  private warningChars = 0;

  constructor(protected readonly options: RowReaderOptions) {}

  error(problem: ImportProblem): void {
    this.errorCount++;
    if (this.errors.length >= this.options.maxProblems || this.errorChars > PROBLEM_LIST_CHARS) return;
    const clipped = clipProblem(problem);
    this.errorChars += clipped.message.length + clipped.column.length;
    if (this.errorChars <= PROBLEM_LIST_CHARS) this.errors.push(clipped);
  }

  warn(problem: ImportProblem): void {
    this.warningCount++;
    if (this.warnings.length >= this.options.maxProblems || this.warningChars > PROBLEM_LIST_CHARS) return;
    const clipped = clipProblem(problem);
    this.warningChars += clipped.message.length + clipped.column.length;
    if (this.warningChars <= PROBLEM_LIST_CHARS) this.warnings.push(clipped);
  }

  protected keep(item: ImportItem): void {
    this.values++;
    if (this.options.collectItems) this.items.push(item);
    if (this.sample.length < this.options.sampleSize) this.sample.push(clipSample(item));
  }
}
