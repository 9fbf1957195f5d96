/**
 * How a collection write is refused: every problem found, by item, as the AppError of its kind — 422
 * VALIDATION_FAILED (invalid values), 403 FORBIDDEN (items outside the caller's units or elements) or 409 LOCKED
 * (values of a submitted or approved report) — with the problems as `details`.
 */
import { AppError, appError } from '../../domain/errors.ts';

export interface ItemProblem {
  /** 0-based position of the item in the batch. */
  index: number;
  /** dataElement | unit | period | value | comment | evidence */
  field: string;
  message: string;
  /** The validation rule that failed, when one did. */
  rule?: string;
  severity?: 'error' | 'warning';
}

export type RecordFailure = 'invalid' | 'forbidden' | 'locked';

const CODES: Record<RecordFailure, 'VALIDATION_FAILED' | 'FORBIDDEN' | 'LOCKED'> = { invalid: 'VALIDATION_FAILED', forbidden: 'FORBIDDEN', locked: 'LOCKED' };

export function recordRefused(kind: RecordFailure, problems: ItemProblem[]): AppError {
  if (kind === 'forbidden') {
    const units = new Set(problems.map((p) => p.message)).size;
    return new AppError('FORBIDDEN', `Không có quyền ghi ${problems.length} số liệu (${units} mục) / not allowed to write ${problems.length} values`, problems);
  }
  if (kind === 'locked') return appError('LOCKED', {}, problems);
  return appError('VALIDATION_FAILED', { count: problems.length }, problems);
}

/** True for the refusals recordRefused makes (their `details` are ItemProblems). */
export function isRecordRefusal(error: unknown): error is AppError {
  return error instanceof AppError && Object.values(CODES).includes(error.code as (typeof CODES)[RecordFailure]) && Array.isArray(error.details);
}
