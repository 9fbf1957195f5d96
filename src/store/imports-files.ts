/** Where uploaded import files wait for their commit: $DX_IOC_IMPORTS_DIR, else ./data/imports. Names are random, never the client's. */
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

export function defaultImportsDir(): string {
  return process.env.DX_IOC_IMPORTS_DIR ?? './data/imports';
}

/** A fresh path for an upload in `dir` (created if needed). */
export async function newUploadPath(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  return join(dir, `${randomUUID()}.upload`);
}
