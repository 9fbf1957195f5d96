/**
 * An import as a job in the store: read the uploaded file into a preview (progress saved as rows are
 * read, so GET /imports/{id} shows it), then commit: read the file again, collecting every value, and
 * write them ALL OR NOTHING through recordValues (import-write.ts; source 'import', via = the file's name;
 * progress reported while reading and writing: `onProgress`). The reading and the write run through an
 * ImportRunner (import-runner.ts: a worker thread with its own connection, bounded in memory and time). A file
 * with errors is never committed; a commit the write path refuses leaves the store untouched and the job
 * 'invalid' with the refusal's problems located by row and cell. A file that cannot be read to its end — over a
 * limit, damaged, not a spreadsheet, past the deadline or out of memory — is thrown as AppError PAYLOAD_TOO_LARGE or
 * FILE_UNREADABLE, and the job it started is deleted (the refusal is the whole answer: its id was never given out, so a
 * refused upload leaves no row behind; the route removes the file); so is any other failure of the upload.
 */
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { can, type Actor } from '../../domain/access.ts';
import type { Store } from '../../store/db.ts';
import {
  claimImportJob,
  createImportJob,
  deleteUncommittedImportJob,
  getImportJob,
  setImportProgress,
  updateImportJob,
  type ImportJob,
} from '../../store/imports/repo.ts';
import { deleteImportRows } from '../../store/imports/rows.ts';
import { describeDataset } from './dataset-description.ts';
import { appError, type AppError } from '../../domain/errors.ts';
import { ImportRunner } from './import-runner.ts';
import { KEPT_PROBLEMS, type ImportTaskOutcome } from './import-task.ts';
import { keepProblems } from './reader-base.ts';
import type { AcceptedImportWarning, ImportPreview, ImportProblem, ImportProgress, ReadFailure } from './types.ts';

export interface StartImport {
  /** Where the uploaded file is; the job owns it from now on (deleted after the commit). */
  storedFile: string;
  fileName: string;
  datasetCode: string;
  period: string;
  actor: Actor;
  now?: () => Date;
  /** Rows read so far (also saved in the job, so GET /imports/{id} shows it). */
  onProgress?: (progress: ImportProgress) => void;
  /** Where the reading runs (default: in this thread; the server passes its runner of worker threads). */
  runner?: ImportRunner;
}

/** Reads the file and saves its preview; returns the job. Throws AppError: NOT_FOUND for an unknown dataset, BAD_REQUEST for a wrong period, FORBIDDEN, and PAYLOAD_TOO_LARGE or FILE_UNREADABLE for a file that cannot be read to its end (the job is deleted). */
export async function startImport(store: Store, input: StartImport): Promise<ImportJob> {
  const now = input.now ?? (() => new Date());
  const description = await describeDataset(store, input.datasetCode, input.period, input.actor);
  // Without a period the units come with each row's period: then only a caller who may write nowhere is refused up front.
  const writesSomewhere =
    description.period === ''
      ? can(input.actor, 'write_values', { unitPath: input.actor.unitScopes.length ? input.actor.unitScopes : ['*'] })
      : description.units.some((u) => u.writable !== false);
  if (!writesSomewhere) {
    throw appError('FORBIDDEN', {
      action: 'write_values',
      target: `Không có quyền ghi số liệu cho đơn vị nào của biểu mẫu ${description.dataset.code} / not allowed to write values for any unit of this dataset`,
    });
  }
  const id = randomUUID();
  await createImportJob(
    store.db,
    {
      id,
      datasetCode: description.dataset.code,
      period: description.period,
      fileName: input.fileName,
      storedFile: input.storedFile,
      createdBy: input.actor.name,
    },
    now(),
  );
  const report = input.onProgress;
  const progress = trackProgress(store, id, now, report ? (rows) => report({ phase: 'reading', done: rows, total: 0 }) : undefined);
  try {
    const runner = input.runner ?? new ImportRunner(store, { threads: 'never' });
    const task = {
      kind: 'read',
      path: input.storedFile,
      fileName: input.fileName,
      datasetCode: description.dataset.code,
      period: description.period,
      actor: input.actor,
      importId: id,
    } as const;
    const { preview, failure } = await runner.run(task, (p) => progress.report(p.done));
    await progress.settled();
    await updateImportJob(store.db, id, { status: preview.errorCount > 0 ? 'invalid' : 'ready', rowsRead: preview.rowsRead, preview }, now());
    if (failure) throw failureError(failure);
  } catch (error) {
    await progress.settled();
    await deleteUncommittedImportJob(store.db, id);
    throw error;
  }
  return (await getImportJob(store.db, id)) as ImportJob;
}

