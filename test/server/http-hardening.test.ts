import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { ERROR_CATALOGUE } from '../../src/domain/errors.ts';
import { MAX_JSON_DEPTH } from '../../src/server/json-body.ts';
import { SECURITY_HEADERS } from '../../src/server/security-headers.ts';
import { openStore, type Store } from '../../src/store/db.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { createUser, login, TEST_PASSWORD } from '../helpers/auth.ts';

type Answer = { statusCode: number; json: () => unknown; body: string };

const errorOf = (answer: Answer) => (answer.json() as { error: { code: string; message: string; details?: Array<{ field: string }> } }).error;

function expectBadRequest(answer: Answer, field: string): void {
  expect(answer.statusCode, answer.body).toBe(400);
  const error = errorOf(answer);
  expect(error.code).toBe('BAD_REQUEST');
  expect(error.message).toContain(`"${field}"`);
}

const json = (payload: string | Buffer) => ({ headers: { 'content-type': 'application/json' }, payload });

/** Items 1, 4, 5 and 6 of issue 8: what the HTTP layer refuses before a handler or the store sees it. */
describeEachDialect('server: hostile bodies, numbers and text', (ctx) => {
  let app: FastifyInstance;
  let admin: Record<string, string>;

  beforeAll(async () => {
    await createUser(ctx.store, { username: 'quantri', role: 'admin' });
    app = buildApp({ store: ctx.store, today: () => '2025-08-15' });
    await app.ready();
    admin = (await login(app, 'quantri')).headers;
  });
  afterAll(async () => {
    await app.close();
  });

  it('deeply nested JSON is 400 before any login or handler, on any route; the limit itself is accepted', async () => {
    const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
    // Signed-in routes parse the body only after the login check (401 first without one).
    for (const [url, headers] of [
      ['/api/v1/auth/login', {}],
      ['/api/v1/data-values', admin],
      ['/api/v1/khong-co-duong-nay', {}],
    ] as const) {
      const answer = await app.inject({ method: 'POST', url, headers: { ...headers, 'content-type': 'application/json' }, payload: deep(7000) });
      expectBadRequest(answer, '(body)');
      expect(errorOf(answer).message).toContain(`${MAX_JSON_DEPTH}`);
    }
    const objects = '{"a":'.repeat(500) + '1' + '}'.repeat(500);
    expectBadRequest(await app.inject({ method: 'POST', url: '/api/v1/auth/login', ...json(objects) }), '(body)');
    // Brackets inside strings are text, not nesting.
    const inString = JSON.stringify({ username: '['.repeat(100), password: '{'.repeat(100) + '\\"[' });
    expect((await app.inject({ method: 'POST', url: '/api/v1/auth/login', ...json(inString) })).statusCode).toBe(401);
    // Exactly at the limit parses (and then fails the schema as any wrong shape does).
    const atLimit = await app.inject({ method: 'POST', url: '/api/v1/auth/login', ...json(deep(MAX_JSON_DEPTH)) });
    expect(atLimit.statusCode).toBe(400);
    expect(errorOf(atLimit).message).not.toContain('JSON');
    expect((await app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
  });

  it('non-finite and non-decimal numbers in query strings and paths are 400, never 500 or a 404 "Infinity"', async () => {
    for (const query of [
      'limit=1e400',
      'limit=Infinity',
      'limit=-1e400',
      'offset=1e400',
      'limit=0x10',
      'limit=1e2',
      'limit=%205',
      'offset=-0.5',
      'limit=NaN',
    ]) {
      const field = query.split('=')[0]!;
      expectBadRequest(await app.inject({ method: 'GET', url: `/api/v1/units?${query}`, headers: admin }), field);
    }
    for (const url of [
      '/api/v1/compute/jobs/1e400',
      '/api/v1/compute/jobs/Infinity',
      '/api/v1/frameworks/DTI_TINH/editions/2022/runs/1e400/diff',
      '/api/v1/frameworks/DTI_TINH/editions/2022/scores?level=province&period=2022&revision=1e400',
    ]) {
      const answer = await app.inject({ method: 'GET', url, headers: admin });
      expect(answer.statusCode, url).toBe(400);
      expect(errorOf(answer).code).toBe('BAD_REQUEST');
    }
    // Plain decimal integers still convert.
    const page = await app.inject({ method: 'GET', url: '/api/v1/units?limit=2&offset=0', headers: admin });
    expect(page.statusCode).toBe(200);
    expect((page.json() as { limit: number }).limit).toBe(2);
  });

  it('JSON bodies are not coerced: a wrong type is 400 naming the field', async () => {
    const post = (url: string, payload: unknown, headers = admin) => app.inject({ method: 'POST', url, headers, payload: payload as object });
    expectBadRequest(
      await post('/api/v1/data-values', { values: [{ dataElement: ['THON_TONG'], unit: '67', period: '2024', value: 1 }] }),
      'values.0.dataElement',
    );
    for (const comment of [5, true, ['x']]) {
      expectBadRequest(
        await post('/api/v1/data-values', { values: [{ dataElement: 'THON_TONG', unit: '67', period: '2024', value: 1, comment }] }),
        'values.0.comment',
      );
    }
    expectBadRequest(await post('/api/v1/auth/login', { username: 'quantri', password: 12345678901 }, {}), 'password');
    expectBadRequest(await post('/api/v1/forms/CDS_XA/67/2024/return', { reason: 5 }), 'reason');
    const scopes = await post('/api/v1/users/quantri/scopes', { add: 'VN' });
    expectBadRequest(scopes, 'add');
    expect(errorOf(scopes).message).toContain('danh sách');
  });

  it('invalid UTF-8 and lone surrogates are 400, not stored as U+FFFD', async () => {
    const withBytes = (bytes: number[]) => Buffer.concat([Buffer.from('{"username":"ab'), Buffer.from(bytes), Buffer.from(`","password":"${TEST_PASSWORD}"}`)]);
    for (const bytes of [
      [0xff, 0xfe],
      [0xc0, 0xaf],
      [0xe1, 0xba],
      [0xed, 0xa0, 0x80],
    ]) {
      const answer = await app.inject({ method: 'POST', url: '/api/v1/auth/login', ...json(withBytes(bytes)) });
      expectBadRequest(answer, '(body)');
      expect(errorOf(answer).message).toContain('UTF-8');
    }
    for (const escaped of ['\\ud800', '\\udc00x', 'a\\ud83d']) {
      expectBadRequest(await app.inject({ method: 'POST', url: '/api/v1/auth/login', ...json(`{"username":"${escaped}","password":"x"}`) }), 'username');
    }
    // A key with a lone surrogate is named too; a real pair (an emoji) is fine.
    expectBadRequest(
      await app.inject({
        method: 'POST',
        url: '/api/v1/data-values',
        headers: { ...admin, 'content-type': 'application/json' },
        payload: '{"values":[{"\\ud800":1}]}',
      }),
      'values.0.\\ud800',
    );
    expect((await app.inject({ method: 'POST', url: '/api/v1/auth/login', ...json('{"username":"\\ud83d\\ude00","password":"x"}') })).statusCode).toBe(401);
    // Valid UTF-8 Vietnamese passes the checks.
    expect((await app.inject({ method: 'GET', url: `/api/v1/units?q=${encodeURIComponent('Đắk Nông')}`, headers: admin })).statusCode).toBe(200);
    expectBadRequest(await app.inject({ method: 'GET', url: '/api/v1/units?q=%FF%FE', headers: admin }), 'q');
    expectBadRequest(await app.inject({ method: 'GET', url: '/api/v1/units?q=%C0%AF', headers: admin }), 'q');
  });
});

/** Item 7: answers of Node's HTTP parser (before Fastify) are in the catalogue's shape too. */
describe('server: requests the HTTP parser refuses', () => {
  let store: Store;
  let app: FastifyInstance;
  let port: number;

  beforeAll(async () => {
    store = openStore(':memory:');
    await migrateToLatest(store);
    app = buildApp({ store });
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as { port: number }).port;
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  /** Sends raw bytes and reads until the server closes the connection. */
  function raw(request: string): Promise<{ status: number; headers: Record<string, string>; body: unknown }> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      const chunks: Buffer[] = [];
      socket.on('data', (chunk) => chunks.push(chunk));
      socket.on('error', reject);
      socket.on('close', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const [head = '', body = ''] = text.split('\r\n\r\n');
        const [statusLine = '', ...lines] = head.split('\r\n');
        const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
        try {
          resolve({ status: Number(statusLine.split(' ')[1]), headers, body: JSON.parse(body) });
        } catch {
          reject(new Error(`not JSON: ${text.slice(0, 300)}`));
        }
      });
      socket.end(request);
    });
  }

  const expectCatalogue = (answer: { status: number; headers: Record<string, string>; body: unknown }, code: keyof typeof ERROR_CATALOGUE) => {
    expect(answer.status).toBe(ERROR_CATALOGUE[code].status);
    expect(answer.body).toMatchObject({ error: { code, message: expect.any(String) } });
    expect(Object.keys(answer.body as object)).toEqual(['error']);
    expect(answer.headers).toMatchObject(SECURITY_HEADERS);
  };

  it('Content-Length with Transfer-Encoding, a duplicated Content-Length, a bad chunk: 400 BAD_REQUEST', async () => {
    const body = '{"username":"a","password":"b"}';
    const both = await raw(
      `POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nTransfer-Encoding: chunked\r\n\r\n${body}`,
    );
    expectCatalogue(both, 'BAD_REQUEST');
    const twice = await raw(
      `POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nContent-Length: 3\r\n\r\n${body}`,
    );
    expectCatalogue(twice, 'BAD_REQUEST');
    const chunk = await raw(
      'POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n',
    );
    expectCatalogue(chunk, 'BAD_REQUEST');
  });

  it('a 100 KB query string is 431 HEADERS_TOO_LARGE', async () => {
    const answer = await raw(`GET /api/v1/units?q=${'a'.repeat(100_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expectCatalogue(answer, 'HEADERS_TOO_LARGE');
  });
});
