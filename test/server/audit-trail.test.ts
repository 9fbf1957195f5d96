/**
 * GET /api/v1/audit (routes/audit.ts, app/audit/audit-trail.ts): admin only (401 anonymous, 403 every other role
 * and a token), newest first, the filters (actor, entity, key, Vietnam calendar days at their UTC+7 edges) and
 * their combination, paging with the total, and a bad date, a reversed range or an unknown parameter named.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeEachDialect } from '../helpers/stores.ts';
import { createToken, createUser, login } from '../helpers/auth.ts';
import { seedUnits } from './fixtures/seed-units.ts';
import { buildApp } from '../../src/server/app.ts';
import { writeAudit, type AuditInput } from '../../src/store/audit.ts';

const event = (actor: string, entity: string, entityKey: string, action: string, after: unknown = null): AuditInput => ({
  actor: { name: actor, kind: 'user' },
  source: 'admin',
  via: '127.0.0.1',
  entity,
  entityKey,
  action,
  after,
});

describeEachDialect('audit trail API', (ctx) => {
  let app: FastifyInstance;
  let admin: Record<string, string>;
  const refused = new Map<string, Record<string, string>>();

  beforeAll(async () => {
    await seedUnits(ctx.store.db);
    await createUser(ctx.store, { username: 'quantri', role: 'admin' });
    await createUser(ctx.store, { username: 'bc.68', role: 'reporter', units: ['68'] });
    await createUser(ctx.store, { username: 'pd.68', role: 'approver', units: ['68'] });
    await createUser(ctx.store, { username: 'xem', role: 'viewer' });
    // Instants around Vietnam's midnight of 23/11/2026 (2026-11-22T17:00Z), written oldest first.
    await writeAudit(ctx.store.db, [event('alice', 'user', 'bc.a', 'create', { role: 'reporter' })], new Date('2026-11-22T16:59:59.999Z'));
    await writeAudit(ctx.store.db, [event('alice', 'user', 'bc.a', 'update')], new Date('2026-11-22T17:00:00.000Z'));
    await writeAudit(ctx.store.db, [event('bob', 'api_token', 'dvc', 'create')], new Date('2026-11-23T10:00:00.000Z'));
    await writeAudit(ctx.store.db, [event('alice', 'api_token', 'dvc', 'revoke')], new Date('2026-11-23T16:59:59.999Z'));
    await writeAudit(ctx.store.db, [event('bob', 'user', 'bc.b', 'create')], new Date('2026-11-23T17:00:00.000Z'));
    app = buildApp({ store: ctx.store, today: () => '2026-11-24' });
    admin = (await login(app, 'quantri')).headers;
    for (const who of ['bc.68', 'pd.68', 'xem']) refused.set(who, (await login(app, who)).headers);
    refused.set('token', { authorization: `Bearer ${await createToken(ctx.store, { name: 'dvc-audit', units: ['68'] })}` });
  });
  afterAll(async () => app?.close());

  const get = (query: string, headers: Record<string, string> = admin) => app.inject({ method: 'GET', url: `/api/v1/audit${query}`, headers });
  const keysOf = (body: { items: Array<{ actorName: string; action: string; entityKey: string }> }) =>
    body.items.map((e) => `${e.actorName}:${e.action}:${e.entityKey}`);

  it('401 anonymous, 403 reporter, approver, viewer and an API token; 200 for an admin', async () => {
    const anonymous = await get('', {});
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    for (const [who, headers] of refused) {
      const answer = await get('', headers);
      expect(answer.statusCode, who).toBe(403);
      expect(answer.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    }
    expect((await get('')).statusCode).toBe(200);
  });

  it('lists every event newest first, with its fields and the JSON it recorded', async () => {
    const body = (await get('?actor=alice')).json();
    expect(body).toMatchObject({ total: 3, limit: 50, offset: 0 });
    expect(keysOf(body)).toEqual(['alice:revoke:dvc', 'alice:update:bc.a', 'alice:create:bc.a']);
    expect(body.items[2]).toEqual({
      id: expect.any(Number),
      at: '2026-11-22T16:59:59.999Z',
      actorName: 'alice',
      actorKind: 'user',
      source: 'admin',
      via: '127.0.0.1',
      entity: 'user',
      entityKey: 'bc.a',
      action: 'create',
      before: null,
      after: { role: 'reporter' },
    });
  });

  it('filters by entity, by key and by both, combined with the actor', async () => {
    // (the test's own users and token, created as \`cli\` today, are after 24/11/2026)
    expect(keysOf((await get('?entity=api_token&to=2026-11-24')).json())).toEqual(['alice:revoke:dvc', 'bob:create:dvc']);
    expect(keysOf((await get('?entityKey=bc.a')).json())).toEqual(['alice:update:bc.a', 'alice:create:bc.a']);
    expect(keysOf((await get('?entity=user&entityKey=bc.b')).json())).toEqual(['bob:create:bc.b']);
    expect(keysOf((await get('?actor=bob&entity=user')).json())).toEqual(['bob:create:bc.b']);
    expect((await get('?actor=nobody')).json()).toMatchObject({ items: [], total: 0 });
  });

  it('from and to are Vietnam calendar days, both inclusive (UTC+7 midnight is 17:00 UTC the day before)', async () => {
    const day = (await get('?from=2026-11-23&to=2026-11-23')).json();
    expect(keysOf(day)).toEqual(['alice:revoke:dvc', 'bob:create:dvc', 'alice:update:bc.a']);
    expect(keysOf((await get('?to=2026-11-22&actor=alice')).json())).toEqual(['alice:create:bc.a']);
    expect(keysOf((await get('?from=2026-11-24&actor=bob')).json())).toEqual(['bob:create:bc.b']);
  });

  it('pages with limit and offset; the total counts every match', async () => {
    const first = (await get('?entity=user&to=2026-11-24&limit=2')).json();
    expect(first).toMatchObject({ total: 3, limit: 2, offset: 0 });
    expect(keysOf(first)).toEqual(['bob:create:bc.b', 'alice:update:bc.a']);
    const second = (await get('?entity=user&to=2026-11-24&limit=2&offset=2')).json();
    expect(second).toMatchObject({ total: 3, limit: 2, offset: 2 });
    expect(keysOf(second)).toEqual(['alice:create:bc.a']);
    expect((await get('?entity=user&to=2026-11-24&offset=9')).json()).toMatchObject({ items: [], total: 3 });
  });

  it("an admin's change through the API is found by its actor and key, newest first", async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin,
      payload: { username: 'bc.moi', role: 'viewer', password: 'mot-mat-khau-dai-2026' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const body = (await get('?actor=quantri&entityKey=bc.moi')).json();
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({ actorName: 'quantri', source: 'admin', entity: 'user', action: 'create' });
    expect(JSON.stringify(body.items[0])).not.toMatch(/mot-mat-khau/);
  });

  it('a bad date (INVALID_DATE), a reversed range, an out-of-bounds limit and an unknown parameter are 400 naming the parameter', async () => {
    for (const [query, field, code] of [
      ['?from=2026-02-30', 'from', 'INVALID_DATE'],
      ['?to=23/11/2026', 'to', 'INVALID_DATE'],
      ['?from=2026-11-24&to=2026-11-23', 'to', 'BAD_REQUEST'],
      ['?limit=0', 'limit', 'BAD_REQUEST'],
      ['?limit=501', 'limit', 'BAD_REQUEST'],
      ['?offset=-1', 'offset', 'BAD_REQUEST'],
      ['?user=alice', 'user', 'BAD_REQUEST'],
    ] as const) {
      const answer = await get(query);
      expect(answer.statusCode, query).toBe(400);
      expect(answer.json().error, query).toMatchObject({ code });
      expect(answer.json().error.details?.[0]?.field, `${query}: ${answer.body}`).toBe(field);
    }
  });
});
