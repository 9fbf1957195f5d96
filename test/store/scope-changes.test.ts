import { beforeAll, expect, it } from 'vitest';
import { findUserForLogin } from '../../src/store/auth/users.ts';
import { createSession, findSession } from '../../src/store/auth/sessions.ts';
import { findTokenActor } from '../../src/store/auth/tokens.ts';
import { addUser } from '../../src/app/auth/users.ts';
import { createApiToken, revokeApiToken } from '../../src/app/auth/tokens.ts';
import { addTokenScopes, addUserScopes, removeTokenScopes, removeUserScopes } from '../../src/app/auth/scopes.ts';
import { CLI_ACTOR } from '../../src/app/policy.ts';
import { scopesToReview } from '../../src/store/auth/unit-scopes.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { BEFORE, seedUnits } from '../server/fixtures/seed-units.ts';

/** After the reform: 68 means the new Lâm Đồng, 67 has no version in force. */
const NOW = new Date('2026-01-15T03:00:00Z');
const PASSWORD = 'mat-khau-dai-du';
/** The use cases (app/auth) as the operator at the terminal, at NOW. */
const cli = { actor: CLI_ACTOR, now: NOW };

describeEachDialect('store: changing the unit scopes of users and tokens', (ctx) => {
  let ids: Map<string, number>;
  const id = (key: string): number => ids.get(key)!;

  beforeAll(async () => {
    ids = await seedUnits(ctx.store.db);
    const at = new Date().toISOString();
    await ctx.store.db
      .insertInto('dataElements')
      .values(
        ['XA_CAP_QUANG', 'DVC_TRUC_TUYEN'].map((code) => ({
          code,
          name: code,
          nameEn: code,
          valueType: 'integer',
          timeAggregation: 'last',
          hierarchyAggregation: 'sum',
          periodType: 'yearly',
          createdAt: at,
          updatedAt: at,
        })),
      )
      .execute();
  });

  const userRows = (userId: number) =>
    ctx.store.db.selectFrom('userUnits').select(['unitCode', 'unitId']).where('userId', '=', userId).orderBy('unitId').execute();

  it('re-grants a user the new unit after the reform: idempotent, visible to a live session at its next request', async () => {
    const db = ctx.store.db;
    await addUser(ctx.store, cli, { username: 'bao.cao', role: 'reporter', units: [`68@${BEFORE}`], password: PASSWORD });
    const user = (await findUserForLogin(db, 'bao.cao'))!;
    const session = await createSession(db, user.id, NOW);
    expect((await findSession(db, session.sessionId, NOW))?.actor.unitScopeIds).toEqual([id('68-old')]);
    expect((await scopesToReview(db, '2026-01-15')).map((r) => r.owner)).toContain('bao.cao');

    const added = await addUserScopes(ctx.store, cli, 'Bao.Cao', ['68', '68', '24611']);
    expect(added.changed.map((v) => v.id)).toEqual([id('68-new'), id('24611-new')]);
    expect(added.unchanged).toEqual([]);
    expect(added.scopes.map((s) => [s.code, s.version?.id])).toEqual([
      ['24611', id('24611-new')],
      ['68', id('68-old')],
      ['68', id('68-new')],
    ]);
    // The session row caches nothing: the next request reads the new scopes.
    expect((await findSession(db, session.sessionId, NOW))?.actor.unitScopeIds?.sort()).toEqual([id('68-old'), id('68-new'), id('24611-new')].sort());

    const again = await addUserScopes(ctx.store, cli, 'bao.cao', ['68', `24611@${BEFORE}`]);
    expect(again.changed.map((v) => v.id)).toEqual([id('24611-old')]);
    expect(again.unchanged).toEqual(['68']);
    expect(await userRows(user.id)).toHaveLength(4); // no duplicate row for 68

    // Removing the old version by its date; the session loses it at once.
    const removed = await removeUserScopes(ctx.store, cli, 'bao.cao', [`68@${BEFORE}`, `24611@${BEFORE}`]);
    expect(removed.changed.map((v) => v.id).sort()).toEqual([id('68-old'), id('24611-old')].sort());
    expect((await findSession(db, session.sessionId, NOW))?.actor.unitScopeIds?.sort()).toEqual([id('68-new'), id('24611-new')].sort());
    expect((await scopesToReview(db, '2026-01-15')).map((r) => r.owner)).not.toContain('bao.cao');
  });

  it('names the argument in every refusal and changes nothing when one argument fails', async () => {
    const db = ctx.store.db;
    await addUser(ctx.store, cli, { username: 'xem', role: 'viewer', units: ['68'], password: PASSWORD });
    await expect(addUserScopes(ctx.store, cli, 'khong.ai', ['68'])).rejects.toThrow(/"khong\.ai"/);
    await expect(addUserScopes(ctx.store, cli, 'xem', ['24611', '99'])).rejects.toThrow(/UNIT "99"/);
    await expect(addUserScopes(ctx.store, cli, 'xem', ['67'])).rejects.toThrow(/"67".*2026-01-15.*UNIT "67"/);
    await expect(addUserScopes(ctx.store, cli, 'xem', ['24612@2025-07-01'])).rejects.toThrow(/UNIT "24612@2025-07-01"/);
    await expect(addUserScopes(ctx.store, cli, 'xem', ['68@2025-02-30'])).rejects.toThrow(/2025-02-30/);
    await expect(addUserScopes(ctx.store, cli, 'xem', [' '])).rejects.toThrow(/UNIT/);
    await expect(removeUserScopes(ctx.store, cli, 'xem', ['60@2025-01-01'])).rejects.toThrow(/không có phạm vi UNIT "60@2025-01-01"/);
    await expect(removeUserScopes(ctx.store, cli, 'xem', [`68@${BEFORE}`])).rejects.toThrow(/UNIT "68@2025-06-30"/);
    await expect(removeUserScopes(ctx.store, cli, 'xem', ['68', '24611'])).rejects.toThrow(/UNIT "24611"/);
    await expect(removeUserScopes(ctx.store, cli, 'xem', ['67'])).rejects.toThrow(/không có phạm vi UNIT "67"/); // ended code, not held
    await expect(removeUserScopes(ctx.store, cli, 'xem', ['99'])).rejects.toThrow(/Không có đơn vị mã "99"/);
    const user = (await findUserForLogin(db, 'xem'))!;
    expect(user.scopes.map((s) => s.version?.id)).toEqual([id('68-new')]); // the failed remove of 68 rolled back

    // A viewer may end with no scope; a reporter may not.
    expect((await removeUserScopes(ctx.store, cli, 'xem', ['68'])).scopes).toEqual([]);
    await addUser(ctx.store, cli, { username: 'nhap.lieu', role: 'reporter', units: ['68'], password: PASSWORD });
    await expect(removeUserScopes(ctx.store, cli, 'nhap.lieu', ['68'])).rejects.toThrow(/reporter/);
  });

  it('a bare code removes the only scope with that code, even an ended version or one naming none', async () => {
    const db = ctx.store.db;
    await addUser(ctx.store, cli, { username: 'cu', role: 'viewer', units: [`67@${BEFORE}`], password: PASSWORD });
    const user = (await findUserForLogin(db, 'cu'))!;
    await db.insertInto('userUnits').values({ userId: user.id, unitCode: 'MAT', unitId: null, resolution: 'unknown code' }).execute();
    const result = await removeUserScopes(ctx.store, cli, 'cu', ['67', 'MAT']);
    expect(result.changed.map((v) => v.id)).toEqual([id('67')]);
    expect(result.scopes).toEqual([]);
    expect(await userRows(user.id)).toEqual([]);
  });

  it('tokens: units and elements added idempotently, removed with the guards, seen by the next request', async () => {
    const db = ctx.store.db;
    const { secret: token } = await createApiToken(ctx.store, cli, { name: 'dvc', units: [`68@${BEFORE}`], elements: ['XA_CAP_QUANG'] });
    const added = await addTokenScopes(ctx.store, cli, 'dvc', { units: ['68', `68@${BEFORE}`], elements: ['DVC_TRUC_TUYEN', 'XA_CAP_QUANG'] });
    expect(added.changed.map((v) => v.id)).toEqual([id('68-new')]);
    expect(added.unchanged).toEqual([`68@${BEFORE}`]);
    expect(added.elementsChanged).toEqual(['DVC_TRUC_TUYEN']);
    expect(added.elementsUnchanged).toEqual(['XA_CAP_QUANG']);
    expect(added.elements).toEqual(['DVC_TRUC_TUYEN', 'XA_CAP_QUANG']);
    expect(await findTokenActor(db, token)).toMatchObject({
      unitScopeIds: expect.arrayContaining([id('68-old'), id('68-new')]),
      elementScopes: ['DVC_TRUC_TUYEN', 'XA_CAP_QUANG'],
    });
    const tokenId = (await db.selectFrom('apiTokens').select('id').where('name', '=', 'dvc').executeTakeFirstOrThrow()).id;
    expect(await db.selectFrom('apiTokenScopes').select('code').where('tokenId', '=', tokenId).execute()).toHaveLength(4);

    await expect(addTokenScopes(ctx.store, cli, 'dvc', { elements: ['KHONG_CO'] })).rejects.toThrow(/KHONG_CO/);
    await expect(addTokenScopes(ctx.store, cli, 'dvc', {})).rejects.toThrow(/--element/);
    await expect(addTokenScopes(ctx.store, cli, 'khong-co', { units: ['68'] })).rejects.toThrow(/"khong-co"/);
    await expect(removeTokenScopes(ctx.store, cli, 'dvc', { elements: ['KHONG_CO'] })).rejects.toThrow(/--element "KHONG_CO"/);
    // Both 68 versions are held: a bare 68 is the one in force today.
    const removed = await removeTokenScopes(ctx.store, cli, 'dvc', { units: ['68'], elements: ['XA_CAP_QUANG'] });
    expect(removed.changed.map((v) => v.id)).toEqual([id('68-new')]);
    expect(await findTokenActor(db, token)).toMatchObject({ unitScopeIds: [id('68-old')], elementScopes: ['DVC_TRUC_TUYEN'] });
    await expect(removeTokenScopes(ctx.store, cli, 'dvc', { units: ['68'] })).rejects.toThrow(/ít nhất một đơn vị/);
    await expect(removeTokenScopes(ctx.store, cli, 'dvc', { elements: ['DVC_TRUC_TUYEN'] })).rejects.toThrow(/mọi phần tử/);

    await revokeApiToken(ctx.store, cli, 'dvc');
    await expect(addTokenScopes(ctx.store, cli, 'dvc', { units: ['68'] })).rejects.toThrow(/thu hồi/);
  });
});
