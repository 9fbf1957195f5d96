import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { LOGIN_LIMITS } from '../../src/store/auth-login-attempts.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { createUser, TEST_PASSWORD } from '../helpers/auth.ts';

/** Failed logins are counted in the database per username (from one address, from any), per address, so two app instances agree. */
describeEachDialect('server: login rate limit', (ctx) => {
  let clock = new Date('2025-08-15T08:00:00Z');
  const advance = (ms: number) => (clock = new Date(clock.getTime() + ms));
  let appA: FastifyInstance;
  let appB: FastifyInstance;

  beforeAll(async () => {
    for (const username of ['nguoi.a', 'nguoi.b', 'nguoi.c', 'nguoi.d', 'nguoi.e']) await createUser(ctx.store, { username, role: 'viewer' });
    appA = buildApp({ store: ctx.store, now: () => clock });
    appB = buildApp({ store: ctx.store, now: () => clock });
    await Promise.all([appA.ready(), appB.ready()]);
  });
  afterAll(async () => {
    await Promise.all([appA.close(), appB.close()]);
  });

  const attempt = (app: FastifyInstance, username: string, password: string, ip: string) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, remoteAddress: ip });

  it(`after ${LOGIN_LIMITS.perUsernameIp} failures for a username from one address, even the right password from there is 429 with Retry-After, on every instance, until the window passes`, async () => {
    const ip = '10.0.0.1';
    for (let i = 0; i < LOGIN_LIMITS.perUsernameIp; i++) {
      const app = i % 2 ? appA : appB;
      const failed = await attempt(app, 'nguoi.a', 'sai-mat-khau-roi', ip);
      expect(failed.statusCode, `attempt ${i + 1}`).toBe(401);
      advance(1000);
    }
    const limited = await attempt(appA, 'nguoi.a', TEST_PASSWORD, ip);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('RATE_LIMITED');
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(LOGIN_LIMITS.windowMs / 1000 - 10);
    expect(retryAfter).toBeLessThanOrEqual(LOGIN_LIMITS.windowMs / 1000);
    expect(limited.json().error.message).toContain(String(retryAfter));
    expect((await attempt(appB, 'NGUOI.A', TEST_PASSWORD, ip)).statusCode).toBe(429);
    // Other users are not affected, nor is this user from another address.
    expect((await attempt(appB, 'nguoi.b', TEST_PASSWORD, '10.0.1.3')).statusCode).toBe(200);
    expect((await attempt(appB, 'nguoi.a', TEST_PASSWORD, '10.0.1.4')).statusCode).toBe(200);

    advance(retryAfter * 1000 - 2000);
    expect((await attempt(appA, 'nguoi.a', TEST_PASSWORD, ip)).statusCode).toBe(429);
    advance(2000);
    expect((await attempt(appA, 'nguoi.a', TEST_PASSWORD, ip)).statusCode).toBe(200);
  });

  it(`after ${LOGIN_LIMITS.perUsername} failures for a username from many addresses, it is 429 from any address`, async () => {
    advance(LOGIN_LIMITS.windowMs);
    for (let i = 0; i < LOGIN_LIMITS.perUsername; i++) {
      const ip = `10.1.${Math.floor(i / (LOGIN_LIMITS.perUsernameIp - 1))}.1`;
      expect((await attempt(i % 2 ? appA : appB, 'nguoi.d', 'sai-mat-khau-roi', ip)).statusCode, `attempt ${i + 1}`).toBe(401);
    }
    expect((await attempt(appA, 'nguoi.d', TEST_PASSWORD, '10.1.200.1')).statusCode).toBe(429);
  });

  it(`${LOGIN_LIMITS.perUsername} parallel wrong logins from one address: at most ${LOGIN_LIMITS.perUsernameIp} are checked (401), the rest 429`, async () => {
    advance(LOGIN_LIMITS.windowMs);
    const answers = await Promise.all(
      Array.from({ length: LOGIN_LIMITS.perUsername }, (_, i) => attempt(i % 2 ? appA : appB, 'nguoi.e', 'sai-mat-khau-roi', '10.2.0.1')),
    );
    const codes = answers.map((a) => a.statusCode);
    expect(codes.filter((c) => c === 401).length).toBe(LOGIN_LIMITS.perUsernameIp);
    expect(codes.filter((c) => c === 429).length).toBe(LOGIN_LIMITS.perUsername - LOGIN_LIMITS.perUsernameIp);
  });

  it(`${LOGIN_LIMITS.perIp * 2} parallel wrong logins for different usernames from one address: at most ${LOGIN_LIMITS.perIp} are checked`, async () => {
    advance(LOGIN_LIMITS.windowMs);
    const answers = await Promise.all(
      Array.from({ length: LOGIN_LIMITS.perIp * 2 }, (_, i) => attempt(i % 2 ? appA : appB, `song-song-${i}`, 'sai-mat-khau-roi', '10.3.0.1')),
    );
    expect(answers.filter((a) => a.statusCode === 401).length).toBe(LOGIN_LIMITS.perIp);
  });

  it('a successful login clears the username’s failures', async () => {
    const ip = '10.0.2.1';
    for (let i = 0; i < LOGIN_LIMITS.perUsernameIp - 1; i++) expect((await attempt(appA, 'nguoi.c', 'sai-mat-khau-roi', ip)).statusCode).toBe(401);
    expect((await attempt(appA, 'nguoi.c', TEST_PASSWORD, ip)).statusCode).toBe(200);
    for (let i = 0; i < LOGIN_LIMITS.perUsernameIp - 1; i++) expect((await attempt(appB, 'nguoi.c', 'sai-mat-khau-roi', ip)).statusCode).toBe(401);
    expect((await attempt(appB, 'nguoi.c', TEST_PASSWORD, ip)).statusCode).toBe(200);
  });

  it(`one address gets ${LOGIN_LIMITS.perIp} failures over any usernames, then 429`, async () => {
    advance(LOGIN_LIMITS.windowMs);
    const ip = '10.0.3.1';
    for (let i = 0; i < LOGIN_LIMITS.perIp; i++) {
      expect((await attempt(i % 2 ? appA : appB, `khong-ton-tai-${i}`, 'sai-mat-khau-roi', ip)).statusCode, `attempt ${i + 1}`).toBe(401);
    }
    const limited = await attempt(appA, 'nguoi.b', TEST_PASSWORD, ip);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await attempt(appA, 'nguoi.b', TEST_PASSWORD, '10.0.3.2')).statusCode).toBe(200);
  });
});
