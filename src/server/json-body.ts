/**
 * The JSON body parser, in place of Fastify's: before parsing, the raw bytes must be UTF-8 (invalid bytes
 * such as FF FE, the overlong C0 AF or a cut sequence are refused, never stored as U+FFFD) and the nesting
 * of arrays and objects must stay within MAX_JSON_DEPTH (a 14 KB body of 7,000 nested arrays would otherwise
 * be parsed, then overflow the stack of every walk over it). Both checks are one linear pass over the text,
 * without recursion; the parse itself is Fastify's default (secure-json-parse: `__proto__` and
 * `constructor.prototype` keys refused). Every refusal is 400 BAD_REQUEST, INVALID_JSON for an empty or
 * malformed body; the size limit (413) is Fastify's `bodyLimit`.
 */
import { isUtf8 } from 'node:buffer';
import type { FastifyInstance } from 'fastify';
import { appError } from '../domain/errors.ts';

/** Nesting levels of arrays and objects a JSON body may have; the deepest body of this API has five. */
export const MAX_JSON_DEPTH = 32;

const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The byte offset where the nesting first passes `limit`, or -1 when it never does (strings are skipped). */
export function depthExceededAt(body: Buffer, limit: number = MAX_JSON_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i]!;
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_ARRAY || byte === OPEN_OBJECT) {
      if (++depth > limit) return i;
    } else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT) {
      depth--;
    }
  }
  return -1;
}

/** Replaces the application/json parser of `app` (call before routes are added). */
export function registerJsonBodyParser(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body: Buffer, done) => {
    if (!isUtf8(body)) {
      done(appError('BAD_REQUEST', { field: '(body)', reason: 'nội dung không phải văn bản UTF-8 hợp lệ / the body is not valid UTF-8' }), undefined);
      return;
    }
    const at = depthExceededAt(body);
    if (at >= 0) {
      const reason = `JSON lồng nhau quá ${MAX_JSON_DEPTH} cấp (tại byte ${at.toLocaleString('vi-VN')}) / JSON nested deeper than ${MAX_JSON_DEPTH} levels (at byte ${at})`;
      done(appError('BAD_REQUEST', { field: '(body)', reason }), undefined);
      return;
    }
    parse(request, body.toString('utf8'), done);
  });
}
