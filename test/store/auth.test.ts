import { beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword, passwordProblem } from '../../src/domain/password.ts';
import { unitPath } from '../../src/store/units/path.ts';
import { findUserForLogin, listUsers } from '../../src/store/auth/users.ts';
import { createSession, findSession } from '../../src/store/auth/sessions.ts';
import { findTokenActor, listApiTokens } from '../../src/store/auth/tokens.ts';
import { addUser, setPassword, setUserDisabled } from '../../src/app/auth/users.ts';
import { createApiToken, revokeApiToken } from '../../src/app/auth/tokens.ts';
import { CLI_ACTOR } from '../../src/app/policy.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { BEFORE, REFORM, seedUnits } from '../server/fixtures/seed-units.ts';

describe('password hashing (scrypt)', () => {
  it('stores a self-describing hash that is not the password, salted, and verifies only the right password', async () => {
    const password = 'Đắk Nông 2025 – mật khẩu';
    const [a, b] = await Promise.all([hashPassword(password), hashPassword(password)]);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toContain(password);
    expect(a).not.toBe(b); // a fresh salt each time
    expect(await verifyPassword(password, a)).toBe(true);
    expect(await verifyPassword(password, b)).toBe(true);
    expect(await verifyPassword(`${password} `, a)).toBe(false);
    expect(await verifyPassword('', a)).toBe(false);
  });

  it('rejects unreadable hashes instead of throwing', async () => {
    for (const stored of ['', 'plain', 'scrypt$3$8$1$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==', 'bcrypt$x', 'scrypt$32768$8$1$$']) {
      expect(await verifyPassword('whatever-password', stored), stored).toBe(false);
    }
  });

  it('refuses empty and short passwords, naming the minimum', () => {
    expect(passwordProblem('')).toMatch(/trống/);
    expect(passwordProblem('123456789')).toMatch(/10/);
    expect(passwordProblem('1234567890')).toBeNull();
  });
});