/** The error a file that could not be read to its end is refused with (the route: 413 or 422). */
function failureError(failure: ReadFailure): AppError {
  if (failure.kind === 'limit') return appError('PAYLOAD_TOO_LARGE', {}, [{ field: 'file', limit: failure.limit, max: failure.max, message: failure.message }]);
  return appError('FILE_UNREADABLE', { reason: failure.message }, [{ field: 'file', message: failure.message }]);
}

export interface CommitOutcome {
  importId: string;
  created: number;
  updated: number;
  unchanged: number;
  /** Validation warnings accepted by their row's comment, located. */
  warnings: AcceptedImportWarning[];
}

export interface CommitOptions {
  now?: () => Date;
  /** Reading the file again (rows of the preview's), then writing (values of all). */
  onProgress?: (progress: ImportProgress) => void;
  /** Where the commit runs (default: in this thread; the server passes its runner of worker threads). */
  runner?: ImportRunner;
}

/** Writes every value of a 'ready' import in one transaction. Throws AppError (NOT_FOUND, CONFLICT, VALIDATION_FAILED, PAYLOAD_TOO_LARGE, FILE_UNREADABLE). */
export async function commitImport(store: Store, id: string, actor: Actor, options: CommitOptions = {}): Promise<CommitOutcome> {
  const now = options.now ?? (() => new Date());
  const report = options.onProgress;
  const job = await getImportJob(store.db, id);
  if (!job) throw appError('NOT_FOUND', {}, [{ field: 'id', message: `Không có lượt nhập "${id}" / no import "${id}"` }]);
  if (!(await claimImportJob(store.db, id, 'ready', 'committing', now()))) {
    throw appError('CONFLICT', { reason: conflictMessage(job.status) });
  }
  let outcome: ImportTaskOutcome;
  try {
    const runner = options.runner ?? new ImportRunner(store, { threads: 'never' });
    const progress = trackProgress(store, id, now, report ? (rows) => report({ phase: 'reading', done: rows, total: job.rowsRead }) : undefined);
    const task = {
      kind: 'commit',
      path: job.storedFile ?? '',
      fileName: job.fileName,
      datasetCode: job.datasetCode,
      period: job.period,
      actor,
      now: now().toISOString(),
    } as const;
    outcome = await runner.run(task, (p) => (p.phase === 'reading' ? progress.report(p.done) : report?.(p)));
    await progress.settled();
  } catch (error) {
    const current = await getImportJob(store.db, id);
    if (current?.status === 'committing') await updateImportJob(store.db, id, { status: 'ready' }, now());
    throw error;
  }
  const { preview, failure, written } = outcome;
  if (failure) {
    await updateImportJob(
      store.db,
      id,
      { status: 'invalid', preview: { ...(job.preview as ImportPreview), errors: preview.errors, errorCount: preview.errorCount } },
      now(),
    );
    throw failureError(failure);
  }
  if (preview.errorCount > 0) return await refuse(store, job, preview.errors, preview.errorCount, now);
  if (!written) throw new Error('the commit ended without writing');
  if (!written.ok) return await refuse(store, job, written.problems, written.count, now);
  const { created, updated, unchanged, warnings } = written.result;
  const result: CommitOutcome = { importId: id, created, updated, unchanged, warnings: keepProblems(warnings, KEPT_PROBLEMS) };
  await updateImportJob(store.db, id, { status: 'committed', rowsRead: preview.rowsRead, result, storedFile: null }, now());
  await rm(job.storedFile ?? '', { force: true });
  await deleteImportRows(store.db, id);
  return result;
}

function conflictMessage(status: string): string {
  if (status === 'committed') return 'Lượt nhập này đã được ghi rồi / this import was already committed';
  if (status === 'invalid') return 'Tệp còn lỗi nên không ghi được; sửa tệp và tải lên lại / the file has errors, fix it and upload it again';
  return `Lượt nhập đang ở trạng thái "${status}", chưa ghi được / the import is ${status}`;
}

async function refuse(store: Store, job: ImportJob, errors: ImportProblem[], count: number, now: () => Date): Promise<never> {
  const kept = keepProblems(errors, KEPT_PROBLEMS);
  const preview = { ...(job.preview as ImportPreview), errors: kept, errorCount: count };
  await updateImportJob(store.db, job.id, { status: 'invalid', preview }, now());
  throw appError('VALIDATION_FAILED', { count: kept.length }, kept);
}

/** Saves progress without waiting for it on every call; `settled` waits for the last write. */
function trackProgress(store: Store, id: string, now: () => Date, also?: (rowsRead: number) => void) {
  let pending: Promise<void> = Promise.resolve();
  return {
    report: (rowsRead: number) => {
      also?.(rowsRead);
      pending = pending.then(() => setImportProgress(store.db, id, rowsRead, now())).catch(() => undefined);
    },
    settled: () => pending,
  };
}
