/**
 * Unit scopes name unit VERSIONS across the 2025 reform (code 68 = old Lâm Đồng until 30/6/2025, the merged
 * Lâm Đồng from 1/7/2025, a different unit row). Rule: a scope reaches the periods at which its version is on
 * the value's unit path. Old 68 reaches 2024, never 2025S2 (neither new 68 nor a former Đắk Nông commune now
 * under it); new 68 reaches 2025S2 and not old 68's 2024 (grant '68@2024-06-30' as well for that).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeEachDialect } from '../helpers/stores.ts';
import { createToken, login, TEST_PASSWORD } from '../helpers/auth.ts';
import { seedUnits } from './fixtures/seed-units.ts';
import { buildApp } from '../../src/server/app.ts';
import { upsertDataElement } from '../../src/store/metadata/repo.ts';
import { listUsers } from '../../src/store/auth/users.ts';
import { addUser } from '../../src/app/auth/users.ts';
import { CLI_ACTOR } from '../../src/app/policy.ts';
import { scopesToReview } from '../../src/store/auth/unit-scopes.ts';

describeEachDialect('unit scopes name unit versions across the 2025 reform', (ctx) => {
  let app: FastifyInstance;
  let ids: Map<string, number>;
  const headers = new Map<string, Record<string, string>>();

  beforeAll(async () => {
    ids = await seedUnits(ctx.store.db);
    await upsertDataElement(ctx.store.db, {
      code: 'XA_TONG',
      name: 'Tổng số xã',
      nameEn: 'Communes',
      valueType: 'integer',
      timeAggregation: 'last',
      hierarchyAggregation: 'sum',
      periodType: 'semiannual',
    });
    const reporter = (username: string, units: string[], now?: Date) =>
      addUser(ctx.store, { actor: CLI_ACTOR, ...(now ? { now } : {}) }, { username, role: 'reporter', units, password: TEST_PASSWORD });
    await reporter('bc.cu', ['68'], new Date('2024-05-01T03:00:00Z')); // granted in 2024: old Lâm Đồng
    await reporter('bc.moi', ['68']); // granted today: the merged Lâm Đồng
    await reporter('bc.ngay', ['68@2024-06-30']); // granted today, version chosen by date: old Lâm Đồng
    app = buildApp({ store: ctx.store });
    for (const name of ['bc.cu', 'bc.moi', 'bc.ngay']) headers.set(name, (await login(app, name)).headers);
    headers.set('token.cu', { authorization: `Bearer ${await createToken(ctx.store, { name: 'dvc-cu', units: ['68@2025-06-30'] })}` });
  });
  afterAll(async () => app?.close());

  const write = (who: string, unit: string, period: string) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/data-values',
      headers: headers.get(who),
      payload: { values: [{ dataElement: 'XA_TONG', unit, period, value: 4 }] },
    });

  it('resolves a code to the version in force on the grant day, or on the date given', async () => {
    const users = new Map((await listUsers(ctx.store.db)).map((u) => [u.username, u]));
    expect(users.get('bc.cu')?.scopes.map((s) => s.version?.id)).toEqual([ids.get('68-old')]);
    expect(users.get('bc.moi')?.scopes.map((s) => s.version?.id)).toEqual([ids.get('68-new')]);
    expect(users.get('bc.ngay')?.scopes.map((s) => s.version?.id)).toEqual([ids.get('68-old')]);
    expect(ids.get('68-old')).not.toBe(ids.get('68-new'));
  });

  it('old 68 writes old Lâm Đồng for 2024, and is refused for new 68 and a former Đắk Nông commune in 2025S2', async () => {
    for (const who of ['bc.cu', 'bc.ngay', 'token.cu']) {
      expect((await write(who, '68', '2024S1')).statusCode, `${who} 68 2024S1`).toBe(200);
      for (const unit of ['68', '24611', '24615']) {
        const refused = await write(who, unit, '2025S2');
        expect(refused.statusCode, `${who} ${unit} 2025S2: ${refused.body}`).toBe(403);
        expect(refused.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
      }
    }
  });

  it('new 68 writes the merged province and its communes from 2025S2, not old 68 in 2024', async () => {
    for (const unit of ['68', '24611', '24615']) expect((await write('bc.moi', unit, '2025S2')).statusCode, unit).toBe(200);
    expect((await write('bc.moi', '68', '2024S1')).statusCode).toBe(403);
    expect((await write('bc.moi', '24611', '2024S1')).statusCode).toBe(403); // old Nghĩa Đức, under Đắk Nông then
  });

  it('/auth/me answers codes, with the version each names', async () => {
    const me = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: headers.get('bc.cu') });
    expect(me.statusCode).toBe(200);
    expect(me.json().actor).toMatchObject({
      units: ['68'],
      unitVersions: [{ code: '68', name: 'Lâm Đồng', level: 'province', validFrom: null, validTo: '2025-07-01' }],
    });
    const now = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: headers.get('bc.moi') });
    expect(now.json().actor.unitVersions).toEqual([{ code: '68', name: 'Lâm Đồng', level: 'province', validFrom: '2025-07-01', validTo: null }]);
    expect(now.json().abilities.write_values).toBe(true);
  });

  it('review lists the scopes whose version has ended, not the current ones', async () => {
    const review = await scopesToReview(ctx.store.db, '2026-01-15');
    expect(review.map((r) => `${r.kind}:${r.owner}:${r.scope.version?.id}`)).toEqual([
      `token:dvc-cu:${ids.get('68-old')}`,
      `user:bc.cu:${ids.get('68-old')}`,
      `user:bc.ngay:${ids.get('68-old')}`,
    ]);
    expect(await scopesToReview(ctx.store.db, '2025-06-30')).toEqual([]); // nothing had ended yet
  });
});
