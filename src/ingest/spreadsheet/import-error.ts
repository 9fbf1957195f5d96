/** Why an import could not start or be committed; the server maps `code` to its error catalogue. */
export type ImportErrorCode = 'NOT_FOUND' | 'BAD_REQUEST' | 'FORBIDDEN' | 'CONFLICT' | 'VALIDATION_FAILED';

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
