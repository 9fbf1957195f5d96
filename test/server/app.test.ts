import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { ERROR_CATALOGUE } from '../../src/domain/errors.ts';
import { unitSchema } from '../../src/server/schemas/unit-schemas.ts';
import { VERSION } from '../../src/version.ts';
import { describeEachDialect, openFreshStore } from '../helpers/stores.ts';
import { createUser, login } from '../helpers/auth.ts';

/** Every error answer has exactly this shape, and the status the catalogue gives its code. */
function expectErrorShape(
  response: { statusCode: number; headers: Record<string, unknown>; json: () => unknown },
  code: keyof typeof ERROR_CATALOGUE,
): { code: string; message: string; details?: unknown[] } {
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  const body = response.json() as { error: { code: string; message: string; details?: unknown[] } };
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error.code).toBe(code);
  expect(response.statusCode).toBe(ERROR_CATALOGUE[code].status);
  expect(typeof body.error.message).toBe('string');
  expect(body.error.message.length).toBeGreaterThan(0);
  return body.error;
}

describeEachDialect('server: health, errors, unknown routes', (ctx) => {
  let app: FastifyInstance;
  const logLines: string[] = [];

  beforeAll(async () => {
    app = buildApp({ store: ctx.store, logger: { level: 'error', stream: { write: (line: string) => void logLines.push(line) } } });
    app.get('/api/v1/test/boom', async () => {
      throw new Error('secret internal detail: password=hunter2');
    });
    app.get('/api/v1/test/half-unit', { schema: { response: { 200: unitSchema } } }, async () => ({ code: 'half' }));
    app.post(
      '/api/v1/test/echo',
      { schema: { body: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, size: { type: 'integer' } } } } },
      async (request) => request.body,
    );
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
  });

  it('GET /api/v1/health touches the database and names the dialect and version', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', db: ctx.dialect, version: VERSION });
  });

  it('health answers 503 DB_UNAVAILABLE when the database is gone', async () => {
    const closed = await openFreshStore(ctx.dialect);
    if (!closed) throw new Error('could not open a second store');
    await closed.close();
    const downApp = buildApp({ store: closed });
    try {
      const response = await downApp.inject({ method: 'GET', url: '/api/v1/health' });
      expectErrorShape(response, 'DB_UNAVAILABLE');
    } finally {
      await downApp.close();
    }
  });

  it('an unknown route is a JSON 404 ROUTE_NOT_FOUND naming the path, inside and outside /api/v1', async () => {
    for (const url of ['/api/v1/nothing-here?x=1', '/index.php', '/api/v2/health']) {
      const response = await app.inject({ method: 'GET', url });
      const error = expectErrorShape(response, 'ROUTE_NOT_FOUND');
      expect(error.message).toContain(url.split('?')[0]);
    }
  });

  it('a known path with the wrong method is 405 METHOD_NOT_ALLOWED with an Allow header', async () => {
    const response = await app.inject({ method: 'DELETE', url: '/api/v1/health' });
    const error = expectErrorShape(response, 'METHOD_NOT_ALLOWED');
    expect(String(response.headers.allow).split(', ')).toContain('GET');
    expect(error.message).toContain('DELETE');
    const withParam = await app.inject({ method: 'POST', url: '/api/v1/units/67' });
    expectErrorShape(withParam, 'METHOD_NOT_ALLOWED');
  });

  it('an unexpected exception is 500 INTERNAL without the internal message or a stack, and is logged', async () => {
    logLines.length = 0;
    const response = await app.inject({ method: 'GET', url: '/api/v1/test/boom' });
    const error = expectErrorShape(response, 'INTERNAL');
    expect(response.body).not.toContain('hunter2');
    expect(response.body).not.toContain('secret');
    expect(response.body).not.toMatch(/at .*\.ts:\d+/);
    expect(error.details).toBeUndefined();
    expect(logLines.join('\n')).toContain('secret internal detail');
  });

  it('a malformed or empty JSON body is 400 INVALID_JSON', async () => {
    const malformed = await app.inject({ method: 'POST', url: '/api/v1/test/echo', headers: { 'content-type': 'application/json' }, payload: '{"name": "Đắk' });
    expectErrorShape(malformed, 'INVALID_JSON');
    const empty = await app.inject({ method: 'POST', url: '/api/v1/test/echo', headers: { 'content-type': 'application/json' }, payload: '' });
    expectErrorShape(empty, 'INVALID_JSON');
  });

  it('body validation failures are 400 BAD_REQUEST naming the field; unknown fields are rejected, not dropped', async () => {
    const missing = await app.inject({ method: 'POST', url: '/api/v1/test/echo', payload: { size: 3 } });
    expect(expectErrorShape(missing, 'BAD_REQUEST').details).toEqual([{ field: 'name', message: expect.stringContaining('bắt buộc') }]);
    const wrongType = await app.inject({ method: 'POST', url: '/api/v1/test/echo', payload: { name: 'x', size: 'big' } });
    const error = expectErrorShape(wrongType, 'BAD_REQUEST');
    expect(error.details).toEqual([{ field: 'size', message: expect.stringContaining('số nguyên') }]);
    expect(error.message).toContain('"size"');
    const ok = await app.inject({ method: 'POST', url: '/api/v1/test/echo', payload: { name: 'Đắk Nông', size: 2 } });
    expect(ok.json()).toEqual({ name: 'Đắk Nông', size: 2 });
  });

  it('an unsupported content type is 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/test/echo', headers: { 'content-type': 'application/x-weird' }, payload: 'name=x' });
    expect(expectErrorShape(response, 'UNSUPPORTED_MEDIA_TYPE').message).toContain('application/x-weird');
  });

  it('a body over the size limit is 413 PAYLOAD_TOO_LARGE; a malformed URL is 400 BAD_REQUEST', async () => {
    const big = await app.inject({ method: 'POST', url: '/api/v1/test/echo', payload: { name: 'x'.repeat(2 * 1024 * 1024) } });
    expectErrorShape(big, 'PAYLOAD_TOO_LARGE');
    const badUrl = await app.inject({ method: 'GET', url: '/api/v1/units/%E0%A4%A' });
    expect(expectErrorShape(badUrl, 'BAD_REQUEST').message).toContain('URL');
  });

  it('an answer that does not fit its response schema is 500 INTERNAL, not a partial body', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/test/half-unit' });
    expectErrorShape(response, 'INTERNAL');
    expect(response.body).not.toContain('half');
  });

  it('unknown query parameters are rejected naming them', async () => {
    await createUser(ctx.store, { username: 'lanhdao', role: 'viewer' });
    const { headers } = await login(app, 'lanhdao');
    const response = await app.inject({ method: 'GET', url: '/api/v1/units?levle=province', headers });
    const error = expectErrorShape(response, 'BAD_REQUEST');
    expect(error.details).toEqual([{ field: 'levle', message: expect.any(String) }]);
  });
});
