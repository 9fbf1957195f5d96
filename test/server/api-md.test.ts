/**
 * docs/API.md is checked against the OpenAPI document, the one source of truth: every `METHOD /path` the docs
 * name (in a heading, a table or the text; written in full, `/api/v1/units/{code}`, or under /api/v1,
 * `/units/{code}`; query strings and `[…]` options left out) is an operation of the document, and every
 * operation of the document is named in the docs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { openStore, type Store } from '../../src/store/db.ts';

const API_MD = join(import.meta.dirname, '..', '..', 'docs', 'API.md');

/**
 * Paths the docs name that are not operations under /api/v1: the web app's files, the document and its page, and
 * Open311 (its own specification; test/store/feedback.test.ts checks its routes).
 */
const NOT_API = /^\/(assets\/|open311\/|api\/(openapi\.json|docs)\b)/;

/** `GET /api/v1/units/{code}?at=…` → `GET /units/{}`; a segment of alternatives (`submit\|approve`) is a parameter. */
function normalise(method: string, path: string): string {
  const bare = path.split(/[?[]/)[0]!.replace(/^\/api\/v1(?=\/)/, '');
  const segments = bare.split('/').map((s) => (/^\{\w+\}$/.test(s) || s.includes('\\|') || s.includes('|') ? '{}' : s));
  return `${method} ${segments.join('/')}`;
}

/** Every `METHOD /path` in backticks in the docs, normalised. */
function documented(markdown: string): Set<string> {
  const out = new Set<string>();
  for (const [, method, path] of markdown.matchAll(/`(GET|POST|PUT|PATCH|DELETE) (\/[^`\s]*)[^`]*`/g)) {
    if (!NOT_API.test(path!)) out.add(normalise(method!, path!));
  }
  return out;
}

let store: Store;
let app: FastifyInstance;
let operations: Set<string>;

beforeAll(async () => {
  store = openStore(':memory:');
  app = buildApp({ store });
  await app.ready();
  const document = app.swagger() as unknown as { paths: Record<string, Record<string, unknown>> };
  operations = new Set(
    Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => normalise(method.toUpperCase(), path))),
  );
});
afterAll(async () => {
  await app.close();
  await store.close();
});

it('every operation docs/API.md names is in the OpenAPI document', () => {
  const docs = documented(readFileSync(API_MD, 'utf8'));
  expect(docs.size).toBeGreaterThan(40);
  expect([...docs].filter((op) => !operations.has(op)).sort()).toEqual([]);
});

it('every operation of the OpenAPI document is named in docs/API.md', () => {
  const docs = documented(readFileSync(API_MD, 'utf8'));
  expect([...operations].filter((op) => !docs.has(op)).sort()).toEqual([]);
});

it('reads what the docs write: full and short paths, queries and options left out, alternatives as a parameter', () => {
  expect(normalise('GET', '/api/v1/plans/{code}/status[?asOf=YYYY-MM-DD]')).toBe('GET /plans/{}/status');
  expect(normalise('GET', '/datasets/{code}/template.xlsx?period=2023')).toBe('GET /datasets/{}/template.xlsx');
  expect(normalise('POST', '/forms/{dataset}/{unit}/{period}/submit\\|approve\\|return\\|reopen')).toBe('POST /forms/{}/{}/{}/{}');
  expect([...documented('`GET /api/openapi.json` and `GET /assets/*`, then `GET /units` (`POST`)')]).toEqual(['GET /units']);
});
