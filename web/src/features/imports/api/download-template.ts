/**
 * GET /datasets/{code}/template.xlsx, saved as the file the server names: fetched first, so a refusal (no unit of
 * the caller in that dataset and period, 403) shows its message instead of saving an error page as a spreadsheet.
 */
import { ApiError, toApiError } from '@/lib/api/errors';

export async function downloadTemplate(dataset: string, period: string): Promise<void> {
  const url = `/api/v1/datasets/${encodeURIComponent(dataset)}/template.xlsx?period=${encodeURIComponent(period)}`;
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Không kết nối được máy chủ / Cannot reach the server');
  }
  if (!response.ok) throw toApiError(response.status, await response.json().catch(() => null));
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `mau-${dataset}-${period}.xlsx`;
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
