/**
 * The admin API for people and API tokens (routes/admin.ts): admin only (401 anonymous, 403 any other role or a
 * token), CSRF for cookie callers, the create → list → patch → scopes → disable flow with the CLI's rules, the
 * token secret shown once, no self-lockout, validation errors naming the field, and the audit trail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeEachDialect } from '../helpers/stores.ts';
import { createToken, createUser, login, TEST_PASSWORD } from '../helpers/auth.ts';
import { seedUnits } from './fixtures/seed-units.ts';
import { buildApp } from '../../src/server/app.ts';
import { upsertDataElement } from '../../src/store/metadata/repo.ts';
import { listAuditEvents } from '../../src/store/audit.ts';

const NEW_PASSWORD = 'mot-mat-khau-moi-dai-2026';

describeEachDialect('admin API: users and tokens', (ctx) => {
  let app: FastifyInstance;
  let admin: Record<string, string>;
  const callers = new Map<string, Record<string, string>>();

  beforeAll(async () => {
    await seedUnits(ctx.store.db);
    await upsertDataElement(ctx.store.db, {
      code: 'XA_TONG',
      name: 'Tổng số xã',
      nameEn: 'Communes',
      valueType: 'integer',
      timeAggregation: 'last',
      hierarchyAggregation: 'sum',
      periodType: 'semiannual',
    });
    await createUser(ctx.store, { username: 'quantri', role: 'admin' });
    await createUser(ctx.store, { username: 'bc.68', role: 'reporter', units: ['68'] });
    await createUser(ctx.store, { username: 'pd.68', role: 'approver', units: ['68'] });
    await createUser(ctx.store, { username: 'xem', role: 'viewer' });
    app = buildApp({ store: ctx.store, today: () => '2026-11-23' });
    admin = (await login(app, 'quantri')).headers;
    callers.set('anonymous', {});
    callers.set('reporter', (await login(app, 'bc.68')).headers);
    callers.set('approver', (await login(app, 'pd.68')).headers);
    callers.set('viewer', (await login(app, 'xem')).headers);
    callers.set('token', { authorization: `Bearer ${await createToken(ctx.store, { name: 'dvc-matrix', units: ['68'] })}` });
  });
  afterAll(async () => app?.close());

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, headers: Record<string, string>, payload?: unknown) =>
    app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

  const ENDPOINTS: Array<{ method: 'GET' | 'POST' | 'PATCH'; url: string; payload?: unknown }> = [
    { method: 'GET', url: '/users' },
    { method: 'POST', url: '/users', payload: { username: 'matrix.user', role: 'viewer', password: NEW_PASSWORD } },
    { method: 'PATCH', url: '/users/xem', payload: { displayName: 'Đổi tên' } },
    { method: 'POST', url: '/users/bc.68/scopes', payload: { add: ['68@2024-06-30'] } },
    { method: 'GET', url: '/tokens' },
    { method: 'POST', url: '/tokens', payload: { name: 'matrix-token', units: ['68'] } },
    { method: 'POST', url: '/tokens/dvc-matrix/revoke' },
    { method: 'POST', url: '/tokens/dvc-matrix/scopes', payload: { addElements: ['XA_TONG'] } },
    { method: 'GET', url: '/scopes/review' },
  ];

  describe('access matrix', () => {
    for (const e of ENDPOINTS) {
      it(`${e.method} ${e.url}: 401 anonymous, 403 reporter/approver/viewer/token, nothing changed`, async () => {
        const anonymous = await call(e.method, e.url, {}, e.payload);
        expect(anonymous.statusCode, anonymous.body).toBe(401);
        expect(anonymous.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
        for (const who of ['reporter', 'approver', 'viewer', 'token']) {
          const refused = await call(e.method, e.url, callers.get(who)!, e.payload);
          expect(refused.statusCode, `${who}: ${refused.body}`).toBe(403);
          expect(refused.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
        }
        const users = (await call('GET', '/users', admin)).json() as { items: Array<{ username: string; displayName: string | null }> };
        expect(users.items.map((u) => u.username)).not.toContain('matrix.user');
        expect(users.items.find((u) => u.username === 'xem')?.displayName).toBeNull();
        const tokens = (await call('GET', '/tokens', admin)).json() as { items: Array<{ name: string; revokedAt: string | null; elements: string[] }> };
        expect(tokens.items.map((t) => t.name)).not.toContain('matrix-token');
        expect(tokens.items.find((t) => t.name === 'dvc-matrix')).toMatchObject({ revokedAt: null, elements: [] });
      });
    }

    it('admin reads every list (200)', async () => {
      for (const url of ['/users', '/tokens', '/scopes/review']) expect((await call('GET', url, admin)).statusCode, url).toBe(200);
    });

    it('a cookie admin without X-CSRF-Token is refused on every unsafe endpoint (403 CSRF_INVALID)', async () => {
      const cookieOnly = { cookie: admin.cookie! };
      for (const e of ENDPOINTS.filter((x) => x.method !== 'GET')) {
        const refused = await call(e.method, e.url, cookieOnly, e.payload);
        expect(refused.statusCode, `${e.method} ${e.url}`).toBe(403);
        expect(refused.json()).toMatchObject({ error: { code: 'CSRF_INVALID' } });
      }
      expect((await call('GET', '/users', admin)).json().items.map((u: { username: string }) => u.username)).not.toContain('matrix.user');
    });
  });

  describe('users', () => {
    it('create → list → patch → scopes → disable, with sessions ended and every change audited', async () => {
      const created = await call('POST', '/users', admin, {
        username: 'BC.LamDong',
        displayName: 'Cán bộ',
        role: 'reporter',
        units: ['68@2024-06-30'],
        password: TEST_PASSWORD,
      });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json()).toEqual({
        username: 'bc.lamdong',
        role: 'reporter',
        displayName: 'Cán bộ',
        disabled: false,
        createdAt: expect.any(String),
        units: ['68'],
        scopes: [{ code: '68', name: 'Lâm Đồng', level: 'province', validFrom: null, validTo: '2025-07-01' }],
      });

      const list = await call('GET', '/users', admin);
      expect(list.body).not.toMatch(/passwordHash|scrypt|password/i);
      expect(list.json().items.find((u: { username: string }) => u.username === 'bc.lamdong')).toEqual(created.json());

      const session = (await login(app, 'bc.lamdong')).headers;
      const patched = await call('PATCH', '/users/bc.lamdong', admin, { displayName: 'Phê duyệt Lâm Đồng', role: 'approver' });
      expect(patched.statusCode, patched.body).toBe(200);
      expect(patched.json()).toMatchObject({ role: 'approver', displayName: 'Phê duyệt Lâm Đồng', disabled: false });
      // A role change keeps the session, and the next request sees the new role.
      expect((await call('GET', '/auth/me', session)).json().actor.role).toBe('approver');

      const moved = await call('POST', '/users/bc.lamdong/scopes', admin, { add: ['68'], remove: ['68@2024-06-30'] });
      expect(moved.statusCode, moved.body).toBe(200);
      expect(moved.json()).toMatchObject({
        added: [{ code: '68', validFrom: '2025-07-01', validTo: null }],
        removed: [{ code: '68', validFrom: null, validTo: '2025-07-01' }],
        unchanged: [],
        user: { scopes: [{ code: '68', validFrom: '2025-07-01', validTo: null }] },
      });

      const disabled = await call('PATCH', '/users/bc.lamdong', admin, { disabled: true });
      expect(disabled.statusCode, disabled.body).toBe(200);
      expect(disabled.json().disabled).toBe(true);
      expect((await call('GET', '/auth/me', session)).statusCode).toBe(401);
      const relogin = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'bc.lamdong', password: TEST_PASSWORD } });
      expect(relogin.statusCode).toBe(401);

      const events = await listAuditEvents(ctx.store.db, [{ entity: 'user', entityKey: 'bc.lamdong' }]);
      expect(events.map((e) => e.action)).toEqual(['create', 'update', 'scopes', 'update']);
      expect(events.every((e) => e.actorName === 'quantri' && e.source === 'admin')).toBe(true);
      expect(events[3]).toMatchObject({ before: { disabled: false }, after: { disabled: true } });
      expect(JSON.stringify(events)).not.toContain(TEST_PASSWORD);
    });

    it('a new password ends the user’s sessions and signs in; the old one no longer does', async () => {
      await createUser(ctx.store, { username: 'doi.mk', role: 'viewer' });
      const session = (await login(app, 'doi.mk')).headers;
      const changed = await call('PATCH', '/users/doi.mk', admin, { password: NEW_PASSWORD });
      expect(changed.statusCode, changed.body).toBe(200);
      expect((await call('GET', '/auth/me', session)).statusCode).toBe(401);
      expect((await login(app, 'doi.mk', NEW_PASSWORD)).csrf).toBeTruthy();
      const audit = await listAuditEvents(ctx.store.db, [{ entity: 'user', entityKey: 'doi.mk' }]);
      expect(audit.at(-1)?.after).toMatchObject({ passwordChanged: true });
      expect(JSON.stringify(audit)).not.toContain(NEW_PASSWORD);
    });

    it('validation errors name the field (400), a taken name is 409, an unknown user 404', async () => {
      const cases: Array<[unknown, string]> = [
        [{ username: 'ngan', role: 'viewer', password: 'ngan' }, 'password'],
        [{ username: 'x', role: 'viewer', password: NEW_PASSWORD }, 'username'],
        [{ username: 'thieu.vaitro', password: NEW_PASSWORD }, 'role'],
        [{ username: 'sai.vaitro', role: 'boss', password: NEW_PASSWORD }, 'role'],
        [{ username: 'khong.donvi', role: 'reporter', password: NEW_PASSWORD }, 'units'],
        [{ username: 'sai.donvi', role: 'reporter', units: ['99999'], password: NEW_PASSWORD }, 'units'],
        [{ username: 'sai.ngay', role: 'reporter', units: ['68@2025-02-30'], password: NEW_PASSWORD }, 'units'],
        [{ username: 'them.truong', role: 'viewer', password: NEW_PASSWORD, admin: true }, 'admin'],
      ];
      for (const [payload, field] of cases) {
        const refused = await call('POST', '/users', admin, payload);
        expect(refused.statusCode, `${field}: ${refused.body}`).toBe(400);
        expect(refused.json().error.code).toBe('BAD_REQUEST');
        expect(refused.json().error.details?.[0]?.field, refused.body).toBe(field);
      }
      const taken = await call('POST', '/users', admin, { username: 'XEM', role: 'viewer', password: NEW_PASSWORD });
      expect(taken.statusCode).toBe(409);
      expect(taken.json().error).toMatchObject({ code: 'CONFLICT', details: [{ field: 'username' }] });
      expect((await call('PATCH', '/users/khong.co', admin, { displayName: 'A' })).statusCode).toBe(404);
      expect((await call('POST', '/users/khong.co/scopes', admin, { add: ['68'] })).json().error.code).toBe('NOT_FOUND');
      const demote = await call('PATCH', '/users/xem', admin, { role: 'reporter' });
      expect(demote.statusCode).toBe(400);
      expect(demote.json().error.details[0].field).toBe('role');
    });

    it('a scope change is one transaction: a bad `remove` leaves the valid `add` undone', async () => {
      const refused = await call('POST', '/users/bc.68/scopes', admin, { add: ['68@2024-06-30'], remove: ['60@2024-06-30'] });
      expect(refused.statusCode, refused.body).toBe(400);
      expect(refused.json().error.details[0].field).toBe('remove');
      const user = (await call('GET', '/users', admin)).json().items.find((u: { username: string }) => u.username === 'bc.68');
      expect(user.scopes).toEqual([{ code: '68', name: 'Lâm Đồng', level: 'province', validFrom: '2025-07-01', validTo: null }]);
      const last = await call('POST', '/users/bc.68/scopes', admin, { remove: ['68'] });
      expect(last.statusCode).toBe(400);
      expect(last.json().error.message).toContain('ít nhất một đơn vị');
      expect((await call('POST', '/users/bc.68/scopes', admin, {})).json().error.details[0].field).toBe('add');
    });

    it('an admin cannot disable or demote themself (409 SELF_LOCKOUT) and stays an admin', async () => {
      for (const [payload, field] of [
        [{ disabled: true }, 'disabled'],
        [{ role: 'viewer' }, 'role'],
      ] as const) {
        const refused = await call('PATCH', '/users/QuanTri', admin, payload);
        expect(refused.statusCode, refused.body).toBe(409);
        expect(refused.json().error).toMatchObject({ code: 'SELF_LOCKOUT', details: [{ field }] });
      }
      expect((await call('GET', '/auth/me', admin)).json().actor).toMatchObject({ name: 'quantri', role: 'admin' });
      const renamed = await call('PATCH', '/users/quantri', admin, { displayName: 'Quản trị', role: 'admin' });
      expect(renamed.statusCode, renamed.body).toBe(200);
    });
  });

  describe('tokens', () => {
    it('shows the secret once, lists without it, changes scopes, and revokes at once', async () => {
      const created = await call('POST', '/tokens', admin, { name: 'dvc-lamdong', units: ['68'], elements: ['XA_TONG'] });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.headers['cache-control']).toBe('no-store');
      const { secret, token } = created.json() as { secret: string; token: Record<string, unknown> };
      expect(secret).toMatch(/^dxioc_/);
      expect(token).toMatchObject({ name: 'dvc-lamdong', role: 'api_client', units: ['68'], elements: ['XA_TONG'], revokedAt: null });
      const bearer = { authorization: `Bearer ${secret}` };
      expect((await call('GET', '/auth/me', bearer)).json().actor).toMatchObject({ kind: 'token', name: 'dvc-lamdong' });

      const list = await call('GET', '/tokens', admin);
      expect(list.body).not.toContain(secret);
      expect(list.body).not.toContain('secret');
      expect(list.json().items.find((t: { name: string }) => t.name === 'dvc-lamdong')).toEqual(token);

      const again = await call('POST', '/tokens', admin, { name: 'dvc-lamdong', units: ['68'] });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.details[0].field).toBe('name');

      const scoped = await call('POST', '/tokens/dvc-lamdong/scopes', admin, { add: ['68@2024-06-30'] });
      expect(scoped.statusCode, scoped.body).toBe(200);
      expect(scoped.json().token.scopes.map((s: { validTo: string | null }) => s.validTo)).toEqual(['2025-07-01', null]);
      const widen = await call('POST', '/tokens/dvc-lamdong/scopes', admin, { removeElements: ['XA_TONG'] });
      expect(widen.statusCode).toBe(400);
      expect(widen.json().error.details[0].field).toBe('removeElements');

      const revoked = await call('POST', '/tokens/dvc-lamdong/revoke', admin);
      expect(revoked.statusCode, revoked.body).toBe(200);
      expect(revoked.json().revokedAt).toEqual(expect.any(String));
      expect((await call('GET', '/auth/me', bearer)).statusCode).toBe(401);
      expect((await call('POST', '/tokens/dvc-lamdong/revoke', admin)).statusCode).toBe(409);
      expect((await call('POST', '/tokens/dvc-lamdong/scopes', admin, { add: ['68'] })).statusCode).toBe(409);
      expect((await call('POST', '/tokens/khong-co/revoke', admin)).statusCode).toBe(404);

      const audit = await listAuditEvents(ctx.store.db, [{ entity: 'api_token', entityKey: 'dvc-lamdong' }]);
      expect(audit.map((e) => e.action)).toEqual(['create', 'scopes', 'revoke']);
      expect(JSON.stringify(audit)).not.toContain(secret);
    });

    it('validation errors name the field', async () => {
      const cases: Array<[unknown, string]> = [
        [{ name: 'x', units: ['68'] }, 'name'],
        [{ name: 'khong-donvi', units: [] }, 'units'],
        [{ name: 'sai-donvi', units: ['99999'] }, 'units'],
        [{ name: 'sai-phantu', units: ['68'], elements: ['KHONG_CO'] }, 'elements'],
        [{ name: 'vai-tro', units: ['68'], role: 'admin' }, 'role'],
      ];
      for (const [payload, field] of cases) {
        const refused = await call('POST', '/tokens', admin, payload);
        expect(refused.statusCode, `${field}: ${refused.body}`).toBe(400);
        expect(refused.json().error.details?.[0]?.field, refused.body).toBe(field);
      }
    });
  });

  it('scopes review lists scopes on ended unit versions, judged on `at`', async () => {
    await createUser(ctx.store, { username: 'bc.cu', role: 'reporter', units: ['68@2024-06-30'] });
    const now = await call('GET', '/scopes/review', admin);
    expect(now.json().at).toBe('2026-11-23');
    expect(now.json().items).toContainEqual({
      kind: 'user',
      owner: 'bc.cu',
      scope: { code: '68', name: 'Lâm Đồng', level: 'province', validFrom: null, validTo: '2025-07-01' },
      resolution: null,
    });
    const before = await call('GET', '/scopes/review?at=2025-01-01', admin);
    expect(before.json().items.map((i: { owner: string }) => i.owner)).not.toContain('bc.cu');
    expect((await call('GET', '/scopes/review?at=2025-02-30', admin)).json().error.code).toBe('INVALID_DATE');
  });
});
