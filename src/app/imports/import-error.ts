/**
 * Why an import could not start or be committed; the server maps `code` to its error catalogue. TOO_LARGE: the
 * file unpacks to more than a limit allows; UNREADABLE: it could not be read to its end (damaged, past the
 * deadline, out of memory).
 */
export type ImportErrorCode = 'NOT_FOUND' | 'BAD_REQUEST' | 'FORBIDDEN' | 'CONFLICT' | 'VALIDATION_FAILED' | 'TOO_LARGE' | 'UNREADABLE';

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
    readonly details?: unknown[],
  ) {
    super(message);
    this.name = 'ImportError';
  }
}
