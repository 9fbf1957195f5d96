import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { buildApp } from '../../src/server/app.ts';
import { setUserDisabled } from '../../src/app/auth/users.ts';
import { CLI_ACTOR } from '../../src/app/policy.ts';
import { sessionTouchesSettled } from '../../src/store/auth/sessions.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { createUser, login, TEST_PASSWORD } from '../helpers/auth.ts';
import { seedUnits } from './fixtures/seed-units.ts';

/** Login, logout, /me, CSRF and session end on the real app, with a clock the test moves. */
describeEachDialect('server: /api/v1/auth sessions', (ctx) => {
  let app: FastifyInstance;
  let clock = new Date('2025-08-15T08:00:00Z');
  // The session's touch is not awaited by the request: let it land before the clock moves on.
  const advance = async (ms: number) => {
    await sessionTouchesSettled();
    clock = new Date(clock.getTime() + ms);
  };

  beforeAll(async () => {
    await seedUnits(ctx.store.db);
    await createUser(ctx.store, { username: 'baocao.daknong', role: 'reporter', units: ['67'], displayName: 'Văn phòng UBND tỉnh Đắk Nông' });
    await createUser(ctx.store, { username: 'lanhdao', role: 'viewer' });
    await createUser(ctx.store, { username: 'bi.khoa', role: 'viewer' });
    app = buildApp({ store: ctx.store, today: () => '2025-08-15', now: () => clock });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
  });

  it('login answers the user and a CSRF token, and sets an HTTP-only, SameSite=Lax session cookie on Path=/', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'BaoCao.DakNong', password: TEST_PASSWORD } });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as { user: unknown; csrfToken: string };
    expect(body.user).toEqual({ username: 'baocao.daknong', role: 'reporter', units: ['67'], displayName: 'Văn phòng UBND tỉnh Đắk Nông' });
    expect(body.csrfToken).toMatch(/^[\w-]{40,}$/);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/^dxioc_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/i); // plain http in tests
  });

  it('the session id is not what the database stores', async () => {
    const { cookie } = await login(app, 'lanhdao');
    const sessionId = cookie.split('=')[1]!;
    const rows = await ctx.store.db.selectFrom('sessions').select('idHash').execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.idHash)).not.toContain(sessionId);
  });

  it('no CSRF token is stored: no value in the sessions table, nor anywhere in the database, is or contains the header value; it still guards', async () => {
    const { cookie, csrf } = await login(app, 'lanhdao');
    const bytes = Buffer.from(csrf, 'base64url');
    const forms = [csrf, bytes.toString('hex'), bytes.toString('base64').replace(/=+$/, '')];
    const sessions = await sql<Record<string, unknown>>`SELECT * FROM sessions`.execute(ctx.store.db);
    expect(sessions.rows.length).toBeGreaterThan(0);
    for (const row of sessions.rows) {
      for (const [column, value] of Object.entries(row)) {
        for (const form of forms) expect(String(value), column).not.toContain(form);
      }
    }
    const tables =
      ctx.dialect === 'sqlite'
        ? await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table'`.execute(ctx.store.db)
        : await sql<{ name: string }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()`.execute(ctx.store.db);
    expect(tables.rows.map((t) => t.name)).toContain('sessions');
    for (const { name } of tables.rows) {
      const rows = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(name)}`.execute(ctx.store.db);
      const text = JSON.stringify(rows.rows);
      for (const form of forms) expect(text, name).not.toContain(form);
    }
    // The token is derived from the cookie on each request: /auth/me answers the same one, and it guards unsafe requests.
    const me = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    expect(me.json().csrfToken).toBe(csrf);
    expect(
      (await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie, 'x-csrf-token': me.json().csrfToken.slice(1) } })).statusCode,
    ).toBe(403);
    expect((await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie, 'x-csrf-token': csrf } })).statusCode).toBe(204);
  });

  it('GET /auth/me answers the actor, the CSRF token and the abilities in the caller’s units; 401 without a session', async () => {
    const { headers, csrf } = await login(app, 'baocao.daknong');
    const me = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: headers.cookie! } });
    expect(me.statusCode, me.body).toBe(200);
    expect(me.json()).toEqual({
      actor: {
        kind: 'user',
        name: 'baocao.daknong',
        role: 'reporter',
        units: ['67'],
        unitVersions: [{ code: '67', name: 'Đắk Nông', level: 'province', validFrom: null, validTo: '2025-07-01' }],
        displayName: 'Văn phòng UBND tỉnh Đắk Nông',
      },
      csrfToken: csrf,
      abilities: {
        read: true,
        read_coverage: false,
        write_values: true,
        submit: true,
        approve: false,
        return: false,
        reopen: false,
        manage: false,
        explain: true,
        direct: false,
        // The unit's own reporter sees its community tech teams' members (NĐ 13/2023/NĐ-CP).
        read_personal: true,
      },
    });
    const anonymous = await app.inject({ method: 'GET', url: '/api/v1/auth/me' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('UNAUTHENTICATED');
    const forged = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: 'dxioc_session=not-a-session' } });
    expect(forged.statusCode).toBe(401);
  });

  it('wrong password and unknown user get the same 401 INVALID_CREDENTIALS, and no cookie', async () => {
    const wrong = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'lanhdao', password: 'sai-mat-khau-roi' } });
    const unknown = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'khong-co-ai', password: 'sai-mat-khau-roi' } });
    for (const response of [wrong, unknown]) {
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe('INVALID_CREDENTIALS');
      expect(response.headers['set-cookie']).toBeUndefined();
    }
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
  });

  it('the guarded API needs a session: 401 without, 200 with', async () => {
    const anonymous = await app.inject({ method: 'GET', url: '/api/v1/units?level=province&at=2025-06-30' });
    expect(anonymous.statusCode).toBe(401);
    const { headers } = await login(app, 'lanhdao');
    const ok = await app.inject({ method: 'GET', url: '/api/v1/units?level=province&at=2025-06-30', headers });
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it('logout needs the CSRF header (403 CSRF_INVALID without or with a wrong one), then ends the session (204)', async () => {
    const { cookie, csrf } = await login(app, 'lanhdao');
    const missing = await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe('CSRF_INVALID');
    const wrong = await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie, 'x-csrf-token': `${csrf.slice(0, -1)}x` } });
    expect(wrong.json().error.code).toBe('CSRF_INVALID');
    const stillIn = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    expect(stillIn.statusCode).toBe(200);
    const out = await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie, 'x-csrf-token': csrf } });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/dxioc_session=;/);
    const after = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    expect(after.statusCode).toBe(401);
  });

  it('a disabled user’s session stops working at once; re-enabling does not revive it', async () => {
    const { headers } = await login(app, 'bi.khoa');
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers })).statusCode).toBe(200);
    await setUserDisabled(ctx.store, { actor: CLI_ACTOR }, 'bi.khoa', true);
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers })).statusCode).toBe(401);
    const relogin = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'bi.khoa', password: TEST_PASSWORD } });
    expect(relogin.statusCode).toBe(401);
    await setUserDisabled(ctx.store, { actor: CLI_ACTOR }, 'bi.khoa', false);
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers })).statusCode).toBe(401);
    await login(app, 'bi.khoa');
  });

  it('a session ends after 12 hours idle and 7 days after login, even when used', async () => {
    const idle = await login(app, 'lanhdao');
    await advance(11 * 3600_000);
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: idle.headers })).statusCode).toBe(200);
    await advance(11 * 3600_000); // 11 h after the last use: still alive
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: idle.headers })).statusCode).toBe(200);
    await advance(12 * 3600_000 + 1000);
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: idle.headers })).statusCode).toBe(401);

    const busy = await login(app, 'lanhdao');
    for (let hour = 0; hour < 7 * 24 - 10; hour += 10) {
      await advance(10 * 3600_000);
      expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: busy.headers })).statusCode, `hour ${hour}`).toBe(200);
    }
    await advance(11 * 3600_000);
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: busy.headers })).statusCode).toBe(401);
  });
});
