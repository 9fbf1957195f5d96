/** A boundary file from disk: at most GEO_LIMITS.bytes, UTF-8 JSON; a refusal names the file and the reason. */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { GEO_LIMITS } from '../../domain/geo.ts';
import { ValidationError } from '../../domain/metadata.ts';

export async function readBoundaryJson(path: string): Promise<{ json: unknown; sourceName: string }> {
  const sourceName = basename(path);
  const refuse = (message: string) =>
    new ValidationError([{ path: sourceName, message }], `Không đọc được tệp ranh giới ${sourceName} / cannot read the boundary file`);
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw refuse('không có tệp này / no such file');
  }
  if (size > GEO_LIMITS.bytes) throw refuse(`tệp lớn hơn ${GEO_LIMITS.bytes / 1024 / 1024} MiB / larger than ${GEO_LIMITS.bytes / 1024 / 1024} MiB`);
  const text = await readFile(path, 'utf8');
  try {
    return { json: JSON.parse(text), sourceName };
  } catch (error) {
    throw refuse(`không phải JSON hợp lệ: ${(error as Error).message} / not valid JSON`);
  }
}
