import { beforeAll, expect, it } from 'vitest';
import { DEVICE_LIFETIME_MS, DEVICES_PER_USER, findLoginDevice, rememberLoginDevice } from '../../src/store/auth/login-devices.ts';
import { findUserForLogin } from '../../src/store/auth/users.ts';
import { setPassword, setUserDisabled, updateUser } from '../../src/app/auth/users.ts';
import { CLI_ACTOR } from '../../src/app/policy.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { createUser } from '../helpers/auth.ts';

/** Known login devices: hashed, tied to one user, expiring, bounded per user, forgotten with the password or the user's access. */
describeEachDialect('store: known login devices', (ctx) => {
  const at = (iso: string) => new Date(iso);
  let ids: Map<string, number>;

  beforeAll(async () => {
    ids = new Map();
    for (const username of ['thiet.bi', 'nguoi.khac']) {
      await createUser(ctx.store, { username, role: 'viewer' });
      ids.set(username, (await findUserForLogin(ctx.store.db, username))!.id);
    }
  });

  it('names a live device of its own user only, for 90 days after its latest sign-in', async () => {
    const db = ctx.store.db;
    const t0 = at('2025-08-01T00:00:00Z');
    const token = await rememberLoginDevice(db, ids.get('thiet.bi')!, null, t0);
    const id = await findLoginDevice(db, 'thiet.bi', token, t0);
    expect(id).toEqual(expect.any(Number));
    expect(await findLoginDevice(db, 'nguoi.khac', token, t0)).toBeNull();
    expect(await findLoginDevice(db, 'thiet.bi', `${token}x`, t0)).toBeNull();
    const stored = await db.selectFrom('loginDevices').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(token);

    const later = new Date(t0.getTime() + DEVICE_LIFETIME_MS - 1000);
    expect(await findLoginDevice(db, 'thiet.bi', token, later)).toBe(id);
    expect(await rememberLoginDevice(db, ids.get('thiet.bi')!, { deviceId: id!, token }, later)).toBe(token);
    expect(await findLoginDevice(db, 'thiet.bi', token, new Date(later.getTime() + DEVICE_LIFETIME_MS - 1000))).toBe(id);
    expect(await findLoginDevice(db, 'thiet.bi', token, new Date(later.getTime() + DEVICE_LIFETIME_MS))).toBeNull();
  });

  it(`keeps at most ${DEVICES_PER_USER} devices per user, the most recently used`, async () => {
    const db = ctx.store.db;
    const userId = ids.get('nguoi.khac')!;
    const tokens: string[] = [];
    for (let i = 0; i < DEVICES_PER_USER + 3; i++) tokens.push(await rememberLoginDevice(db, userId, null, new Date(Date.UTC(2025, 8, 1, 0, i))));
    const now = at('2025-09-02T00:00:00Z');
    const live = [];
    for (const token of tokens) live.push((await findLoginDevice(db, 'nguoi.khac', token, now)) !== null);
    expect(live).toEqual(tokens.map((_, i) => i >= 3));
  });

  it('a new password, a disabled user and an admin’s password change forget the user’s devices; other changes do not', async () => {
    const db = ctx.store.db;
    const now = at('2025-10-01T00:00:00Z');
    const userId = ids.get('thiet.bi')!;
    const cli = { actor: CLI_ACTOR, now };
    const live = async (token: string) => (await findLoginDevice(db, 'thiet.bi', token, now)) !== null;

    let token = await rememberLoginDevice(db, userId, null, now);
    await updateUser(ctx.store, cli, 'thiet.bi', { displayName: 'Thiết bị' });
    await setUserDisabled(ctx.store, cli, 'thiet.bi', false);
    expect(await live(token)).toBe(true);
    await setPassword(ctx.store, cli, 'thiet.bi', 'mat-khau-moi-2025-a');
    expect(await live(token)).toBe(false);

    token = await rememberLoginDevice(db, userId, null, now);
    await updateUser(ctx.store, cli, 'thiet.bi', { password: 'mat-khau-moi-2025-b' });
    expect(await live(token)).toBe(false);

    token = await rememberLoginDevice(db, userId, null, now);
    await setUserDisabled(ctx.store, cli, 'thiet.bi', true);
    expect(await live(token)).toBe(false);
  });
});
