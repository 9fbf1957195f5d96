/**
 * API errors as the server sends them ({error: {code, message, details}}) and their message in the reader's
 * language: the server writes "Vietnamese / English", so the part before the first " / " is Vietnamese.
 * No imports: the browser tests (type-checked with the server's tsconfig) use it as it is.
 */

export interface ApiErrorDetail {
  field?: string;
  message?: string;
  [key: string]: unknown;
}

/** An error answer of the API (status ≥ 400), or a network failure (status 0, code NETWORK). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: readonly ApiErrorDetail[];

  constructor(status: number, code: string, message: string, details: readonly ApiErrorDetail[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

/** The ApiError of a failed answer, whatever its body (an HTML error page from a proxy gets a generic message). */
export function toApiError(status: number, body: unknown): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    return new ApiError(status, error.code, error.message, Array.isArray(error.details) ? (error.details as ApiErrorDetail[]) : []);
  }
  return new ApiError(status, status >= 500 ? 'INTERNAL' : 'HTTP_ERROR', `Máy chủ trả lời ${status} / The server answered ${status}`);
}

/** "Không tìm thấy … / Unit … not found" → the half in `language` (the whole text when it has no " / "). */
export function localMessage(message: string, language: 'vi' | 'en'): string {
  const at = message.indexOf(' / ');
  if (at < 0) return message;
  return language === 'vi' ? message.slice(0, at) : message.slice(at + 3);
}
