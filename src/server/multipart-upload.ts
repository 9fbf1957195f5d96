/**
 * The one loop that reads a multipart upload (one file and a few text fields) for every route that takes
 * files: each part is checked for NUL before use, the file is handed to the route's store as it arrives,
 * and a file already stored is discarded when a later part (or the check after it) fails. A file over the
 * plugin's `fileSize` limit, or one the store finds too large, is 413 PAYLOAD_TOO_LARGE; so is a text field
 * over its `fieldSize`, which the plugin would otherwise cut short without a word (413 naming the field).
 */
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { appError } from '../domain/errors.ts';
import { assertCleanText } from './reject-bad-text.ts';

export interface UploadStore<F> {
  /** Writes the file part somewhere; leaves nothing behind when it throws. Sees the fields that came before the file. */
  store(part: MultipartFile, fieldsSoFar: Readonly<Record<string, unknown>>): Promise<F>;
  /** Drops a stored file when the upload fails after it was written. */
  discard(file: F): Promise<void>;
  /** Errors of `store` that mean "the file is too large" (answered 413 like the plugin's own limit). */
  isTooLarge?(error: unknown): boolean;
}

export interface ReceivedUpload<F> {
  fields: Record<string, unknown>;
  /** What `store` returned, or null when no file part came. */
  file: F | null;
  /** The client's file name as sent (clean it before use). */
  fileName: string;
}

function fieldTooLarge(name: string) {
  return appError('PAYLOAD_TOO_LARGE', {}, [{ field: name, message: 'giá trị dài quá giới hạn của một trường / the value is longer than a field may be' }]);
}

export async function receiveMultipartUpload<F>(request: FastifyRequest, uploads: UploadStore<F>): Promise<ReceivedUpload<F>> {
  const fields: Record<string, unknown> = {};
  let file: F | null = null;
  let fileName = '';
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field' && part.valueTruncated) throw fieldTooLarge(part.fieldname);
      assertCleanText(part.type === 'file' ? (part.filename ?? '') : part.value, [part.fieldname]);
      if (part.type === 'file') {
        fileName = part.filename ?? '';
        file = await uploads.store(part, fields);
        // The plugin throws past its limit; a truncated stream that slipped through is refused all the same.
        if (part.file.truncated) throw appError('PAYLOAD_TOO_LARGE');
      } else fields[part.fieldname] = part.value;
    }
  } catch (error) {
    if (file !== null) await uploads.discard(file);
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE' || uploads.isTooLarge?.(error)) throw appError('PAYLOAD_TOO_LARGE');
    throw error;
  }
  return { fields, file, fileName };
}
