/** Where uploaded import files wait for their commit: $DX_IOC_IMPORTS_DIR, else ./data/imports. Names are random, never the client's. */
import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, rm, stat, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export function defaultImportsDir(): string {
  return process.env.DX_IOC_IMPORTS_DIR ?? './data/imports';
}

/** A fresh path for an upload in `dir` (created if needed). */
export async function newUploadPath(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  return join(dir, `${randomUUID()}.upload`);
}

/** Writes an uploaded stream to a fresh path in `dir` and returns it; when the stream fails, the partial file is removed. */
export async function writeUpload(dir: string, input: Readable): Promise<string> {
  const path = await newUploadPath(dir);
  try {
    await pipeline(input, (await open(path, 'wx')).createWriteStream());
  } catch (error) {
    await rm(path, { force: true });
    throw error;
  }
  return path;
}

/** The names newUploadPath gives: only these are ever swept from the directory. */
const UPLOAD_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.upload$/;

/**
 * A file in the directory that no import names is kept this long after its last write (24 h, as an
 * uncommitted import): an upload still arriving has no row yet but a fresh modification time.
 */
export const ORPHAN_UPLOAD_RETENTION_MS = 24 * 60 * 60 * 1000;

export type UploadRemoval = 'removed' | 'missing' | 'failed';

/** Deletes an uploaded file; one already gone is 'missing' (not an error), any other failure is 'failed'. */
export async function removeUpload(path: string): Promise<UploadRemoval> {
  try {
    await unlink(path);
    return 'removed';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'failed';
  }
}

/**
 * Deletes uploads in `dir` that no import row names and that were last written before the retention:
 * left by a crash between the upload and its job, or by a file deletion that failed. The directory
 * belongs to this database (two databases must not share one). Returns how many files went.
 */
export async function purgeOrphanUploads(db: Kysely<Database>, dir: string, now: Date = new Date()): Promise<number> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[]; // nothing was ever uploaded
    throw error;
  });
  const candidates = names.filter((name) => UPLOAD_NAME.test(name));
  if (candidates.length === 0) return 0;
  // Names, not paths: a job may hold its file under a relative or an absolute path.
  const rows = await db.selectFrom('imports').select('storedFile').where('storedFile', 'is not', null).execute();
  const named = new Set(rows.map((r) => basename(r.storedFile ?? '')));
  const cutoff = now.getTime() - ORPHAN_UPLOAD_RETENTION_MS;
  let removed = 0;
  for (const name of candidates) {
    if (named.has(name)) continue;
    const path = join(dir, name);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile() || info.mtimeMs > cutoff) continue;
    if ((await removeUpload(path)) === 'removed') removed += 1;
  }
  return removed;
}
