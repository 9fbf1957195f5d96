/**
 * The write of a read file, shared by the import job and the CLI: every value ALL OR NOTHING through the
 * collection write path (source 'import', via the file's name), a row's comment accepting the validation
 * warnings of its values (as acceptWarnings does for the batch API), and the write path's problems and
 * accepted warnings located back at their row and cell (the unit, comment or evidence cell when the
 * problem is about that field).
 */
import type { Actor } from '../../domain/access.ts';
import type { Store } from '../../store/db.ts';
import { isRecordRefusal, type ItemProblem } from '../collection/errors.ts';
import { recordValues, type AcceptedWarning, type RecordResult } from '../collection/record-values.ts';
import { cellRef } from './cell-ref.ts';
import type { AcceptedImportWarning, FieldColumns, ImportItem, ImportProblem, ReadResult } from './types.ts';

export interface ImportWriteContext {
  actor: Actor;
  fileName: string;
  now?: Date;
  /** Values written so far, of all. */
  onProgress?: (done: number, total: number) => void;
}

export type ImportWriteOutcome =
  { ok: true; result: Omit<RecordResult, 'warnings'> & { warnings: AcceptedImportWarning[] } } | { ok: false; problems: ImportProblem[]; count: number };

export async function writeImport(store: Store, read: ReadResult, ctx: ImportWriteContext): Promise<ImportWriteOutcome> {
  try {
    // ImportItems are RecordItems (a comment or evidence only when the file gave one: absent keeps the stored one).
    const result = await recordValues(store, read.items, {
      actor: ctx.actor,
      source: 'import',
      via: ctx.fileName,
      acceptCommentedWarnings: true,
      ...(ctx.now ? { now: ctx.now } : {}),
      ...(ctx.onProgress ? { onProgress: ctx.onProgress } : {}),
    });
    return { ok: true, result: { ...result, warnings: result.warnings.map((w) => locateWarning(w, read.items, read.fieldColumns)) } };
  } catch (error) {
    if (!isRecordRefusal(error)) throw error;
    const problems = error.details as ItemProblem[];
    return { ok: false, problems: problems.map((p) => locate(p, read.items, read.fieldColumns)), count: problems.length };
  }
}

const FIELD_OF: Record<string, keyof FieldColumns> = { unit: 'unit', comment: 'comment', evidence: 'evidence', period: 'period', dataElement: 'dataElement' };

function where(index: number, field: string, items: readonly ImportItem[], columns: FieldColumns): Omit<ImportProblem, 'message'> {
  const item = items[index];
  if (!item) return { row: 0, column: field, cell: '' };
  const column = FIELD_OF[field] ? columns[FIELD_OF[field]] : undefined;
  if (column) return { row: item.row, column: column.label, cell: cellRef(item.row, column.index) };
  return { row: item.row, column: item.dataElement, cell: item.cell };
}

/** A write path problem (by item index and field) at its row and cell. */
export function locate(problem: ItemProblem, items: readonly ImportItem[], columns: FieldColumns): ImportProblem {
  const item = items[problem.index];
  const what = item ? `${item.dataElement} · ${item.unit} · ${item.period}: ` : '';
  return { ...where(problem.index, problem.field, items, columns), message: `${what}${problem.message}` };
}

function locateWarning(warning: AcceptedWarning, items: readonly ImportItem[], columns: FieldColumns): AcceptedImportWarning {
  return { ...where(warning.index, 'comment', items, columns), rule: warning.rule, message: warning.message };
}
