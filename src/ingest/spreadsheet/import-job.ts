/**
 * An import as a job in the store: read the uploaded file into a preview (progress saved as rows are
 * read, so GET /imports/{id} shows it), then commit: read the file again, collecting every value, and
 * write them ALL OR NOTHING through recordValues (import-write.ts; source 'import', via = the file's name;
 * progress reported while reading and writing: `onProgress`). A file with
 * errors is never committed; a commit the write path refuses leaves the store untouched and the job
 * 'invalid' with the refusal's problems located by row and cell.
 */
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { can, type Actor } from '../../domain/access.ts';
import type { Store } from '../../store/db.ts';
import { claimImportJob, createImportJob, getImportJob, setImportProgress, updateImportJob, type ImportJob } from '../../store/imports-repo.ts';
import { describeDataset } from './dataset-description.ts';
import { ImportError } from './import-error.ts';
import { readSpreadsheet } from './read-spreadsheet.ts';
import { writeImport } from './import-write.ts';
import type { AcceptedImportWarning, ImportPreview, ImportProblem, ImportProgress } from './types.ts';

/** Rows between two progress writes to the store. */
const PROGRESS_EVERY = 2000;

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
}

/** Reads the file and saves its preview; returns the job. Throws ImportError for an unknown dataset or a wrong period. */
export async function startImport(store: Store, input: StartImport): Promise<ImportJob> {
  const now = input.now ?? (() => new Date());
  const description = await describeDataset(store, input.datasetCode, input.period, input.actor);
  // Without a period the units come with each row's period: then only a caller who may write nowhere is refused up front.
  const writesSomewhere = description.period === '' ? can(input.actor, 'write_values', { unitPath: input.actor.unitScopes.length ? input.actor.unitScopes : ['*'] }) : description.units.some((u) => u.writable !== false);
  if (!writesSomewhere) {
    throw new ImportError('FORBIDDEN', `Không có quyền ghi số liệu cho đơn vị nào của biểu mẫu ${description.dataset.code} / not allowed to write values for any unit of this dataset`);
  }
  const id = randomUUID();
  await createImportJob(store.db, { id, datasetCode: description.dataset.code, period: description.period, fileName: input.fileName, storedFile: input.storedFile, createdBy: input.actor.name }, now());
  const report = input.onProgress;
  const progress = trackProgress(store, id, now, report ? (rows) => report({ phase: 'reading', done: rows, total: 0 }) : undefined);
  const { preview } = await readSpreadsheet(input.storedFile, { fileName: input.fileName, description, onProgress: progress.report, progressEvery: PROGRESS_EVERY });
  await progress.settled();
  await updateImportJob(store.db, id, { status: preview.errorCount > 0 ? 'invalid' : 'ready', rowsRead: preview.rowsRead, preview }, now());
  return (await getImportJob(store.db, id)) as ImportJob;
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
}

/** Writes every value of a 'ready' import in one transaction. Throws ImportError (NOT_FOUND, CONFLICT, VALIDATION_FAILED). */
export async function commitImport(store: Store, id: string, actor: Actor, options: CommitOptions = {}): Promise<CommitOutcome> {
  const now = options.now ?? (() => new Date());
  const report = options.onProgress;
  const job = await getImportJob(store.db, id);
  if (!job) throw new ImportError('NOT_FOUND', `Không có lượt nhập "${id}" / no import "${id}"`);
  if (!(await claimImportJob(store.db, id, 'ready', 'committing', now()))) {
    throw new ImportError('CONFLICT', conflictMessage(job.status));
  }
  try {
    const description = await describeDataset(store, job.datasetCode, job.period, actor);
    const progress = trackProgress(store, id, now, report ? (rows) => report({ phase: 'reading', done: rows, total: job.rowsRead }) : undefined);
    const read = await readSpreadsheet(job.storedFile ?? '', { fileName: job.fileName, description, collectItems: true, onProgress: progress.report, progressEvery: PROGRESS_EVERY });
    await progress.settled();
    const { preview } = read;
    if (preview.errorCount > 0) return await refuse(store, job, preview.errors, preview.errorCount, now);
    const written = await writeImport(store, read, {
      actor,
      fileName: job.fileName,
      now: now(),
      ...(report ? { onProgress: (done: number, total: number) => report({ phase: 'committing', done, total }) } : {}),
    });
    if (!written.ok) return await refuse(store, job, written.problems, written.count, now);
    const { created, updated, unchanged, warnings } = written.result;
    const outcome: CommitOutcome = { importId: id, created, updated, unchanged, warnings: warnings.slice(0, 1000) };
    await updateImportJob(store.db, id, { status: 'committed', rowsRead: preview.rowsRead, result: outcome, storedFile: null }, now());
    await rm(job.storedFile ?? '', { force: true });
    return outcome;
  } catch (error) {
    const current = await getImportJob(store.db, id);
    if (current?.status === 'committing') await updateImportJob(store.db, id, { status: 'ready' }, now());
    throw error;
  }
}

function conflictMessage(status: string): string {
  if (status === 'committed') return 'Lượt nhập này đã được ghi rồi / this import was already committed';
  if (status === 'invalid') return 'Tệp còn lỗi nên không ghi được; sửa tệp và tải lên lại / the file has errors, fix it and upload it again';
  return `Lượt nhập đang ở trạng thái "${status}", chưa ghi được / the import is ${status}`;
}

async function refuse(store: Store, job: ImportJob, errors: ImportProblem[], count: number, now: () => Date): Promise<never> {
  const preview = { ...(job.preview as ImportPreview), errors: errors.slice(0, 1000), errorCount: count };
  await updateImportJob(store.db, job.id, { status: 'invalid', preview }, now());
  throw new ImportError('VALIDATION_FAILED', `Không ghi được: ${count} lỗi; không có gì được ghi / nothing was written`, errors.slice(0, 1000));
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
