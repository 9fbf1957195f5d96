/**
 * Import jobs: one row per uploaded file, from 'reading' (progress in rowsRead) to 'ready' (a preview
 * without errors) or 'invalid', then 'committing' and 'committed'. The preview and the outcome are
 * JSON text; the repository neither knows nor checks their shape. A job that becomes 'invalid' loses
 * its uploaded file at once (it can never be committed; the user uploads a corrected file).
 */
import { rm } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

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
  await db.insertInto('imports').values({ ...job, createdByKind: job.createdByKind ?? null, status: 'reading', rowsRead: 0, preview: null, result: null, createdAt: at, updatedAt: at }).execute();
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

/** Moves a job from `from` to `to` only if it is still in `from`; false when another request got there first. */
export async function claimImportJob(db: Kysely<Database>, id: string, from: ImportStatus, to: ImportStatus, now: Date = new Date()): Promise<boolean> {
  const result = await db.updateTable('imports').set({ status: to, rowsRead: 0, updatedAt: now.toISOString() }).where('id', '=', id).where('status', '=', from).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
