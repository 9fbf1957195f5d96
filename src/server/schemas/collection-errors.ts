/** Collection failures (app/store errors) → API errors with the catalogue's codes and statuses. */
import type { FastifyRequest } from 'fastify';
import { ValidationError } from '../../domain/metadata.ts';
import { CollectionError, RecordValuesError } from '../../app/collection/errors.ts';
import { DatasetExistsError } from '../../store/collection/datasets.ts';
import { AppError, appError } from '../../domain/errors.ts';

export function toCollectionApiError(error: unknown): AppError | null {
  if (error instanceof RecordValuesError) {
    const details = error.problems;
    if (error.kind === 'forbidden') {
      const units = [...new Set(details.map((p) => p.message))].length;
      return new AppError('FORBIDDEN', `Không có quyền ghi ${details.length} số liệu (${units} mục) / not allowed to write ${details.length} values`, details);
    }
    if (error.kind === 'locked') return appError('LOCKED', {}, details);
    return appError('VALIDATION_FAILED', { count: details.length }, details);
  }
  if (error instanceof CollectionError) return new AppError(error.code, error.message, error.details);
  if (error instanceof ValidationError) {
    return appError('VALIDATION_FAILED', { count: error.problems.length }, error.problems.map((p) => ({ field: p.path, message: p.message, ...(p.position !== undefined ? { position: p.position, length: p.length } : {}) })));
  }
  if (error instanceof DatasetExistsError) return new AppError(error.exists ? 'CONFLICT' : 'NOT_FOUND', error.message);
  return null;
}

/** Runs `fn`, turning collection errors into API errors. */
export async function collectionCall<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw toCollectionApiError(error) ?? error;
  }
}

/** Where a request came from, for the audit trail: ip and user agent. */
export function viaOf(request: FastifyRequest): string {
  const agent = request.headers['user-agent'];
  return agent ? `${request.ip} ${String(agent).slice(0, 200)}` : request.ip;
}
