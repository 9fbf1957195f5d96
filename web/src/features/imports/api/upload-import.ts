/**
 * POST /imports through XMLHttpRequest, for its upload progress (fetch has none): multipart fields `dataset` and
 * `period` BEFORE `file`, as the API requires (so a wrong dataset or a caller without rights is refused before the
 * file is stored). The session cookie goes with it; the CSRF token in its header.
 */
import { ApiError, toApiError } from '@/lib/api/errors';
import type { ImportJob } from './types';

export interface UploadProgress {
  /** Bytes sent of total (total 0 when unknown). */
  loaded: number;
  total: number;
  /** Every byte sent: the server is now reading the file. */
  sent: boolean;
}

export interface UploadRequest {
  dataset: string;
  period: string;
  file: File;
  csrfToken: string | null;
  onProgress: (progress: UploadProgress) => void;
  signal?: AbortSignal;
}

export function uploadImport({ dataset, period, file, csrfToken, onProgress, signal }: UploadRequest): Promise<ImportJob> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    form.append('dataset', dataset);
    form.append('period', period);
    form.append('file', file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/v1/imports');
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (event) => onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : 0, sent: false });
    xhr.upload.onload = () => onProgress({ loaded: file.size, total: file.size, sent: true });
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = xhr.responseText;
      }
      if (xhr.status === 201) resolve(body as ImportJob);
      else reject(toApiError(xhr.status, body));
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', 'Không kết nối được máy chủ / Cannot reach the server'));
    xhr.onabort = () => reject(new ApiError(0, 'ABORTED', 'Đã hủy tải lên / Upload cancelled'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}
