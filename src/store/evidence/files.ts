/**
 * Evidence files on disk, content-addressed: <dir>/<sha256[0..2]>/<sha256>. The client's file name is
 * kept only in the database (for Content-Disposition), never used as a path. A stream is written to a
 * temporary file while it is hashed and counted, and moved into place only when complete and in limits.
 */
import { AppError } from '../../domain/errors.ts';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export const DEFAULT_EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;

export function defaultEvidenceDir(): string {
  return process.env.DX_IOC_EVIDENCE_DIR ?? './data/evidence';
}

export function defaultEvidenceMaxBytes(): number {
  const fromEnv = Number(process.env.DX_IOC_EVIDENCE_MAX_BYTES);
  return Number.isSafeInteger(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_EVIDENCE_MAX_BYTES;
}

export function evidenceFilePath(dir: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
  return join(dir, sha256.slice(0, 2), sha256);
}

/** A file over the evidence size limit (413). */
function tooLarge(maxBytes: number): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', `Tệp lớn hơn giới hạn ${maxBytes.toLocaleString('vi-VN')} byte / file larger than ${maxBytes} bytes`);
}

export interface ReceivedFile {
  /** The temporary file; call `keep` to move it into place or `discard` to drop it. */
  tempPath: string;
  size: number;
  sha256: string;
  head: Buffer;
  tail: Buffer;
}

/** Writes a stream to a temporary file in `dir`, hashing and counting it; throws PAYLOAD_TOO_LARGE past `maxBytes` (nothing is left behind). */
export async function receiveEvidenceFile(dir: string, input: Readable, maxBytes: number): Promise<ReceivedFile> {
  const tmpDir = join(dir, 'tmp');
  await mkdir(tmpDir, { recursive: true });
  const tempPath = join(tmpDir, randomUUID());
  const hash = createHash('sha256');
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > maxBytes) return callback(tooLarge(maxBytes));
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  // Opened before streaming, so a failure cannot race the file's creation and leave it behind.
  const output = (await open(tempPath, 'wx')).createWriteStream();
  try {
    await pipeline(input, meter, output);
  } catch (error) {
    if (!output.closed) await new Promise<void>((resolve) => output.once('close', () => resolve()));
    await rm(tempPath, { force: true });
    throw error;
  }
  const handle = await open(tempPath, 'r');
  try {
    const head = Buffer.alloc(Math.min(16, size));
    await handle.read(head, 0, head.length, 0);
    const tailLength = Math.min(64 * 1024, size);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    return { tempPath, size, sha256: hash.digest('hex'), head, tail };
  } finally {
    await handle.close();
  }
}

/** Moves a received file to its content address (an identical file already there is kept). */
export async function keepEvidenceFile(dir: string, file: ReceivedFile): Promise<string> {
  const target = evidenceFilePath(dir, file.sha256);
  await mkdir(join(dir, file.sha256.slice(0, 2)), { recursive: true });
  const exists = await stat(target).then(
    () => true,
    () => false,
  );
  if (exists) await rm(file.tempPath, { force: true });
  else await rename(file.tempPath, target);
  return target;
}

export async function discardEvidenceFile(file: ReceivedFile): Promise<void> {
  await rm(file.tempPath, { force: true });
}
