/**
 * Text the store must never see is refused with 400 BAD_REQUEST naming the field, before validation:
 * a NUL character (U+0000: PostgreSQL cannot store it in text and would answer 500) and a lone UTF-16
 * surrogate (a JSON `"\ud800"` escape: no UTF-8 encodes it, and it would be stored as U+FFFD without a word).
 * Checks the route params, the query string (also its raw form: a `%FF` that is not UTF-8, which the query
 * parser would silently turn into U+FFFD) and a parsed JSON body, keys and values, at any depth — walked with
 * an explicit stack, never recursion (json-body.ts bounds the depth anyway). Invalid UTF-8 bytes in a JSON
 * body are refused by the body parser itself (json-body.ts).
 */
import type { FastifyRequest } from 'fastify';
import { appError } from '../domain/errors.ts';

const NUL = '\u0000';
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const REASONS = {
  nul: 'chứa ký tự NUL (\\u0000) / contains a NUL character (\\u0000)',
  surrogate:
    'chứa ký tự UTF-16 lẻ (surrogate \\uD800–\\uDFFF không thành cặp), không phải văn bản Unicode hợp lệ / contains a lone UTF-16 surrogate, not valid Unicode text',
  encoding: 'mã hoá % sai hoặc không phải UTF-8 / malformed percent-encoding or not UTF-8',
} as const;

export interface BadText {
  /** The dotted path of the field ('values.0.comment'; '(body)' for the body itself). */
  field: string;
  reason: keyof typeof REASONS;
}

function badIn(text: string): BadText['reason'] | null {
  if (text.includes(NUL)) return 'nul';
  if (LONE_SURROGATE.test(text)) return 'surrogate';
  return null;
}

interface Frame {
  value: unknown;
  key: string | null;
  parent: Frame | null;
}

/** The first string or key holding bad text (depth first, in document order); null when there is none. */
export function findBadText(value: unknown, path: readonly string[] = []): BadText | null {
  const root = path.reduce<Frame | null>((parent, key) => ({ value: undefined, key, parent }), null);
  const stack: Frame[] = [{ value, key: null, parent: root }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { value: current, key } = frame;
    const reason = (key !== null ? badIn(key) : null) ?? (typeof current === 'string' ? badIn(current) : null);
    if (reason) return { field: fieldName(frame), reason };
    if (current === null || typeof current !== 'object' || Buffer.isBuffer(current)) continue;
    const entries: [string, unknown][] = Array.isArray(current) ? current.map((v, i) => [String(i), v]) : Object.entries(current);
    // Pushed in reverse so the first entry is looked at first.
    for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i]![1], key: entries[i]![0], parent: frame });
  }
  return null;
}

function fieldName(frame: Frame): string {
  const keys: string[] = [];
  for (let f: Frame | null = frame; f; f = f.parent) if (f.key !== null) keys.push(f.key);
  return (
    keys
      .reverse()
      .map((s) => s.replaceAll(NUL, '\\0').replace(/[\uD800-\uDFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`))
      .join('.') || '(body)'
  );
}

/** Throws 400 BAD_REQUEST naming the field when `value` holds bad text anywhere (multipart fields, which the hook cannot see, call this). */
export function assertCleanText(value: unknown, path: readonly string[] = []): void {
  const bad = findBadText(value, path);
  if (bad) throw appError('BAD_REQUEST', { field: bad.field, reason: REASONS[bad.reason] });
}

/** The raw query string's parameters must decode as UTF-8; the parsed query cannot tell '%FF' from a real U+FFFD. */
export function assertQueryEncoding(url: string): void {
  const start = url.indexOf('?');
  if (start < 0) return;
  for (const pair of url.slice(start + 1).split('&')) {
    const [name = '', value = ''] = pair.split(/=(.*)/s);
    const decodedName = decodeOrNull(name);
    if (decodedName === null || decodeOrNull(value) === null) {
      throw appError('BAD_REQUEST', { field: decodedName ?? name.slice(0, 100), reason: REASONS.encoding });
    }
  }
}

function decodeOrNull(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** A `preValidation` hook for the root instance (every route inherits it). */
export async function rejectBadText(request: FastifyRequest): Promise<void> {
  assertQueryEncoding(request.url);
  assertCleanText(request.params);
  assertCleanText(request.query);
  assertCleanText(request.body);
}
