import { appError, type AppError } from '../../domain/errors.ts';

/** A score run refused for its input: 400 BAD_REQUEST naming the field or the thing ('period', 'units', a component code). */
export function badRunInput(field: string, message: string): AppError {
  return appError('BAD_REQUEST', { field, reason: message }, [{ field, message }]);
}
