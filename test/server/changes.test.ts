import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { createUser, login, type LoggedIn } from '../helpers/auth.ts';
import { seedUnits } from './fixtures/seed-units.ts';
import { upsertDataElement } from '../../src/store/metadata/repo.ts';
import { recordValues } from '../../src/app/collection/record-values.ts';
import { CLI_ACTOR } from '../../src/app/policy.ts';

/** GET /api/v1/changes: the token moves with a value written in another connection, and with an audited change. */
describeEachDialect('server: /api/v1/changes', (ctx) => {
  let app: FastifyInstance;
  let viewer: LoggedIn;

  beforeAll(async () => {
    await seedUnits(ctx.store.db);
    await upsertDataElement(ctx.store.db, {
      code: 'XA_CAP_QUANG',
      name: 'Xã có cáp quang',
      nameEn: 'Communes with fibre',
      valueType: 'integer',
      timeAggregation: 'last',
      hierarchyAggregation: 'sum',
      periodType: 'yearly',
    });
    await createUser(ctx.store, { username: 'lanhdao', role: 'viewer' });
    app = buildApp({ store: ctx.store });
    await app.ready();
    viewer = await login(app, 'lanhdao');
  });
  afterAll(async () => {
    await app.close();
  });

  const token = async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/changes', headers: viewer.headers });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    return response.json() as { token: string; changedAt: string | null };
  };

  it('moves when a value is written and stays put when nothing is', async () => {
    const before = await token();
    expect(await token()).toEqual(before);
    await recordValues(ctx.store, [{ dataElement: 'XA_CAP_QUANG', unit: '67', period: '2023', value: 71 }], { actor: CLI_ACTOR, source: 'api' });
    const after = await token();
    expect(after.token).not.toBe(before.token);
    expect(after.changedAt).not.toBeNull();
    expect((await app.inject({ method: 'GET', url: '/api/v1/changes' })).statusCode).toBe(401);
  });
});
