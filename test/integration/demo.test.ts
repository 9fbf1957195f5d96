import { expect, it } from 'vitest';
import { sql } from 'kysely';
import { describeEachDialect } from '../helpers/stores.ts';
import { ensureDemoData } from '../../src/app/demo/index.ts';
import { getPlan } from '../../src/store/metadata/repo.ts';
import { listCurrentValues } from '../../src/store/values/repo.ts';
import { DEMO_DTI_VALUES, DEMO_VALUES } from '../../src/app/demo/seed-values.ts';
import { COMMUNE_FIBRE } from '../../src/app/demo/record-figures.ts';
import { indicatorAt } from '../helpers/analytics.ts';
import { planUnitVersion } from '../../src/compute/analytics/plan-unit.ts';
import { targetStatuses } from '../../src/compute/analytics/target-statuses.ts';
import { buildApp } from '../../src/server/app.ts';
import { login } from '../helpers/auth.ts';
import { DEMO_PASSWORD } from '../../src/app/demo/users.ts';

describeEachDialect('demo data from the seed articles', (ctx) => {
  it('builds the units, metadata, plans and figures, each citing its article', async () => {
    const report = await ensureDemoData(ctx.store);
    expect(report.alreadyPresent).toBe(false);
    const db = ctx.store.db;

    const plan = await getPlan(db, 'QD749');
    expect(plan?.legalBasis).toMatch(/749\/QĐ-TTg/);
    expect(plan?.targets.find((t) => t.indicator === 'CT_HO_CAP_QUANG')?.value).toBe(80);

    const current = await listCurrentValues(db);
    // Values computed from the programme registries (source 'registry') are only those of derived elements
    // (seed-products.ts, seed-tasks.ts, seed-teams.ts); the rest cite articles.
    const registry = current.filter((v) => v.source === 'registry');
    expect(registry.length).toBeGreaterThan(0);
    expect(new Set(registry.map((v) => v.elementCode.split('_')[0]))).toEqual(new Set(['SP', 'NV', 'TCNS', 'HS', 'PA']));
    const all = current.filter((v) => v.source !== 'registry');
    // Every province and national figure from the articles, plus one fibre value and one commune count per commune
    // of Đắk Nông in each of the three reported periods (August 2022, November 2022, 2023).
    const communeValues = all.filter((v) => v.elementCode === 'XA_CAP_QUANG' && v.period === '2022S2');
    expect(communeValues).toHaveLength(71);
    expect(all).toHaveLength(DEMO_VALUES.length + DEMO_DTI_VALUES.length + 2 * COMMUNE_FIBRE.length * 71);
    expect(all.every((v) => v.evidenceRef && v.source === 'demo')).toBe(true);
    // Each cites an evidence record (the article as a document) of its own unit and period.
    const evidence = new Map((await db.selectFrom('evidence').select(['id', 'unitCode', 'period', 'docSummary']).execute()).map((e) => [e.id, e]));
    const units = new Map((await db.selectFrom('units').select(['id', 'code']).execute()).map((u) => [u.id, u.code]));
    expect(
      all.filter((v) => evidence.get(v.evidenceRef ?? '')?.unitCode !== units.get(v.unitId) || evidence.get(v.evidenceRef ?? '')?.period !== v.period),
    ).toEqual([]);
    // Every report the figures belong to went through the workflow: 5 provincial reports, the national one (VN
    // 2022S1), 3 × 71 communes.
    const approved = await db
      .selectFrom('submissions')
      .select(sql<number>`count(*)`.as('n'))
      .where('state', '=', 'approved')
      .executeTakeFirstOrThrow();
    expect(Number(approved.n)).toBe(5 + 1 + COMMUNE_FIBRE.length * 71);

    // "17/19 Sở, ban, ngành (đạt tỷ lệ 89,4%)": stored as the count and the total, not as the printed rate.
    const dakNong2022 = await db.selectFrom('units').select('id').where('code', '=', '67').where('validTo', '=', '2025-07-01').executeTakeFirstOrThrow();
    const qr = all.find((v) => v.elementCode === 'SO_NGANH_QR_TTHC' && v.unitId === dakNong2022.id);
    expect(qr?.value).toBe(17);
    expect(qr?.comment).toMatch(/89,4%/);
    expect(evidence.get(qr?.evidenceRef ?? '')?.docSummary).toMatch(/Đắk Nông sau 01 năm/);

    // Computed at once: 17/19 is 89,47%, not the printed 89,4%.
    const [row] = await indicatorAt(ctx.store, { indicator: 'CT_SO_NGANH_QR', unit: '67', period: '2022S2', view: 'was', breakdown: 'none' });
    expect(row?.value).toBeCloseTo((17 / 19) * 100, 9);

    // A rate the province states itself is owed once by the province, not once per commune.
    const [stated] = await indicatorAt(ctx.store, { indicator: 'CT_HS_TRUC_TUYEN', unit: '58', period: '2023S1', view: 'was', breakdown: 'none' });
    expect(stated).toMatchObject({ value: 81.17, coverage: { reported: 1, expected: 1 } });
  }, 300_000); // the whole demo from scratch: ~15 s on SQLite, ~30 s on PostgreSQL, more on a loaded machine

  it('the Bắc Kạn plan (2022–2025) answers through the merger: 06 until 30/6/2025, then 19 Thái Nguyên', async () => {
    const db = ctx.store.db;
    const plan = await db
      .selectFrom('plans')
      .select(['unitCode', 'startPeriod', 'endPeriod'])
      .where('code', '=', 'BK_DE_AN_CDS_2022_2025')
      .executeTakeFirstOrThrow();
    // What the route checks access at: 06 on its last day, not on 31/12/2025 when it no longer existed.
    const unit = await planUnitVersion(db, plan, '2026-01-15');
    expect(unit).toMatchObject({ version: { code: '06', name: 'Bắc Kạn', validTo: '2025-07-01' }, at: '2025-06-30' });
    const status = await targetStatuses(db, { plan: 'BK_DE_AN_CDS_2022_2025', asOf: '2026-01-15' });
    expect(status.unit).toEqual({
      code: '06',
      name: 'Bắc Kạn',
      level: 'province',
      validFrom: null,
      validTo: '2025-07-01',
      reorganisation: {
        kind: 'merge',
        date: '2025-07-01',
        legalBasis: 'Nghị quyết 202/2025/QH15',
        successors: [{ code: '19', name: 'Thái Nguyên', level: 'province', part: 'full', share: null }],
      },
    });
  });

  it('knows Thừa Thiên Huế as a province until 1/1/2025 and Huế, a centrally-run city, from then (NQ 1314/NQ-UBTVQH15), through the API', async () => {
    const app = buildApp({ store: ctx.store, today: () => '2025-08-15' });
    await app.ready();
    try {
      const { headers } = await login(app, 'lanhdao', DEMO_PASSWORD);
      const get = async (url: string) => (await app.inject({ method: 'GET', url, headers })).json() as Record<string, unknown>;
      expect(await get('/api/v1/units/46?at=2022-12-31')).toMatchObject({
        fullName: 'Tỉnh Thừa Thiên Huế',
        type: 'province',
        validTo: '2025-01-01',
        note: null,
      });
      expect(await get('/api/v1/units/46?at=2025-01-01')).toMatchObject({ fullName: 'Thành phố Huế', type: 'municipality', validFrom: '2025-01-01' });
      expect(await get('/api/v1/units/46?at=2025-08-01')).toMatchObject({ fullName: 'Thành phố Huế', type: 'municipality' });
      const found = (await get('/api/v1/units?at=2022-12-31&q=thua%20thien&level=province')) as { items: Array<{ code: string }> };
      expect(found.items.map((u) => u.code)).toEqual(['46']);
      const lineage = (await get('/api/v1/units/46/lineage')) as { versions: Array<{ predecessors: Array<Record<string, unknown>> }> };
      expect(lineage.versions).toHaveLength(2);
      expect(lineage.versions[1]!.predecessors).toEqual([
        expect.objectContaining({ kind: 'reclassify', date: '2025-01-01', legalBasis: expect.stringMatching(/1314\/NQ-UBTVQH15/) }),
      ]);
      // Its districts and, from 1/7/2025, its communes belong to the version in force.
      const before = (await get('/api/v1/units?at=2024-12-31&parent=46')) as { total: number };
      const after = (await get('/api/v1/units?at=2025-08-01&parent=46')) as { total: number };
      expect(before.total).toBeGreaterThan(5);
      expect(after.total).toBe(40);
    } finally {
      await app.close();
    }
  });

  it('is idempotent: a second run writes nothing', async () => {
    const before = await ctx.store.db
      .selectFrom('dataValues')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    const again = await ensureDemoData(ctx.store);
    expect(again.alreadyPresent).toBe(true);
    const after = await ctx.store.db
      .selectFrom('dataValues')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});

describeEachDialect('demo refuses a database with real data', (ctx) => {
  it('writes nothing when users or values already exist', async () => {
    const { createUser } = await import('../helpers/auth.ts');
    await createUser(ctx.store, { username: 'that.is.real', role: 'admin' });
    await expect(ensureDemoData(ctx.store)).rejects.toThrow(/dữ liệu thật|real data/);
    const units = await ctx.store.db
      .selectFrom('units')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(units.n)).toBe(0);
    const users = await ctx.store.db.selectFrom('users').select('username').execute();
    expect(users.map((u) => u.username)).toEqual(['that.is.real']);
  });
});
