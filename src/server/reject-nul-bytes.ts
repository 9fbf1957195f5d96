/**
 * A NUL character (U+0000) in any text input is refused with 400 BAD_REQUEST naming the field, before
 * validation and before the store sees it (PostgreSQL cannot store it in text and would answer 500).
 * Checks the route params, the query string and a parsed (JSON) body, keys and values, at any depth.
 */
import type { FastifyRequest } from 'fastify';
import { apiError } from './errors.ts';

const NUL = '\u0000';

/** The dotted path of the first string (or key) holding a NUL, or null when there is none. */
export function findNul(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? fieldName(path) : null;
  if (value === null || typeof value !== 'object') return null;
  if (Buffer.isBuffer(value)) return null;
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
  for (const [key, child] of entries) {
    if (key.includes(NUL)) return fieldName([...path, key]);
    const found = findNul(child, [...path, key]);
    if (found !== null) return found;
  }
  return null;
}

function fieldName(path: string[]): string {
  return path.map((s) => s.replaceAll(NUL, '\\0')).join('.') || '(body)';
}

/** Throws 400 BAD_REQUEST naming the field when `value` holds a NUL anywhere (for multipart fields, which the hook cannot see). */
export function assertNoNul(value: unknown, path: string[] = []): void {
  const field = findNul(value, path);
  if (field !== null) throw apiError('BAD_REQUEST', { field, reason: 'chứa ký tự NUL (\\u0000) / contains a NUL character (\\u0000)' });
}

/** A `preValidation` hook for the root instance (every route inherits it). */
export async function rejectNulBytes(request: FastifyRequest): Promise<void> {
  assertNoNul(request.params);
  assertNoNul(request.query);
  assertNoNul(request.body);
}
