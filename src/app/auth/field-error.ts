/**
 * The AppError of a wrong input on users, tokens or scopes, naming the field it concerns: 400 BAD_REQUEST,
 * 404 NOT_FOUND or 409 CONFLICT with `details: [{field, message}]` (the HTTP API answers it as such; the CLI
 * prints its message).
 */
import { AppError } from '../../domain/errors.ts';

export type FieldErrorKind = 'invalid' | 'not_found' | 'conflict';

export function fieldError(field: string, message: string, kind: FieldErrorKind = 'invalid'): AppError {
  const details = [{ field, message }];
  if (kind === 'not_found') return new AppError('NOT_FOUND', message, details);
  if (kind === 'conflict') return new AppError('CONFLICT', message, details);
  return new AppError('BAD_REQUEST', `Yêu cầu không hợp lệ ở "${field}": ${message}`, details);
}

/** Runs `fn`; a plain error (a store check's message) becomes the field error of `field`. */
export async function onField<T>(field: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof AppError || !(error instanceof Error)) throw error;
    throw fieldError(field, error.message);
  }
}
