import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Action } from '../../src/domain/access.ts';
import { requireActor } from '../../src/server/auth/guard.ts';
import { authorize, authorizeUnit } from '../../src/app/policy.ts';
import { revokeApiToken } from '../../src/app/auth/tokens.ts';
import { CLI_ACTOR } from '../../src/app/policy.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { buildAuthTestApp, createToken, createUser, login } from '../helpers/auth.ts';
import { BEFORE, seedUnits } from './fixtures/seed-units.ts';

const AFTER = '2025-08-15';

interface Probe {
  action: Action;
  unit?: string;
  at?: string;
  element?: string;
}

/** Scopes through authorizeUnit (a unit's whole path at a date), Bearer tokens, and CSRF on unsafe methods. */
describeEachDialect('server: authorisation by role, unit path and element', (ctx) => {
  let app: FastifyInstance;
  let token = '';

  beforeAll(async () => {
    await seedUnits(ctx.store.db);
    const now = new Date().toISOString();
    for (const code of ['XA_CAP_QUANG', 'THON_TONG']) {
      await ctx.store.db
        .insertInto('dataElements')
        .values({
          code,
          name: code,
          nameEn: code,
          valueType: 'integer',
          timeAggregation: 'last',
          hierarchyAggregation: 'sum',
          periodType: 'yearly',
          createdAt: now,
          updatedAt: now,
        })
        .execute();
    }
    await createUser(ctx.store, { username: 'admin', role: 'admin' });
    await createUser(ctx.store, { username: 'baocao.daknong', role: 'reporter', units: ['67'] });
    await createUser(ctx.store, { username: 'pheduyet.lamdong', role: 'approver', units: ['68'] });
    token = await createToken(ctx.store, { name: 'mot-cua-dak-nong', units: ['67'], elements: ['XA_CAP_QUANG'] });
    app = await buildAuthTestApp(ctx.store, (scope, deps) => {
      // Throwaway probes: GET and POST both run the same check.
      const handler = async (request: { body?: unknown; query?: unknown }) => {
        const probe = (request.body ?? request.query) as Probe;
        const actor = requireActor(request as never);
        if (probe.unit) await authorizeUnit(deps.store, actor, probe.action, probe.unit, probe.at ?? AFTER, probe.element);
        else authorize(actor, probe.action);
        return { name: actor.name };
      };
      scope.get('/probe', handler);
      scope.post('/probe', handler);
    });
  });
  afterAll(async () => {
    await app.close();
  });

  const bearer = (value: string) => ({ authorization: `Bearer ${value}` });
  const probe = (headers: Record<string, string>, body: Probe) => app.inject({ method: 'POST', url: '/api/v1/probe', headers, payload: body });
  const codeOf = (response: { json: () => unknown }) => (response.json() as { error?: { code: string } }).error?.code;

  it('a reporter of Đắk Nông may write for its wards before the reform, not after (the ward then belongs to Lâm Đồng)', async () => {
    const { headers } = await login(app, 'baocao.daknong');
    const before = await probe(headers, { action: 'write_values', unit: '24611', at: BEFORE });
    expect(before.statusCode, before.body).toBe(200);
    const after = await probe(headers, { action: 'write_values', unit: '24611', at: AFTER });
    expect(after.statusCode).toBe(403);
    expect(codeOf(after)).toBe('FORBIDDEN');
    const approve = await probe(headers, { action: 'approve', unit: '67', at: BEFORE });
    expect(codeOf(approve)).toBe('FORBIDDEN');
  });

  it('an approver for Lâm Đồng approves in its whole subtree at the date, nothing outside', async () => {
    const { headers } = await login(app, 'pheduyet.lamdong');
    expect((await probe(headers, { action: 'approve', unit: '24611', at: AFTER })).statusCode).toBe(200);
    expect((await probe(headers, { action: 'approve', unit: '24612', at: BEFORE })).statusCode).toBe(403); // Gia Nghĩa was in Đắk Nông
    expect((await probe(headers, { action: 'approve', unit: '60', at: BEFORE })).statusCode).toBe(403);
  });

  it('a unit not in force at the date is 404 UNIT_NOT_FOUND', async () => {
    const { headers } = await login(app, 'admin');
    const gone = await probe(headers, { action: 'read', unit: '24612', at: AFTER });
    expect(gone.statusCode).toBe(404);
    expect(codeOf(gone)).toBe('UNIT_NOT_FOUND');
    expect(codeOf(await probe(headers, { action: 'read', unit: 'nope', at: AFTER }))).toBe('UNIT_NOT_FOUND');
  });

  it('authorize without a unit: only admin may manage', async () => {
    expect((await probe((await login(app, 'admin')).headers, { action: 'manage' })).statusCode).toBe(200);
    const reporter = await probe((await login(app, 'pheduyet.lamdong')).headers, { action: 'manage' });
    expect(reporter.statusCode).toBe(403);
  });

  it('an unsafe request with a session cookie but no CSRF header is 403 CSRF_INVALID, before any handler runs', async () => {
    const { cookie } = await login(app, 'admin');
    const response = await probe({ cookie }, { action: 'manage' });
    expect(response.statusCode).toBe(403);
    expect(codeOf(response)).toBe('CSRF_INVALID');
    const get = await app.inject({ method: 'GET', url: '/api/v1/probe?action=read', headers: { cookie } });
    expect(get.statusCode, get.body).toBe(200);
  });

  it('a Bearer token needs no CSRF token and is limited to its units and data elements', async () => {
    const inScope = await probe(bearer(token), { action: 'write_values', unit: '24611', at: BEFORE, element: 'XA_CAP_QUANG' });
    expect(inScope.statusCode, inScope.body).toBe(200);
    expect(inScope.json()).toEqual({ name: 'mot-cua-dak-nong' });
    expect(codeOf(await probe(bearer(token), { action: 'write_values', unit: '24611', at: BEFORE, element: 'THON_TONG' }))).toBe('FORBIDDEN');
    expect(codeOf(await probe(bearer(token), { action: 'write_values', unit: '24611', at: AFTER, element: 'XA_CAP_QUANG' }))).toBe('FORBIDDEN');
    expect(codeOf(await probe(bearer(token), { action: 'submit', unit: '67', at: BEFORE, element: 'XA_CAP_QUANG' }))).toBe('FORBIDDEN');
    const me = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer(token) });
    expect(me.json()).toMatchObject({ actor: { kind: 'token', role: 'api_client', units: ['67'], elements: ['XA_CAP_QUANG'] }, csrfToken: null });
  });

  it('an unknown, malformed or revoked token is 401, and a Bearer header never falls back to the cookie', async () => {
    for (const headers of [bearer('dxioc_not-a-real-token'), bearer(''), { authorization: 'Basic YWRtaW46eA==' }]) {
      const response = await probe(headers, { action: 'read' });
      expect(response.statusCode, JSON.stringify(headers)).toBe(401);
      expect(codeOf(response)).toBe('UNAUTHENTICATED');
    }
    const { headers } = await login(app, 'admin');
    expect((await probe({ ...headers, ...bearer('dxioc_wrong') }, { action: 'read' })).statusCode).toBe(401);

    const doomed = await createToken(ctx.store, { name: 'se-thu-hoi', units: ['68'] });
    expect((await probe(bearer(doomed), { action: 'write_values', unit: '68', at: AFTER, element: 'THON_TONG' })).statusCode).toBe(200);
    await revokeApiToken(ctx.store, { actor: CLI_ACTOR }, 'se-thu-hoi');
    const revoked = await probe(bearer(doomed), { action: 'read' });
    expect(revoked.statusCode).toBe(401);
  });

  it('the token itself is not stored', async () => {
    const rows = await ctx.store.db.selectFrom('apiTokens').select('tokenHash').execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.tokenHash)).not.toContain(token);
    expect(JSON.stringify(rows)).not.toContain(token.slice(6));
  });
});
