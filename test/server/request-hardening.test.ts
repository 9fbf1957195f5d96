import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { HSTS, SECURITY_HEADERS } from '../../src/server/security-headers.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { createUser, login } from '../helpers/auth.ts';
import { multipartBody } from '../fixtures/spreadsheets/multipart.ts';

/** NUL characters and integers beyond the store's range are the client's mistake (400), never a 500; every answer carries the security headers. */
describeEachDialect('server: request hardening', (ctx) => {
  let app: FastifyInstance;
  let admin: Record<string, string>;

  beforeAll(async () => {
    await createUser(ctx.store, { username: 'quantri', role: 'admin' });
    app = buildApp({ store: ctx.store, today: () => '2025-08-15', trustProxy: 1 });
    await app.ready();
    admin = (await login(app, 'quantri')).headers;
  });
  afterAll(async () => {
    await app.close();
  });

  const expectBadRequest = (response: { statusCode: number; json: () => unknown }, field: string) => {
    expect(response.statusCode).toBe(400);
    const body = response.json() as { error: { code: string; message: string } };
    expect(body.error.code).toBe('BAD_REQUEST');
    expect(body.error.message).toContain(`"${field}"`);
  };

  it('a NUL in the query string, a path segment or a JSON body field is 400 naming the field', async () => {
    expectBadRequest(await app.inject({ method: 'GET', url: '/api/v1/units?q=%00abc', headers: admin }), 'q');
    expectBadRequest(await app.inject({ method: 'GET', url: '/api/v1/forms/DS%00/67/2023', headers: admin }), 'dataset');
    expectBadRequest(
      await app.inject({
        method: 'POST',
        url: '/api/v1/data-values',
        headers: admin,
        payload: { values: [{ dataElement: 'X', unit: '67', period: '2024', value: 1, comment: 'a\u0000b' }] },
      }),
      'values.0.comment',
    );
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'quan\u0000tri', password: 'x' } });
    expectBadRequest(login, 'username');
    // The store still answers normally afterwards.
    expect((await app.inject({ method: 'GET', url: '/api/v1/units?q=abc', headers: admin })).statusCode).toBe(200);
  });

  it('a NUL in a multipart field or file name (evidence, imports) is 400 naming the field', async () => {
    const post = (url: string, fields: Record<string, string>, name: string) => {
      const body = multipartBody(fields, { field: 'file', name, content: Buffer.from('%PDF-1.4\n') });
      return app.inject({ method: 'POST', url, payload: body.payload, headers: { ...admin, ...body.headers } });
    };
    expectBadRequest(await post('/api/v1/evidence', { unit: '24\u0000611', period: '2023', element: 'X' }, 'a.pdf'), 'unit');
    expectBadRequest(await post('/api/v1/imports', { dataset: 'CDS\u0000XA', period: '2023' }, 'a.csv'), 'dataset');
    expectBadRequest(await post('/api/v1/imports', { dataset: 'CDS_XA', period: '2023' }, 'a\u0000.csv'), 'file');
  });

  it('integer ids and revisions above 2^31 − 1 are 400, not 500', async () => {
    const big = '3000000000';
    for (const request of [
      { method: 'GET' as const, url: `/api/v1/compute/jobs/${big}` },
      { method: 'POST' as const, url: `/api/v1/frameworks/DTI_TINH/editions/2022/runs/${big}/publish` },
      { method: 'GET' as const, url: `/api/v1/frameworks/DTI_TINH/editions/2022/runs/${big}/diff` },
      { method: 'GET' as const, url: `/api/v1/frameworks/DTI_TINH/editions/2022/scores?level=province&period=2022&revision=${big}` },
    ]) {
      const response = await app.inject({ ...request, headers: admin });
      expect(response.statusCode, request.url).toBe(400);
      expect(response.json().error.message, request.url).toContain('2.147.483.647');
    }
  });

  it('every answer has nosniff, no-referrer, no framing; HSTS only over https', async () => {
    const answers = [
      await app.inject({ method: 'GET', url: '/api/v1/health' }),
      await app.inject({ method: 'GET', url: '/api/v1/units', headers: admin }),
      await app.inject({ method: 'GET', url: '/api/v1/units' }),
      await app.inject({ method: 'GET', url: '/api/v1/khong-co' }),
      await app.inject({ method: 'GET', url: '/api/v1/units?q=%ZZ', headers: admin }),
    ];
    for (const answer of answers) {
      expect(answer.headers, `${answer.statusCode}`).toMatchObject(SECURITY_HEADERS);
      expect(answer.headers['strict-transport-security']).toBeUndefined();
    }
    const https = await app.inject({ method: 'GET', url: '/api/v1/health', headers: { 'x-forwarded-proto': 'https' } });
    expect(https.headers['strict-transport-security']).toBe(HSTS);
  });
});
