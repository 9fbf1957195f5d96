import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeEachDialect } from '../helpers/stores.ts';
import { createUser, login } from '../helpers/auth.ts';
import { buildApp } from '../../src/server/app.ts';

describeEachDialect('period and date parameters are checked before use', (ctx) => {
  let app: FastifyInstance;
  let headers: Record<string, string>;
  beforeAll(async () => {
    app = buildApp({ store: ctx.store });
    await createUser(ctx.store, { username: 'quan.tri', role: 'admin' });
    headers = (await login(app, 'quan.tri')).headers;
  });
  afterAll(async () => app.close());

  it.each(['202313', '202300', '2023Q5'])('coverage?period=%s is a 400 naming the field, not a 500', async (period) => {
    const res = await app.inject({ url: `/api/v1/datasets/ANY/coverage?period=${period}`, headers });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('period');
  });

  it('plan status asOf must be a real date', async () => {
    const res = await app.inject({ url: '/api/v1/plans/ANY/status?asOf=2025-02-30', headers });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('INVALID_DATE');
  });
});
