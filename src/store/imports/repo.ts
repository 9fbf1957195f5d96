/**
 * Import jobs: one row per uploaded file, from 'reading' (progress in rowsRead) to 'ready' (a preview
 * without errors) or 'invalid', then 'committing' and 'committed'. The preview and the outcome are
 * JSON text; the repository neither knows nor checks their shape. A job that becomes 'invalid' loses
 * its uploaded file at once (it can never be committed; the user uploads a corrected file).
 */
import { rm } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { removeUpload } from './files.ts';
import { deleteImportRows, deleteOrphanImportRows } from './rows.ts';

export const IMPORT_STATUSES = ['reading', 'ready', 'invalid', 'committing', 'committed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export type ImportCreatorKind = 'user' | 'token';

export interface ImportJob {
  id: string;
  datasetCode: string;
  period: string;
  fileName: string;
  storedFile: string | null;
  status: ImportStatus;
  rowsRead: number;
  preview: unknown;
  result: unknown;
  createdBy: string;
  /** The creator's kind (user and token names may overlap); null when not recorded: only an admin may use the job. */
  createdByKind: ImportCreatorKind | null;
  createdAt: string;
  updatedAt: string;
}

export interface NewImportJob {
  id: string;
  datasetCode: string;
  period: string;
  fileName: string;
  storedFile: string;
  createdBy: string;
  createdByKind?: ImportCreatorKind;
}

const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

export async function createImportJob(db: Kysely<Database>, job: NewImportJob, now: Date = new Date()): Promise<void> {
  const at = now.toISOString();
  await db
    .insertInto('imports')
    .values({ ...job, createdByKind: job.createdByKind ?? null, status: 'reading', rowsRead: 0, preview: null, result: null, createdAt: at, updatedAt: at })
    .execute();
}

export async function getImportJob(db: Kysely<Database>, id: string): Promise<ImportJob | null> {
  const row = await db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const createdByKind = row.createdByKind === 'user' || row.createdByKind === 'token' ? row.createdByKind : null;
  return { ...row, createdByKind, status: row.status as ImportStatus, rowsRead: Number(row.rowsRead), preview: parse(row.preview), result: parse(row.result) };
}

export async function setImportProgress(db: Kysely<Database>, id: string, rowsRead: number, now: Date = new Date()): Promise<void> {
  await db.updateTable('imports').set({ rowsRead, updatedAt: now.toISOString() }).where('id', '=', id).execute();
}

export interface ImportUpdate {
  status: ImportStatus;
  rowsRead?: number;
  preview?: unknown;
  result?: unknown;
  storedFile?: string | null;
}

/** Updates a job; moving it to 'invalid' also forgets and deletes its uploaded file. */
export async function updateImportJob(db: Kysely<Database>, id: string, update: ImportUpdate, now: Date = new Date()): Promise<void> {
  const dropFile = update.status === 'invalid' ? await storedFileOf(db, id) : null;
  await db
    .updateTable('imports')
    .set({
      status: update.status,
      updatedAt: now.toISOString(),
      ...(update.rowsRead !== undefined ? { rowsRead: update.rowsRead } : {}),
      ...(update.preview !== undefined ? { preview: JSON.stringify(update.preview) } : {}),
      ...(update.result !== undefined ? { result: JSON.stringify(update.result) } : {}),
      ...(update.storedFile !== undefined ? { storedFile: update.storedFile } : {}),
      ...(update.status === 'invalid' ? { storedFile: null } : {}),
    })
    .where('id', '=', id)
    .execute();
  if (dropFile) await rm(dropFile, { force: true });
}

async function storedFileOf(db: Kysely<Database>, id: string): Promise<string | null> {
  const row = await db.selectFrom('imports').select('storedFile').where('id', '=', id).executeTakeFirst();
  return row?.storedFile ?? null;
}

/** Records who created a job when the caller that created it could not say (set once; a recorded kind is kept). */
export async function setImportCreatorKind(db: Kysely<Database>, id: string, kind: ImportCreatorKind): Promise<void> {
  await db.updateTable('imports').set({ createdByKind: kind }).where('id', '=', id).where('createdByKind', 'is', null).execute();
}

/** Deletes a job that never wrote anything (an upload refused before its id was given out); its file is the caller's to remove. */
export async function deleteUncommittedImportJob(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('imports').where('id', '=', id).where('status', 'in', ['reading', 'ready', 'invalid']).execute();
  await deleteImportRows(db, id);
}

/** Moves a job from `from` to `to` only if it is still in `from`; false when another request got there first. */
export async function claimImportJob(db: Kysely<Database>, id: string, from: ImportStatus, to: ImportStatus, now: Date = new Date()): Promise<boolean> {
  const result = await db
    .updateTable('imports')
    .set({ status: to, rowsRead: 0, updatedAt: now.toISOString() })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * An import that was never committed is kept 24 h after it last moved (upload, progress, preview, a
 * refused commit): a working day to look at the preview and commit it, then its row and file go.
 */
export const UNCOMMITTED_IMPORT_RETENTION_MS = 24 * 60 * 60 * 1000;

/**
 * Statuses whose job has certainly written no value. 'committed' is history (the GET /imports/{id} of a
 * commit); 'committing' past the retention is a commit cut off by a crash, which may or may not have
 * written its values (the status is set after the values' transaction): kept with its file for an
 * operator, and counted. Nothing else refers to an import row: the audit trail names the file
 * (`via`), not the job.
 */
const NEVER_WROTE: readonly ImportStatus[] = ['reading', 'ready', 'invalid'];

export interface ImportPurge {
  /** Uncommitted jobs deleted. */
  jobs: number;
  /** Their uploaded files deleted (a file already missing is not counted). */
  files: number;
  /** Files that could not be deleted (left for the orphan sweep). */
  fileFailures: number;
  /** 'committing' jobs past the retention, kept (see NEVER_WROTE). */
  stalledCommits: number;
}

/** Deletes uncommitted jobs past UNCOMMITTED_IMPORT_RETENTION_MS, then their uploaded files. */
export async function purgeUncommittedImports(db: Kysely<Database>, now: Date = new Date()): Promise<ImportPurge> {
  const cutoff = new Date(now.getTime() - UNCOMMITTED_IMPORT_RETENTION_MS).toISOString();
  // One statement: a job claimed for its commit at this moment is no longer 'ready' and is not deleted.
  const deleted = await db.deleteFrom('imports').where('status', 'in', NEVER_WROTE).where('updatedAt', '<=', cutoff).returning('storedFile').execute();
  // Their preview rows (import_rows) go with them, and any a crash left behind.
  if (deleted.length > 0) await deleteOrphanImportRows(db);
  let files = 0;
  let fileFailures = 0;
  // The file after the row: a file that outlives its row is an orphan the next sweep finds; the reverse would be a job whose file is gone.
  for (const { storedFile } of deleted) {
    if (!storedFile) continue;
    const outcome = await removeUpload(storedFile);
    if (outcome === 'removed') files += 1;
    if (outcome === 'failed') fileFailures += 1;
  }
  const stalled = await db
    .selectFrom('imports')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'committing')
    .where('updatedAt', '<=', cutoff)
    .executeTakeFirstOrThrow();
  return { jobs: deleted.length, files, fileFailures, stalledCommits: Number(stalled.n) };
}
