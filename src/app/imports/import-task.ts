/**
 * The part of an import that reads the uploaded file and, for a commit, writes its values: everything but the
 * job's bookkeeping (import-job.ts). It runs in a worker thread with its own store when the store can be
 * shared, else in the caller's thread (import-runner.ts), so what it takes and gives is plain data: the task,
 * progress reports, and an outcome whose lists are already cut to what the job keeps.
 */
import type { Actor } from '../../domain/access.ts';
import type { Store } from '../../store/db.ts';
import { describeDataset } from './dataset-description.ts';
import { GridSink } from './grid-rows.ts';
import { countImportChanges } from './import-changes.ts';
import { writeImport, type ImportWriteOutcome } from './import-write.ts';
import { readSpreadsheet } from './read-spreadsheet.ts';
import { keepProblems } from './reader-base.ts';
import type { ImportPreview, ImportProgress, ReadFailure } from './types.ts';

/** Rows between two progress reports. */
export const PROGRESS_EVERY = 2000;
/** Accepted warnings and write-path problems kept with a job (their count stays exact). */
export const KEPT_PROBLEMS = 1000;

export interface ImportTask {
  /** read: the preview; commit: read again collecting every value, then write them all or nothing. */
  kind: 'read' | 'commit';
  path: string;
  fileName: string;
  datasetCode: string;
  period: string;
  actor: Actor;
  /** The commit's instant (ISO), the versions' timestamp. */
  now?: string;
  /** A read for this import's preview: the sheet's rows are saved for its grid (grid-rows.ts). */
  importId?: string;
}

export interface ImportTaskOutcome {
  preview: ImportPreview;
  /** The file could not be read to its end (over a limit, damaged, past the deadline). */
  failure?: ReadFailure;
  /** The commit's write, when the file was read without errors. */
  written?: ImportWriteOutcome;
}

export async function runImportTask(
  store: Store,
  task: ImportTask,
  report: (progress: ImportProgress) => void,
  signal?: AbortSignal,
): Promise<ImportTaskOutcome> {
  const description = await describeDataset(store, task.datasetCode, task.period, task.actor);
  const grid = task.kind === 'read' && task.importId ? new GridSink(store.db, task.importId) : null;
  const read = await readSpreadsheet(task.path, {
    fileName: task.fileName,
    description,
    // A preview keeps the values too, to tell what its commit would change (import-changes.ts).
    collectItems: task.kind === 'commit' || grid !== null,
    onProgress: (rows) => report({ phase: 'reading', done: rows, total: 0 }),
    progressEvery: PROGRESS_EVERY,
    ...(signal ? { signal } : {}),
    ...(grid ? { onSheetRow: (row) => grid.add(row) } : {}),
  });
  if (grid) {
    await grid.flush();
    if (grid.rows > 0) read.preview.grid = { rows: grid.rows, columns: grid.columns };
  }
  const { preview, failure } = read;
  if (grid && !failure) preview.changes = await countImportChanges(store, read.items, task.actor);
  if (task.kind === 'read' || failure || preview.errorCount > 0) return { preview, ...(failure ? { failure } : {}) };
  const written = await writeImport(store, read, {
    actor: task.actor,
    fileName: task.fileName,
    ...(task.now ? { now: new Date(task.now) } : {}),
    onProgress: (done, total) => report({ phase: 'committing', done, total }),
  });
  const kept: ImportWriteOutcome = written.ok
    ? { ok: true, result: { ...written.result, warnings: keepProblems(written.result.warnings, KEPT_PROBLEMS) } }
    : { ok: false, problems: keepProblems(written.problems, KEPT_PROBLEMS), count: written.count };
  return { preview, written: kept };
}
