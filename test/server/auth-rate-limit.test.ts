import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { LOGIN_LIMITS, reserveLoginAttempt } from '../../src/store/auth/login-attempts.ts';
import { DEVICE_LIFETIME_MS } from '../../src/store/auth/login-devices.ts';
import { hashSecret } from '../../src/store/auth/secrets.ts';
import { setPassword, unlockUserLogin } from '../../src/app/auth/users.ts';
import { CLI_ACTOR } from '../../src/app/policy.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { createUser, TEST_PASSWORD } from '../helpers/auth.ts';

const WRONG = 'sai-mat-khau-roi';
const CAP_SECONDS = LOGIN_LIMITS.usernameDelayCapMs / 1000;

/** The value of the device cookie a login answer sets, or undefined. */
function deviceCookie(response: LightMyRequestResponse): string | undefined {
  return response.cookies.find((c) => c.name === 'dxioc_device')?.value;
}

/**
 * Login throttling, counted in the database (two app instances agree): per username and address, per address,
 * per known device, and for the username from everywhere a delay that doubles up to a cap, never a lock.
 */
describeEachDialect('server: login throttling', (ctx) => {
  let clock = new Date('2025-08-15T08:00:00Z');
  const advance = (ms: number) => (clock = new Date(clock.getTime() + ms));
  let appA: FastifyInstance;
  let appB: FastifyInstance;
  let nextAddress = 0;
  /** A client address no earlier attempt used. */
  const freshAddress = () => `10.200.${Math.floor(nextAddress / 250)}.${(nextAddress++ % 250) + 1}`;

  beforeAll(async () => {
    for (const username of ['nguoi.a', 'nguoi.b', 'nguoi.c', 'nguoi.d', 'nguoi.e', 'nguoi.f', 'quan.tri', 'quan.tri2'])
      await createUser(ctx.store, { username, role: 'viewer' });
    appA = buildApp({ store: ctx.store, now: () => clock });
    appB = buildApp({ store: ctx.store, now: () => clock });
    await Promise.all([appA.ready(), appB.ready()]);
  });
  afterAll(async () => {
    await Promise.all([appA.close(), appB.close()]);
  });

  const attempt = (app: FastifyInstance, username: string, password: string, ip: string, device?: string) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
      remoteAddress: ip,
      ...(device ? { cookies: { dxioc_device: device } } : {}),
    });

  /** `n` failures for the username, each from a fresh address, recorded as the server records them (without the scrypt work). */
  async function failuresFromEverywhere(username: string, n: number): Promise<void> {
    for (let i = 0; i < n; i++) {
      const reserved = await reserveLoginAttempt(ctx.store.db, { username, ip: freshAddress(), deviceId: null }, clock);
      expect(reserved.kind).toBe('reserved');
    }
  }

  it(`after ${LOGIN_LIMITS.perUsernameIp} failures for a username from one address, even the right password from there is 429 with Retry-After, on every instance, until the window passes`, async () => {
    const ip = '10.0.0.1';
    for (let i = 0; i < LOGIN_LIMITS.perUsernameIp; i++) {
      const app = i % 2 ? appA : appB;
      const failed = await attempt(app, 'nguoi.a', WRONG, ip);
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

  it('nobody can lock the admin out: failures from many addresses bring delays that double up to the cap, never a lock; the known browser gets in at once, a fresh address after at most the cap', async () => {
    advance(LOGIN_LIMITS.windowMs);
    const office = '10.9.0.1';
    const first = await attempt(appA, 'quan.tri', TEST_PASSWORD, office);
    expect(first.statusCode, first.body).toBe(200);
    const device = deviceCookie(first);
    expect(device).toMatch(/^[\w-]{43}$/);

    // The attacker guesses from a new address each time, as fast as the server lets them: more failures than the
    // free ones and enough to reach the cap (all within one window).
    const failures = LOGIN_LIMITS.perUsernameFree + 15;
    const waits: number[] = [];
    for (let made = 0; made < failures;) {
      const answer = await attempt(made % 2 ? appA : appB, 'quan.tri', WRONG, freshAddress());
      if (answer.statusCode === 401) {
        made++;
        continue;
      }
      expect(answer.statusCode, answer.body).toBe(429);
      const wait = Number(answer.headers['retry-after']);
      expect(wait, `after ${made} failures`).toBeLessThanOrEqual(CAP_SECONDS);
      waits.push(wait);
      advance(wait * 1000);
    }
    // No delay before the free failures; then each further failure doubles it, up to the cap.
    expect(waits).toHaveLength(failures - LOGIN_LIMITS.perUsernameFree);
    expect(waits[0]).toBe(LOGIN_LIMITS.usernameDelayMs / 1000);
    for (let i = 1; i < waits.length; i++) expect(waits[i], `wait ${i}`).toBe(Math.min(CAP_SECONDS, 2 * waits[i - 1]!));
    expect(waits.at(-1)).toBe(CAP_SECONDS);

    // The admin's known browser is not slowed, from the office or from anywhere else.
    expect((await attempt(appA, 'quan.tri', TEST_PASSWORD, office, device)).statusCode).toBe(200);
    expect((await attempt(appB, 'quan.tri', TEST_PASSWORD, '203.0.113.50', device)).statusCode).toBe(200);
    // A fresh browser waits at most the cap, then gets in (and becomes a known device).
    const fresh = await attempt(appA, 'quan.tri', TEST_PASSWORD, '198.51.100.7');
    expect(fresh.statusCode).toBe(429);
    const wait = Number(fresh.headers['retry-after']);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(CAP_SECONDS);
    advance(wait * 1000);
    const signedIn = await attempt(appB, 'quan.tri', TEST_PASSWORD, '198.51.100.7');
    expect(signedIn.statusCode, signedIn.body).toBe(200);
    expect(deviceCookie(signedIn)).toBeDefined();
  });

  it(`${4 * LOGIN_LIMITS.perUsernameIp} parallel wrong logins from one address: at most ${LOGIN_LIMITS.perUsernameIp} are checked (401), the rest 429`, async () => {
    advance(LOGIN_LIMITS.windowMs);
    const n = 4 * LOGIN_LIMITS.perUsernameIp;
    const answers = await Promise.all(Array.from({ length: n }, (_, i) => attempt(i % 2 ? appA : appB, 'nguoi.e', WRONG, '10.2.0.1')));
    const codes = answers.map((a) => a.statusCode);
    expect(codes.filter((c) => c === 401).length).toBe(LOGIN_LIMITS.perUsernameIp);
    expect(codes.filter((c) => c === 429).length).toBe(n - LOGIN_LIMITS.perUsernameIp);
  });

  it(`${LOGIN_LIMITS.perUsernameFree + 8} parallel wrong logins for one username from as many addresses: ${LOGIN_LIMITS.perUsernameFree} are checked, the rest are told to wait at most the cap`, async () => {
    advance(LOGIN_LIMITS.windowMs);
    const n = LOGIN_LIMITS.perUsernameFree + 8;
    const addresses = Array.from({ length: n }, freshAddress);
    const answers = await Promise.all(addresses.map((ip, i) => attempt(i % 2 ? appA : appB, 'nguoi.f', WRONG, ip)));
    expect(answers.filter((a) => a.statusCode === 401).length).toBe(LOGIN_LIMITS.perUsernameFree);
    const limited = answers.filter((a) => a.statusCode === 429);
    expect(limited.length).toBe(n - LOGIN_LIMITS.perUsernameFree);
    for (const a of limited) expect(Number(a.headers['retry-after'])).toBeLessThanOrEqual(CAP_SECONDS);
  });

  it(`${LOGIN_LIMITS.perIp * 2} parallel wrong logins for different usernames from one address: at most ${LOGIN_LIMITS.perIp} are checked`, async () => {
    advance(LOGIN_LIMITS.windowMs);
    const answers = await Promise.all(
      Array.from({ length: LOGIN_LIMITS.perIp * 2 }, (_, i) => attempt(i % 2 ? appA : appB, `song-song-${i}`, WRONG, '10.3.0.1')),
    );
    expect(answers.filter((a) => a.statusCode === 401).length).toBe(LOGIN_LIMITS.perIp);
  });

  it('a successful login clears the username’s failures', async () => {
    const ip = '10.0.2.1';
    for (let i = 0; i < LOGIN_LIMITS.perUsernameIp - 1; i++) expect((await attempt(appA, 'nguoi.c', WRONG, ip)).statusCode).toBe(401);
    expect((await attempt(appA, 'nguoi.c', TEST_PASSWORD, ip)).statusCode).toBe(200);
    for (let i = 0; i < LOGIN_LIMITS.perUsernameIp - 1; i++) expect((await attempt(appB, 'nguoi.c', WRONG, ip)).statusCode).toBe(401);
    expect((await attempt(appB, 'nguoi.c', TEST_PASSWORD, ip)).statusCode).toBe(200);
  });

  it(`one address gets ${LOGIN_LIMITS.perIp} failures over any usernames, then 429; a known browser there still gets in`, async () => {
    advance(LOGIN_LIMITS.windowMs);
    const ip = '10.0.3.1';
    const known = await attempt(appA, 'nguoi.d', TEST_PASSWORD, ip);
    expect(known.statusCode).toBe(200);
    for (let i = 0; i < LOGIN_LIMITS.perIp; i++) {
      expect((await attempt(i % 2 ? appA : appB, `khong-ton-tai-${i}`, WRONG, ip)).statusCode, `attempt ${i + 1}`).toBe(401);
    }
    const limited = await attempt(appA, 'nguoi.b', TEST_PASSWORD, ip);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await attempt(appA, 'nguoi.b', TEST_PASSWORD, '10.0.3.2')).statusCode).toBe(200);
    // Someone else on the same address (an office behind one NAT) who signed in here before is not refused.
    expect((await attempt(appB, 'nguoi.d', TEST_PASSWORD, ip)).statusCode).toBe(429);
    expect((await attempt(appB, 'nguoi.d', TEST_PASSWORD, ip, deviceCookie(known))).statusCode).toBe(200);
  });

  it('the device cookie: HTTP-only, SameSite=Strict, sent to the login route only, 90 days; only its hash is stored', async () => {
    advance(LOGIN_LIMITS.windowMs);
    const response = await attempt(appA, 'nguoi.b', TEST_PASSWORD, freshAddress());
    const cookie = response.cookies.find((c) => c.name === 'dxioc_device');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/v1/auth/login', maxAge: DEVICE_LIFETIME_MS / 1000 });
    expect(cookie?.secure).toBeFalsy(); // plain http in tests
    const stored = await ctx.store.db.selectFrom('loginDevices').select('tokenHash').execute();
    expect(stored.map((r) => r.tokenHash)).toContain(hashSecret(cookie!.value));
    expect(JSON.stringify(stored)).not.toContain(cookie!.value);
  });

  it('a known browser has its own limit: its failures lock that browser only, and never slow the others', async () => {
    advance(LOGIN_LIMITS.windowMs);
    const office = '10.9.1.1';
    const device = deviceCookie(await attempt(appA, 'quan.tri2', TEST_PASSWORD, office));
    for (let i = 0; i < LOGIN_LIMITS.perDevice; i++) expect((await attempt(i % 2 ? appA : appB, 'quan.tri2', WRONG, office, device)).statusCode).toBe(401);
    const locked = await attempt(appA, 'quan.tri2', TEST_PASSWORD, office, device);
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(LOGIN_LIMITS.windowMs / 1000 - 10);
    // The same address without the cookie, and other browsers, are not affected.
    expect((await attempt(appB, 'quan.tri2', TEST_PASSWORD, office)).statusCode).toBe(200);
    expect((await attempt(appB, 'quan.tri2', TEST_PASSWORD, freshAddress())).statusCode).toBe(200);
  });

  it(`${4 * LOGIN_LIMITS.perDevice} parallel wrong logins with one known browser: at most ${LOGIN_LIMITS.perDevice} are checked`, async () => {
    advance(LOGIN_LIMITS.windowMs);
    const device = deviceCookie(await attempt(appA, 'quan.tri2', TEST_PASSWORD, '10.9.2.1'));
    const answers = await Promise.all(
      Array.from({ length: 4 * LOGIN_LIMITS.perDevice }, (_, i) => attempt(i % 2 ? appA : appB, 'quan.tri2', WRONG, freshAddress(), device)),
    );
    expect(answers.filter((a) => a.statusCode === 401).length).toBe(LOGIN_LIMITS.perDevice);
    expect(answers.filter((a) => a.statusCode === 429).length).toBe(3 * LOGIN_LIMITS.perDevice);
  });

  it('a device cookie counts only for its own user, only while live: another user’s, a made-up one, one from before a password change or past 90 days do not', async () => {
    advance(LOGIN_LIMITS.windowMs);
    const own = deviceCookie(await attempt(appA, 'nguoi.c', TEST_PASSWORD, freshAddress()));
    const others = deviceCookie(await attempt(appA, 'nguoi.b', TEST_PASSWORD, freshAddress()));
    await failuresFromEverywhere('nguoi.c', LOGIN_LIMITS.perUsernameFree);
    // The username is now delayed for browsers it does not know.
    expect((await attempt(appA, 'nguoi.c', TEST_PASSWORD, freshAddress())).statusCode).toBe(429);
    expect((await attempt(appA, 'nguoi.c', TEST_PASSWORD, freshAddress(), others)).statusCode).toBe(429);
    expect((await attempt(appA, 'nguoi.c', TEST_PASSWORD, freshAddress(), 'khong-phai-cookie-that')).statusCode).toBe(429);
    expect((await attempt(appB, 'nguoi.c', TEST_PASSWORD, freshAddress(), own)).statusCode).toBe(200);

    // A new password forgets the user's browsers.
    await setPassword(ctx.store, { actor: CLI_ACTOR, now: clock }, 'nguoi.c', 'mat-khau-moi-cua-c-2025');
    expect((await attempt(appA, 'nguoi.c', 'mat-khau-moi-cua-c-2025', freshAddress(), own)).statusCode).toBe(429);
    await setPassword(ctx.store, { actor: CLI_ACTOR, now: clock }, 'nguoi.c', TEST_PASSWORD);

    // A browser is known for 90 days after its latest sign-in.
    advance(LOGIN_LIMITS.windowMs);
    const kept = deviceCookie(await attempt(appA, 'nguoi.c', TEST_PASSWORD, freshAddress()));
    advance(DEVICE_LIFETIME_MS - 60_000);
    await failuresFromEverywhere('nguoi.c', LOGIN_LIMITS.perUsernameFree);
    expect((await attempt(appB, 'nguoi.c', TEST_PASSWORD, freshAddress(), kept)).statusCode).toBe(200); // renewed by this sign-in
    advance(DEVICE_LIFETIME_MS + 60_000);
    await failuresFromEverywhere('nguoi.c', LOGIN_LIMITS.perUsernameFree);
    expect((await attempt(appA, 'nguoi.c', TEST_PASSWORD, freshAddress(), kept)).statusCode).toBe(429);
  });

  it('an operator’s unlock (`dx-ioc user unlock`) ends the delay, the locked addresses and devices of that user at once, and says what it cleared', async () => {
    advance(LOGIN_LIMITS.windowMs);
    const device = deviceCookie(await attempt(appA, 'nguoi.e', TEST_PASSWORD, '10.5.0.1'));
    for (let i = 0; i < LOGIN_LIMITS.perDevice; i++) expect((await attempt(appB, 'nguoi.e', WRONG, '10.5.0.1', device)).statusCode).toBe(401);
    // Failures as the server records them (more than it would let through at once): one address locked out, many others.
    const spread = LOGIN_LIMITS.perUsernameFree + 6;
    const failed = (username: string, ip: string) => ({ username, ip, attemptedAt: clock.toISOString() });
    await ctx.store.db
      .insertInto('loginAttempts')
      .values([
        ...Array.from({ length: LOGIN_LIMITS.perUsernameIp }, () => failed('nguoi.e', '10.5.0.2')),
        ...Array.from({ length: spread }, () => failed('nguoi.e', freshAddress())),
        failed('nguoi.f', freshAddress()),
        failed('nguoi.f', freshAddress()),
      ])
      .execute();
    expect((await attempt(appA, 'nguoi.e', TEST_PASSWORD, '10.5.0.1', device)).statusCode).toBe(429);
    expect((await attempt(appA, 'nguoi.e', TEST_PASSWORD, '10.5.0.2')).statusCode).toBe(429);

    const cleared = await unlockUserLogin(ctx.store, { actor: CLI_ACTOR, now: clock }, 'NGUOI.E');
    expect(cleared).toEqual({
      attempts: LOGIN_LIMITS.perDevice + LOGIN_LIMITS.perUsernameIp + spread,
      addresses: 2 + spread,
      withKnownDevice: LOGIN_LIMITS.perDevice,
      delaySeconds: CAP_SECONDS,
      lockedAddresses: 1,
      lockedDevices: 1,
    });
    const left = await ctx.store.db.selectFrom('loginAttempts').select('username').where('username', 'in', ['nguoi.e', 'nguoi.f']).execute();
    expect(left.map((r) => r.username)).toEqual(['nguoi.f', 'nguoi.f']);
    expect((await attempt(appA, 'nguoi.e', TEST_PASSWORD, '10.5.0.1', device)).statusCode).toBe(200);
    expect((await attempt(appB, 'nguoi.e', TEST_PASSWORD, '10.5.0.2')).statusCode).toBe(200);
    expect((await attempt(appA, 'nguoi.e', TEST_PASSWORD, freshAddress())).statusCode).toBe(200);
    await expect(unlockUserLogin(ctx.store, { actor: CLI_ACTOR, now: clock }, 'khong.ai')).rejects.toThrow(/"khong\.ai"/);
  });
});
