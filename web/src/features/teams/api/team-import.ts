/**
 * The team spreadsheet: GET /teams/template.xlsx saved as the file the server names (fetched first, so a refusal
 * shows its message), and POST /teams/import (multipart, one XLSX or CSV file). A refused file is 422
 * VALIDATION_FAILED whose details are the row errors: answered here as an ApiError, read by teamImportErrors.
 */
import { ApiError, toApiError, type ApiErrorDetail } from '@/lib/api/errors';
import type { TeamImportError, TeamImportResult } from '@/lib/api/types';

const NETWORK = 'Không kết nối được máy chủ / Cannot reach the server';

export async function downloadTeamTemplate(): Promise<void> {
  let response: Response;
  try {
    response = await fetch('/api/v1/teams/template.xlsx', { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'NETWORK', NETWORK);
  }
  if (!response.ok) throw toApiError(response.status, await response.json().catch(() => null));
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'mau-to-cong-nghe-so-cong-dong.xlsx';
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

export async function uploadTeams(file: File, csrfToken: string | null): Promise<TeamImportResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch('/api/v1/teams/import', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) },
      body: form,
    });
  } catch {
    throw new ApiError(0, 'NETWORK', NETWORK);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toApiError(response.status, body);
  return body as TeamImportResult;
}

const isRowError = (d: ApiErrorDetail): d is ApiErrorDetail & TeamImportError =>
  typeof d.row === 'number' && typeof d.column === 'string' && typeof d.value === 'string' && typeof d.message === 'string';

/** The row errors of a refused file (422 VALIDATION_FAILED), or [] for any other failure. */
export function teamImportErrors(error: unknown): TeamImportError[] {
  if (!(error instanceof ApiError) || error.status !== 422 || error.code !== 'VALIDATION_FAILED') return [];
  return error.details
    .filter(isRowError)
    .map((d) => ({ row: d.row, column: d.column, cell: typeof d.cell === 'string' ? d.cell : '', value: d.value, message: d.message }));
}
