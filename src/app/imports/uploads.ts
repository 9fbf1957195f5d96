/**
 * The imports resource as use cases: the template of a dataset and period (for a caller who may write one of its
 * units, or an admin), the upload's early check and its start (the preview), and an import's reading and commit,
 * only by the user or token who uploaded it (same name AND kind: the two may share a name) or an admin.
 */
import { rm } from 'node:fs/promises';
import type { Actor } from '../../domain/access.ts';
import { appError } from '../../domain/errors.ts';
import type { Store } from '../../store/db.ts';
import { getImportJob, setImportCreatorKind, type ImportJob } from '../../store/imports/repo.ts';
import { listImportRows, type ImportRow } from '../../store/imports/rows.ts';
import type { ImportPreview } from './types.ts';
import { describeDataset } from './dataset-description.ts';
import { commitImport, startImport, type CommitOptions, type CommitOutcome } from './import-job.ts';
import type { ImportRunner } from './import-runner.ts';
import { buildTemplate } from './template.ts';

export { defaultImportsDir, writeUpload } from '../../store/imports/files.ts';

export async function importTemplate(store: Store, actor: Actor, datasetCode: string, period: string): Promise<{ fileName: string; content: Buffer }> {
  const description = await describeDataset(store, datasetCode, period, actor);
  const units = description.units.filter((u) => u.writable !== false);
  if (units.length === 0 && actor.role !== 'admin') throw appError('FORBIDDEN', { action: 'write_values', target: description.dataset.code });
  const content = await buildTemplate({ ...description, units });
  return { fileName: `mau-${description.dataset.code}-${description.period}.xlsx`, content };
}

/**
 * Before a byte of the file is stored: when the form's fields came first (`dataset`, `period`, then `file`),
 * refuse an unknown dataset or a caller who may write no unit of it at that period. startImport checks again.
 */
export async function precheckUpload(store: Store, actor: Actor, fields: Readonly<Record<string, string>>): Promise<void> {
  if (!fields.dataset) return;
  const description = await describeDataset(store, fields.dataset, fields.period ?? '', actor);
  if (description.period !== '' && actor.role !== 'admin' && !description.units.some((u) => u.writable !== false)) {
    throw appError('FORBIDDEN', { action: 'write_values', target: description.dataset.code });
  }
}

export interface Upload {
  /** The multipart fields, as text. */
  fields: Readonly<Record<string, string>>;
  /** Where the received file was stored ('' when no file came); the import owns it from now on. */
  path: string;
  fileName: string;
}

/** Reads the uploaded file into a preview; on any refusal the stored file is removed (and no import is kept). */
export async function startUpload(store: Store, actor: Actor, upload: Upload, options: { now: () => Date; runner: ImportRunner }): Promise<ImportJob> {
  try {
    // The period may be left out when the file's rows name it (a long file with a period column).
    for (const field of ['dataset', 'file'] as const) {
      if (!(field === 'file' ? upload.path : upload.fields[field]))
        throw appError('BAD_REQUEST', { field, reason: 'là trường bắt buộc / is required' }, [{ field, message: 'là trường bắt buộc / is required' }]);
    }
    const job = await startImport(store, {
      storedFile: upload.path,
      fileName: upload.fileName,
      datasetCode: upload.fields.dataset ?? '',
      period: upload.fields.period ?? '',
      actor,
      now: options.now,
      runner: options.runner,
    });
    // The job's id has not left the server yet, so nobody else can reach the job before its owner's kind is set.
    await setImportCreatorKind(store.db, job.id, actor.kind);
    return { ...job, createdByKind: actor.kind };
  } catch (error) {
    if (upload.path) await rm(upload.path, { force: true }).catch(() => undefined);
    throw error;
  }
}

export async function getOwnImport(store: Store, actor: Actor, id: string): Promise<ImportJob> {
  const job = await getImportJob(store.db, id);
  if (!job) throw appError('NOT_FOUND');
  const owner = job.createdBy === actor.name && job.createdByKind === actor.kind;
  if (actor.role !== 'admin' && !owner) throw appError('FORBIDDEN', { action: 'read', target: `import ${id}` });
  return job;
}

export async function commitOwnImport(store: Store, actor: Actor, id: string, options: CommitOptions): Promise<CommitOutcome> {
  await getOwnImport(store, actor, id);
  return commitImport(store, id, actor, options);
}

export interface ImportRowsPage {
  importId: string;
  offset: number;
  /** Rows kept for the grid (0 once committed, or when no sheet could be read). */
  total: number;
  /** Cells of the widest kept row. */
  columns: number;
  items: Array<{ row: number; cells: string[] }>;
}

/** A page of the file's rows as the preview grid shows them (same access as the import itself). */
export async function getOwnImportRows(store: Store, actor: Actor, id: string, offset: number, limit: number): Promise<ImportRowsPage> {
  const job = await getOwnImport(store, actor, id);
  const grid = (job.preview as Partial<ImportPreview> | null)?.grid;
  const rows: ImportRow[] = grid && job.status !== 'committed' ? await listImportRows(store.db, id, offset, limit) : [];
  return {
    importId: id,
    offset,
    total: job.status === 'committed' ? 0 : (grid?.rows ?? 0),
    columns: grid?.columns ?? 0,
    items: rows.map((r) => ({ row: r.rowNumber, cells: r.cells })),
  };
}
