import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { SHIPPED_BUNDLES } from '../../src/domain/frameworks/shipped.ts';
import { saveFrameworkBundle } from '../../src/store/frameworks/repo.ts';
import { writeValue } from '../../src/store/values/repo.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { createUser, login } from '../helpers/auth.ts';
import { DA_NANG_2022, DTI_MAIN, seedFrameworkUnits, writeMainIndices } from '../store/frameworks-fixture.ts';

interface Item {
  unit: { code: string; name: string };
  points: number;
  max: number;
  score: number | null;
  rank: number | null;
  rankChange: number | null;
  grade: { code: string; label: string } | null;
  mainIndices: Array<{ code: string; name: string; points: number; max: number; value: number | null; basis: string }>;
  predecessors: string[] | null;
}
interface Scores {
  run: { id: number; revision: number; status: string; level: string; period: string };
  items: Item[];
}

const BASE = '/api/v1/frameworks';

describeEachDialect('server: /api/v1/frameworks', (ctx) => {
  let app: FastifyInstance;
  let admin: Record<string, string>;
  let viewer: Record<string, string>;
  let ids: Map<string, number>;

  const get = (url: string, headers: Record<string, string> = viewer) => app.inject({ method: 'GET', url, headers });
  const post = (url: string, payload?: object, headers: Record<string, string> = admin) =>
    app.inject({ method: 'POST', url, headers, ...(payload ? { payload } : {}) });
  const item = (body: Scores, code: string) => body.items.find((i) => i.unit.code === code)!;

  beforeAll(async () => {
    ids = await seedFrameworkUnits(ctx.store.db);
    for (const bundle of SHIPPED_BUNDLES) await saveFrameworkBundle(ctx.store.db, bundle);
    await writeMainIndices(ctx.store.db, ids.get('48')!, '2022', DA_NANG_2022);
    await writeMainIndices(
      ctx.store.db,
      ids.get('60')!,
      '2022',
      DTI_MAIN.map(() => 0.6),
    );
    await createUser(ctx.store, { username: 'admin', role: 'admin' });
    await createUser(ctx.store, { username: 'leader', role: 'viewer' });
    app = buildApp({ store: ctx.store, today: () => '2025-08-15' });
    await app.ready();
    admin = (await login(app, 'admin')).headers;
    viewer = (await login(app, 'leader')).headers;
  });
  afterAll(async () => {
    await app.close();
  });

  it('401 without login, for reads and writes', async () => {
    expect((await get(BASE, {})).statusCode).toBe(401);
    const response = await post(`${BASE}/DTI_TINH/editions/2022/runs`, { period: '2022' }, {});
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('lists frameworks and editions; 404 for unknown framework and edition', async () => {
    const list = await get(BASE);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((f: { code: string }) => f.code)).toEqual(['DTI_TINH', 'VIDU_DTI_SO', 'VIDU_DTI_XA']);
    const one = (await get(`${BASE}/DTI_TINH`)).json();
    expect(one.editions.map((e: { edition: string }) => e.edition)).toEqual(['2021', '2022', '2023', '2024']);
    const edition = await get(`${BASE}/DTI_TINH/editions/2022`);
    expect(edition.json()).toMatchObject({ maxPoints: 1000, legalBasis: expect.stringContaining('922/QĐ-BTTTT') });
    expect(edition.json().mainIndices).toHaveLength(9);
    const rule = (await get(`${BASE}/VIDU_DTI_SO/editions/2024`)).json().mainIndices[1].components[1].rule;
    expect(rule.kind).toBe('steps');
    expect((await get(`${BASE}/NOPE`)).json().error.code).toBe('FRAMEWORK_NOT_FOUND');
    const missing = await get(`${BASE}/DTI_TINH/editions/1999/scores?period=1999`);
    expect([missing.statusCode, missing.json().error.code]).toEqual([404, 'EDITION_NOT_FOUND']);
  });

  it('403 for a non-admin computing or publishing a run', async () => {
    const response = await post(`${BASE}/DTI_TINH/editions/2022/runs`, { period: '2022' }, viewer);
    expect([response.statusCode, response.json().error.code]).toEqual([403, 'FORBIDDEN']);
  });

  it('computes, publishes and serves the 2022 ranking: Đà Nẵng 0,8002; drafts only for admins; published runs are frozen', async () => {
    const draft = await post(`${BASE}/DTI_TINH/editions/2022/runs`, { period: '2022' });
    expect(draft.statusCode, draft.body).toBe(201);
    const body = draft.json() as Scores;
    expect(body.run).toMatchObject({ revision: 1, status: 'draft', level: 'province', period: '2022' });
    expect(Number(item(body, '48').score!.toFixed(4))).toBe(0.8002);

    expect((await get(`${BASE}/DTI_TINH/editions/2022/scores?period=2022`)).json().error.code).toBe('SCORE_RUN_NOT_FOUND');
    expect((await get(`${BASE}/DTI_TINH/editions/2022/scores?period=2022&revision=1`)).statusCode).toBe(403);
    expect((await get(`${BASE}/DTI_TINH/editions/2022/scores?period=2022&revision=1`, admin)).statusCode).toBe(200);

    const published = await post(`${BASE}/DTI_TINH/editions/2022/runs/${body.run.id}/publish`);
    expect([published.statusCode, published.json().status]).toEqual([200, 'published']);
    const again = await post(`${BASE}/DTI_TINH/editions/2022/runs/${body.run.id}/publish`);
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'INVALID_TRANSITION']);

    const scores = (await get(`${BASE}/DTI_TINH/editions/2022/scores?period=2022&level=province`)).json() as Scores;
    const dn = item(scores, '48');
    expect(dn).toMatchObject({ unit: { code: '48', name: 'Đà Nẵng' }, rank: 1, max: 1000, grade: { label: 'Tốt' } });
    expect(Number(dn.score!.toFixed(4))).toBe(0.8002);
    expect(dn.mainIndices[5]).toMatchObject({ code: 'HOAT_DONG_CQS', name: 'Hoạt động chính quyền số', max: 200, value: 0.8575, basis: 'published' });
    expect(dn.mainIndices[5]!.points).toBeCloseTo(171.5, 9);
    expect(Object.keys(dn).sort()).toEqual([
      'components',
      'derived',
      'grade',
      'mainIndices',
      'max',
      'missing',
      'note',
      'pillars',
      'points',
      'predecessors',
      'rank',
      'rankChange',
      'score',
      'unit',
    ]);

    // A correction after publishing: readers keep revision 1; a new run is revision 2 with a diff.
    await writeValue(ctx.store.db, { elementCode: 'DTI_TINH.XA_HOI_SO', unitId: ids.get('60')!, period: '2022', value: 0.2, author: 't', source: 't' });
    const frozen = (await get(`${BASE}/DTI_TINH/editions/2022/scores?period=2022`)).json() as Scores;
    expect([frozen.run.revision, item(frozen, '60').score]).toEqual([1, item(scores, '60').score]);
    const rev2 = (await post(`${BASE}/DTI_TINH/editions/2022/runs`, { period: '2022' })).json() as Scores;
    expect(rev2.run).toMatchObject({ revision: 2, status: 'draft' });
    expect((await get(`${BASE}/DTI_TINH/editions/2022/runs/${rev2.run.id}/diff`)).statusCode).toBe(403);
    const diff = (await get(`${BASE}/DTI_TINH/editions/2022/runs/${rev2.run.id}/diff`, admin)).json();
    expect(diff.previous.revision).toBe(1);
    const bt = diff.units.find((u: { unit: { code: string } }) => u.unit.code === '60');
    expect(bt).toMatchObject({ change: 'changed', rankBefore: 2, rankAfter: 2, mainIndices: [{ code: 'XA_HOI_SO', before: 0.6, after: 0.2 }] });
    expect(bt.scoreBefore - bt.scoreAfter).toBeCloseTo((0.4 * 150) / 1000, 12);
    expect(diff.units.find((u: { unit: { code: string } }) => u.unit.code === '48').change).toBe('unchanged');
  });

  it('the merged-unit rule as a run option', async () => {
    for (const [key, value] of [
      ['67', 0.4],
      ['68-old', 0.6],
      ['60', 0.8],
    ] as const)
      await writeMainIndices(
        ctx.store.db,
        ids.get(key)!,
        '2024',
        DTI_MAIN.map(() => value),
      );
    const response = await post(`${BASE}/DTI_TINH/editions/2024/runs`, {
      period: '2024',
      at: '2025-07-01',
      mergedUnitRule: 'average_of_predecessors',
      units: ['68'],
    });
    expect(response.statusCode, response.body).toBe(201);
    const ld = item(response.json() as Scores, '68');
    expect(ld.predecessors!.sort()).toEqual(['60', '67', '68']);
    expect(ld.score).toBeCloseTo(0.6, 12);
  });

  it('400 naming the field for bad run requests; 404 for an unknown run', async () => {
    const rule = await post(`${BASE}/DTI_TINH/editions/2022/runs`, { period: '2022', mergedUnitRule: 'sum' });
    expect([rule.statusCode, rule.json().error.code]).toEqual([400, 'BAD_REQUEST']);
    expect(rule.json().error.details[0].field).toContain('mergedUnitRule');
    const period = await post(`${BASE}/DTI_TINH/editions/2022/runs`, { period: '2022X' });
    expect([period.statusCode, period.json().error.details[0].field]).toEqual([400, 'period']);
    const unit = await post(`${BASE}/DTI_TINH/editions/2022/runs`, { period: '2022', units: ['99'] });
    expect([unit.statusCode, unit.json().error.details[0].field]).toEqual([400, 'units']);
    const run = await post(`${BASE}/DTI_TINH/editions/2022/runs/99999/publish`);
    expect([run.statusCode, run.json().error.code]).toEqual([404, 'SCORE_RUN_NOT_FOUND']);
  });
});