describeEachDialect('store: unit paths, users, sessions and tokens', (ctx) => {
  /** The use cases (app/auth) as the operator at the terminal. */
  const cli = { actor: CLI_ACTOR };
  beforeAll(async () => {
    await seedUnits(ctx.store.db);
    const now = new Date().toISOString();
    await ctx.store.db
      .insertInto('dataElements')
      .values({
        code: 'XA_CAP_QUANG',
        name: 'x',
        nameEn: 'x',
        valueType: 'integer',
        timeAggregation: 'last',
        hierarchyAggregation: 'sum',
        periodType: 'yearly',
        createdAt: now,
        updatedAt: now,
      })
      .execute();
  });

  it('unitPath follows the parent links in force at the date', async () => {
    expect(await unitPath(ctx.store.db, '24611', BEFORE)).toEqual(['24611', '660', '67', 'VN']);
    expect(await unitPath(ctx.store.db, '24611', REFORM)).toEqual(['24611', '68', 'VN']);
    expect(await unitPath(ctx.store.db, '68', REFORM)).toEqual(['68', 'VN']);
    expect(await unitPath(ctx.store.db, 'VN', BEFORE)).toEqual(['VN']);
    expect(await unitPath(ctx.store.db, '24612', REFORM)).toBeNull(); // merged away
    expect(await unitPath(ctx.store.db, 'nope', BEFORE)).toBeNull();
    await expect(unitPath(ctx.store.db, '67', '2025-02-30')).rejects.toThrow(/at/);
  });

  it('addUser checks the name, role, units and password, and stores only a hash', async () => {
    const db = ctx.store.db;
    await expect(addUser(ctx.store, cli, { username: 'x y', role: 'viewer', password: 'mat-khau-dai-du' })).rejects.toThrow(/Tên đăng nhập/);
    await expect(addUser(ctx.store, cli, { username: 'bao.cao', role: 'boss', password: 'mat-khau-dai-du' })).rejects.toThrow(/Vai trò "boss"/);
    await expect(addUser(ctx.store, cli, { username: 'bao.cao', role: 'reporter', password: 'mat-khau-dai-du' })).rejects.toThrow(/--unit/);
    await expect(addUser(ctx.store, cli, { username: 'bao.cao', role: 'reporter', units: ['67', '99999'], password: 'mat-khau-dai-du' })).rejects.toThrow(
      /"99999"/,
    );
    await expect(addUser(ctx.store, cli, { username: 'bao.cao', role: 'reporter', units: ['67'], password: 'ngan' })).rejects.toThrow(/10/);
    expect(await listUsers(db)).toEqual([]);

    await addUser(ctx.store, cli, { username: 'Bao.Cao', role: 'reporter', units: ['67', '67', '660'], displayName: 'Báo cáo', password: 'mat-khau-dai-du' });
    await expect(addUser(ctx.store, cli, { username: 'bao.cao', role: 'viewer', password: 'mat-khau-dai-du' })).rejects.toThrow(/đã có/);
    const user = await findUserForLogin(db, 'BAO.CAO ');
    expect(user).toMatchObject({ username: 'bao.cao', role: 'reporter', units: ['660', '67'], displayName: 'Báo cáo', disabled: false });
    expect(user?.passwordHash).not.toContain('mat-khau-dai-du');
    expect(await verifyPassword('mat-khau-dai-du', user!.passwordHash)).toBe(true);
  });

  it('setPassword changes the hash and ends the user’s sessions; disabling hides them at once', async () => {
    const db = ctx.store.db;
    await addUser(ctx.store, cli, { username: 'doi.mk', role: 'viewer', password: 'mat-khau-cu-123' });
    const user = (await findUserForLogin(db, 'doi.mk'))!;
    const session = await createSession(db, user.id);
    expect((await findSession(db, session.sessionId))?.actor).toEqual({ kind: 'user', name: 'doi.mk', role: 'viewer', unitScopes: [], unitScopeIds: [] });
    await setPassword(ctx.store, cli, 'doi.mk', 'mat-khau-moi-456');
    expect(await findSession(db, session.sessionId)).toBeNull();
    const updated = (await findUserForLogin(db, 'doi.mk'))!;
    expect(await verifyPassword('mat-khau-moi-456', updated.passwordHash)).toBe(true);
    expect(await verifyPassword('mat-khau-cu-123', updated.passwordHash)).toBe(false);
    await expect(setPassword(ctx.store, cli, 'khong.co', 'mat-khau-moi-456')).rejects.toThrow(/khong.co/);

    const again = await createSession(db, user.id);
    await setUserDisabled(ctx.store, cli, 'doi.mk', true);
    expect(await findSession(db, again.sessionId)).toBeNull();
    expect((await listUsers(db)).find((u) => u.username === 'doi.mk')?.disabled).toBe(true);
  });

  it('tokens: shown once, stored hashed, scoped, listed without the secret, revoked for good', async () => {
    const db = ctx.store.db;
    await expect(createApiToken(ctx.store, cli, { name: 'dvc', units: [] })).rejects.toThrow(/--unit/);
    await expect(createApiToken(ctx.store, cli, { name: 'dvc', units: ['67'], elements: ['KHONG_CO'] })).rejects.toThrow(/KHONG_CO/);
    const { secret: token } = await createApiToken(ctx.store, cli, { name: 'dvc', units: ['67'], elements: ['XA_CAP_QUANG'] });
    expect(token).toMatch(/^dxioc_[\w-]{43}$/);
    await expect(createApiToken(ctx.store, cli, { name: 'dvc', units: ['67'] })).rejects.toThrow(/đã có/);
    const daknong = await db.selectFrom('units').select('id').where('code', '=', '67').executeTakeFirstOrThrow();
    expect(await findTokenActor(db, token)).toEqual({
      kind: 'token',
      name: 'dvc',
      role: 'api_client',
      unitScopes: ['67'],
      unitScopeIds: [daknong.id],
      elementScopes: ['XA_CAP_QUANG'],
    });
    const listed = await listApiTokens(db);
    expect(listed).toEqual([
      {
        name: 'dvc',
        units: ['67'],
        scopes: [{ code: '67', version: expect.objectContaining({ id: daknong.id, name: 'Đắk Nông', validTo: REFORM }), resolution: null }],
        elements: ['XA_CAP_QUANG'],
        createdAt: expect.any(String),
        revokedAt: null,
      },
    ]);
    expect(JSON.stringify(await db.selectFrom('apiTokens').selectAll().execute())).not.toContain(token);
    await revokeApiToken(ctx.store, cli, 'dvc');
    expect(await findTokenActor(db, token)).toBeNull();
    await expect(revokeApiToken(ctx.store, cli, 'dvc')).rejects.toThrow(/đã bị thu hồi/);
    await expect(createApiToken(ctx.store, cli, { name: 'dvc', units: ['67'] })).rejects.toThrow(/thu hồi/);
  });
});
