/**
 * The named refusals of a published-results import: each problem has a kind (unknown_unit, out_of_range,
 * duplicate_unit …), the place (row and field) and a Vietnamese / English message that starts with the kind, so
 * the API's `details` and the command's output say which rule was broken where. Any problem refuses the whole
 * file: nothing is written.
 */
import { ValidationError, type ValidationProblem } from '../metadata.ts';

export const PUBLISHED_PROBLEM_KINDS = [
  'not_an_object',
  'missing_column',
  'unknown_column',
  'not_a_number',
  'missing_unit',
  'unknown_unit',
  'duplicate_unit',
  'unknown_code',
  'out_of_range',
  'not_an_integer',
  'empty_row',
  'unknown_field',
  'total_mismatch',
  'rank_change_mismatch',
  'missing_source',
  'too_many_rows',
] as const;
export type PublishedProblemKind = (typeof PUBLISHED_PROBLEM_KINDS)[number];

export interface PublishedProblem extends ValidationProblem {
  kind: PublishedProblemKind;
}

export function problem(kind: PublishedProblemKind, path: string, vi: string, en: string): PublishedProblem {
  return { kind, path, message: `[${kind}] ${vi} / ${en}` };
}

/** The refusal of a file with problems (VALIDATION_FAILED, 422), at most 100 of them listed. */
export function publishedFileError(problems: readonly PublishedProblem[], what: string): ValidationError {
  return new ValidationError(
    problems.slice(0, 100).map(({ path, message }) => ({ path, message })),
    `Kết quả công bố ${what} không hợp lệ, không ghi gì / the published results are refused, nothing written`,
  );
}
