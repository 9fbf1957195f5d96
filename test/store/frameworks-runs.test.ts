import type { Actor } from '../../src/domain/access.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../helpers/stores.ts';
import { DA_NANG_2022, DTI_MAIN, seedFrameworkUnits, writeMainIndices } from './frameworks-fixture.ts';
import { SHIPPED_BUNDLES } from '../../src/domain/frameworks/shipped.ts';
import { saveFrameworkBundle, getEdition, listFrameworks } from '../../src/store/frameworks/repo.ts';
import { runScores } from '../../src/compute/scores/run-scores.ts';
import { diffScoreRun, getScores, publishScoreRun } from '../../src/app/frameworks/score-runs.ts';
import { AppError } from '../../src/domain/errors.ts';
import { ValidationError } from '../../src/domain/metadata.ts';
import { writeValue, writeValues } from '../../src/store/values/repo.ts';
import { upsertDataElement, upsertIndicator } from '../../src/store/metadata/repo.ts';
import { recomputeAll } from '../../src/compute/aggregates/recompute.ts';
import type { UnitResult } from '../../src/domain/frameworks/run-types.ts';

/** The admin who publishes and reads drafts. */
const ADMIN: Actor = { kind: 'user', name: 'admin', role: 'admin', unitScopes: [] };

const byCode = (results: UnitResult[]) => new Map(results.map((r) => [r.unitCode, r]));
const round4 = (x: number | null) => (x === null ? null : Number(x.toFixed(4)));

describeEachDialect('frameworks: load, runs, revisions', (ctx) => {
  let ids: Map<string, number>;
  const id = (key: string) => ids.get(key)!;

  beforeAll(async () => {
    ids = await seedFrameworkUnits(ctx.store.db);
    for (const bundle of SHIPPED_BUNDLES) await saveFrameworkBundle(ctx.store.db, bundle);
  });

  describe('loading definitions', () => {
    it('stores every shipped framework with its editions; loading again changes nothing', async () => {
      const list = await listFrameworks(ctx.store.db);
      expect(list.map((f) => f.code)).toEqual(['DTI_TINH', 'VIDU_DTI_SO', 'VIDU_DTI_XA']);
      expect(list[0]!.editions.map((e) => e.edition)).toEqual(['2021', '2022', '2023', '2024']);
      const again = await saveFrameworkBundle(ctx.store.db, SHIPPED_BUNDLES[0]!);
      expect(again.framework).toBe('unchanged');
      expect(Object.values(again.editions)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
      const e2022 = await getEdition(ctx.store.db, 'DTI_TINH', '2022');
      expect(e2022?.edition.mainIndices.reduce((s, m) => s + (m.scored === false ? 0 : m.maxPoints), 0)).toBe(1000);
    });

    it('rejects an invalid edition with the path of each problem and writes nothing', async () => {
      const bad = structuredClone(SHIPPED_BUNDLES[1]!);
      bad.framework.code = 'BAD_FW';
      bad.editions.forEach((e) => (e.framework = 'BAD_FW'));
      bad.editions[0]!.mainIndices[1]!.components[0]!.code = 'KE_HOACH';
      bad.editions[0]!.mainIndices[0]!.maxPoints = -5;
      const error = await saveFrameworkBundle(ctx.store.db, bad).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      const paths = (error as ValidationError).problems.map((p) => p.path);
      expect(paths).toContain('editions[0].mainIndices[1].components[0].code');
      expect(paths).toContain('editions[0].mainIndices[0].maxPoints');
      expect((await listFrameworks(ctx.store.db)).map((f) => f.code)).not.toContain('BAD_FW');
    });
  });

  describe('national DTI from published main indices', () => {
    beforeAll(async () => {
      await writeMainIndices(ctx.store.db, id('48'), '2022', DA_NANG_2022);
      // 67 and 60 tie; 68 below them.
      await writeMainIndices(
        ctx.store.db,
        id('67'),
        '2022',
        DTI_MAIN.map(() => 0.6),
      );
      await writeMainIndices(
        ctx.store.db,
        id('60'),
        '2022',
        DTI_MAIN.map(() => 0.6),
      );
      await writeMainIndices(
        ctx.store.db,
        id('68-old'),
        '2022',
        DTI_MAIN.map(() => 0.5),
      );
      // 2021: Đà Nẵng 2nd, Lâm Đồng 1st.
      await writeMainIndices(
        ctx.store.db,
        id('48'),
        '2021',
        DTI_MAIN.map(() => 0.7),
      );
      await writeMainIndices(
        ctx.store.db,
        id('68-old'),
        '2021',
        DTI_MAIN.map(() => 0.75),
      );
      await writeMainIndices(
        ctx.store.db,
        id('67'),
        '2021',
        DTI_MAIN.map(() => 0.4),
      );
    });

    it('Đà Nẵng 2022: main indices 1,0000 … 0,5197 give DTI 0,8002 through a stored run', async () => {
      const { run, results } = await runScores(ctx.store, { framework: 'DTI_TINH', edition: '2022', period: '2022' });
      expect(run).toMatchObject({ revision: 1, status: 'draft', level: 'province', options: { at: '2022-12-31' } });
      const dn = byCode(results).get('48')!;
      expect(round4(dn.score)).toBe(0.8002);
      expect(dn.maxPoints).toBe(1000);
      expect(dn.mainIndices.find((m) => m.code === 'HOAT_DONG_CQS')).toMatchObject({ basis: 'published', maxPoints: 200 });
      expect(dn.mainIndices.find((m) => m.code === 'DO_THI_THONG_MINH')?.value).toBeNull();
      expect(dn.grade?.label).toBe('Tốt');
    });

    it('ranks with ties (1, 2, 2, 4) and measures the rank change against the previous edition', async () => {
      const r2021 = await runScores(ctx.store, { framework: 'DTI_TINH', edition: '2021', period: '2021' });
      await publishScoreRun(ctx.store, ADMIN, 'DTI_TINH', '2021', r2021.run.id);
      const { run, results } = await runScores(ctx.store, { framework: 'DTI_TINH', edition: '2022', period: '2022' });
      expect(run.revision).toBe(1); // a draft is recomputed in place
      expect(run.compareRunId).toBe(r2021.run.id);
      const r = byCode(results);
      expect([r.get('48')!.rank, r.get('60')!.rank, r.get('67')!.rank, r.get('68')!.rank]).toEqual([1, 2, 2, 4]);
      expect(r.get('48')!.rankChange).toBe(1); // 2 → 1
      expect(r.get('68')!.rankChange).toBe(-3); // 1 → 4
      expect(r.get('67')!.rankChange).toBe(1); // 3 → 2
      expect(r.get('60')!.rankChange).toBeNull(); // not ranked in 2021
    });

    it('a published run is frozen; a correction makes revision 2 with a diff', async () => {
      const draft = await runScores(ctx.store, { framework: 'DTI_TINH', edition: '2022', period: '2022' });
      await publishScoreRun(ctx.store, ADMIN, 'DTI_TINH', '2022', draft.run.id);
      await expect(publishScoreRun(ctx.store, ADMIN, 'DTI_TINH', '2022', draft.run.id)).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
      const before = byCode((await getScores(ctx.store, ADMIN, { framework: 'DTI_TINH', edition: '2022', period: '2022' })).results);

      // Bình Thuận's Thể chế số is corrected.
      await writeValue(ctx.store.db, { elementCode: 'DTI_TINH.THE_CHE_SO', unitId: id('60'), period: '2022', value: 0.9, author: 'test', source: 'test' });
      const stillPublished = await getScores(ctx.store, ADMIN, { framework: 'DTI_TINH', edition: '2022', period: '2022' });
      expect(stillPublished.run.revision).toBe(1);
      expect(byCode(stillPublished.results).get('60')!.score).toBe(before.get('60')!.score);

      const rev2 = await runScores(ctx.store, { framework: 'DTI_TINH', edition: '2022', period: '2022' });
      expect(rev2.run).toMatchObject({ revision: 2, status: 'draft' });
      const diff = await diffScoreRun(ctx.store, ADMIN, 'DTI_TINH', '2022', rev2.run.id);
      expect(diff.previous?.revision).toBe(1);
      const bt = diff.units.find((u) => u.unitCode === '60')!;
      expect(bt.change).toBe('changed');
      expect(bt.scoreAfter! - bt.scoreBefore!).toBeCloseTo(((0.9 - 0.6) * 100) / 1000, 12);
      expect([bt.rankBefore, bt.rankAfter]).toEqual([2, 2]);
      expect(bt.mainIndices).toEqual([{ code: 'THE_CHE_SO', before: 0.6, after: 0.9 }]);
      const tn = diff.units.find((u) => u.unitCode === '67')!;
      expect([tn.change, tn.rankBefore, tn.rankAfter]).toEqual(['changed', 2, 3]);
      expect(diff.units.find((u) => u.unitCode === '48')!.change).toBe('unchanged');

      // The published revision is still what readers get until revision 2 is published.
      expect((await getScores(ctx.store, ADMIN, { framework: 'DTI_TINH', edition: '2022', period: '2022' })).run.revision).toBe(1);
      await publishScoreRun(ctx.store, ADMIN, 'DTI_TINH', '2022', rev2.run.id);
      const now = await getScores(ctx.store, ADMIN, { framework: 'DTI_TINH', edition: '2022', period: '2022' });
      expect(now.run.revision).toBe(2);
      const old = await getScores(ctx.store, ADMIN, { framework: 'DTI_TINH', edition: '2022', period: '2022', revision: 1 });
      expect(byCode(old.results).get('60')!.score).toBe(before.get('60')!.score);
    });
  });

  describe('merged units (official 2024 ranking rule)', () => {
    const v = { '67': 0.4, '68-old': 0.7, '60': 0.9 } as const;
    beforeAll(async () => {
      for (const [key, value] of Object.entries(v))
        await writeMainIndices(
          ctx.store.db,
          id(key),
          '2024',
          DTI_MAIN.map(() => value),
        );
      // Đắk Nông has no value for An toàn thông tin: that index averages the other two.
      await writeValue(ctx.store.db, {
        elementCode: 'DTI_TINH.AN_TOAN_THONG_TIN',
        unitId: id('67'),
        period: '2024',
        value: null,
        author: 'test',
        source: 'test',
      });
    });

    it('each main index of the new Lâm Đồng is the average of its predecessors', async () => {
      const { results } = await runScores(ctx.store, {
        framework: 'DTI_TINH',
        edition: '2024',
        period: '2024',
        at: '2025-07-01',
        mergedUnitRule: 'average_of_predecessors',
      });
      const ld = byCode(results).get('68')!;
      expect(ld.predecessors?.sort()).toEqual(['60', '67', '68']);
      const main = new Map(ld.mainIndices.map((m) => [m.code, m]));
      expect(main.get('NHAN_THUC_SO')!.value).toBeCloseTo((0.4 + 0.7 + 0.9) / 3, 12);
      expect(main.get('AN_TOAN_THONG_TIN')!.value).toBeCloseTo((0.7 + 0.9) / 2, 12);
      expect(main.get('NHAN_THUC_SO')!.basis).toBe('average_of_predecessors');
      const expected = (((0.4 + 0.7 + 0.9) / 3) * 900 + ((0.7 + 0.9) / 2) * 100) / 1000;
      expect(ld.score).toBeCloseTo(expected, 12);
      expect(ld.rank).toBe(1);
    });

    it('a re-coded unit takes its single predecessor values under the rule', async () => {
      const db = ctx.store.db;
      const unit = (code: string, validFrom: string, validTo: string) =>
        db
          .insertInto('units')
          .values({
            code,
            level: 'province',
            type: 'province',
            name: `Tỉnh ${code}`,
            nameEn: code,
            fullName: code,
            fullNameEn: code,
            searchText: code,
            validFrom,
            validFromKnown: 1,
            validTo,
            validToKnown: 1,
            source: 't',
            note: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
      const old = await unit('X1', '2000-01-01', '2025-07-01');
      const renamed = await unit('X2', '2025-07-01', '9999-12-31');
      const event = await db
        .insertInto('lineageEvents')
        .values({ kind: 'recode', date: '2025-07-01', legalBasis: null, note: null, source: 't' })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db.insertInto('lineageLinks').values({ eventId: event.id, fromUnitId: old.id, toUnitId: renamed.id, kind: 'full', share: null }).execute();
      await writeMainIndices(
        db,
        old.id,
        '2024',
        DTI_MAIN.map(() => 0.55),
      );
      const { results } = await runScores(ctx.store, {
        framework: 'DTI_TINH',
        edition: '2024',
        period: '2024',
        at: '2025-07-01',
        mergedUnitRule: 'average_of_predecessors',
        units: ['X2'],
      });
      expect(results[0]).toMatchObject({ unitCode: 'X2', predecessors: ['X1'] });
      expect(results[0]!.score).toBeCloseTo(0.55, 12);
    });

    it('without the rule the new unit is scored on its own (no data: listed, not ranked)', async () => {
      const { results } = await runScores(ctx.store, { framework: 'DTI_TINH', edition: '2024', period: '2024', at: '2025-07-01' });
      expect(byCode(results).get('68')).toMatchObject({ score: null, rank: null, predecessors: null });
    });
  });

  describe('province-own DTI: every rule kind through a run', () => {
    beforeAll(async () => {
      const w = (unit: string, element: string, value: number | boolean | string) => ({
        elementCode: `VIDU_SO.${element}`,
        unitId: id(unit),
        period: '2024',
        value,
        author: 't',
        source: 't',
      });
      await writeValues(ctx.store.db, [
        w('SO_A', 'KE_HOACH_CDS', true),
        w('SO_A', 'MUC_ATTT', 'cấp 3'),
        w('SO_A', 'TY_LE_HS_TRUC_TUYEN', 80),
        w('SO_A', 'SO_CSDL', 4),
        w('SO_A', 'THOI_GIAN_XU_LY', 6),
        w('SO_A', 'CAN_BO_DAO_TAO', 40),
        w('SO_B', 'KE_HOACH_CDS', false),
        w('SO_B', 'TY_LE_HS_TRUC_TUYEN', 50),
      ]);
    });

    it('boolean, categorical, ratio, steps, minmax and target rules; pillars apart from the total', async () => {
      const { results } = await runScores(ctx.store, { framework: 'VIDU_DTI_SO', edition: '2024', period: '2024' });
      const a = byCode(results).get('SO_A')!;
      const points = new Map(a.components.map((c) => [c.code, c.points]));
      expect(points.get('KE_HOACH')).toBe(100); // boolean
      expect(points.get('ATTT')).toBe(75); // categorical 'cấp 3'
      expect(points.get('HS_TRUC_TUYEN')).toBeCloseTo(240, 9); // 80 % of 300
      expect(points.get('CSDL')).toBe(100); // steps: 4 reaches 3
      expect(points.get('THOI_GIAN')).toBeCloseTo(112.5, 9); // minmax 15 → 3 days
      expect(points.get('DAO_TAO')).toBeCloseTo(160, 9); // target 40/50
      expect(a.score).toBeCloseTo((175 + 452.5 + 160) / 1000, 12);
      expect(a.grade?.label).toBe('Khá');
      const pillars = new Map(a.pillars.map((p) => [p.code, p.value]));
      expect(pillars.get('CQS')).toBeCloseTo(600 / 750, 12);
      expect(pillars.get('XHS')).toBeCloseTo(352.5 / 450, 12);
      expect(pillars.get('KTS')).toBeNull();
      const b = byCode(results).get('SO_B')!;
      expect(b.missing.sort()).toEqual(['ATTT', 'CSDL', 'DAO_TAO', 'THOI_GIAN']);
      expect(b.score).toBeCloseTo(150 / 1000, 12);
      expect([a.rank, b.rank]).toEqual([1, 2]);
    });

    it('a value outside a categorical list stops the run, naming the unit', async () => {
      await writeValue(ctx.store.db, { elementCode: 'VIDU_SO.MUC_ATTT', unitId: id('SO_B'), period: '2024', value: 'cấp 9', author: 't', source: 't' });
      const error = await runScores(ctx.store, { framework: 'VIDU_DTI_SO', edition: '2024', period: '2024' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as Error).message).toMatch(/SO_B.*cấp 9/);
    });
  });

  it('unknown framework, edition or unit fail loudly', async () => {
    await expect(runScores(ctx.store, { framework: 'NOPE', edition: '2022', period: '2022' })).rejects.toMatchObject({ code: 'FRAMEWORK_NOT_FOUND' });
    await expect(runScores(ctx.store, { framework: 'DTI_TINH', edition: '1999', period: '2022' })).rejects.toMatchObject({ code: 'EDITION_NOT_FOUND' });
    await expect(runScores(ctx.store, { framework: 'DTI_TINH', edition: '2022', period: '2022', units: ['99'] })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      details: [{ field: 'units' }],
    });
  });

  it('a component bound to an indicator is scored from the compute engine (ratio of sums)', async () => {
    const element = (code: string) => ({
      code,
      name: code,
      nameEn: code,
      valueType: 'integer' as const,
      timeAggregation: 'last' as const,
      hierarchyAggregation: 'sum' as const,
      periodType: 'yearly' as const,
    });
    await upsertDataElement(ctx.store.db, element('T.THON_CAP_QUANG'));
    await upsertDataElement(ctx.store.db, element('T.TONG_THON'));
    await upsertIndicator(ctx.store.db, {
      code: 'T.TY_LE_CAP_QUANG',
      name: 'Tỷ lệ thôn có cáp quang',
      nameEn: 'fibre',
      numerator: '#{T.THON_CAP_QUANG}',
      denominator: '#{T.TONG_THON}',
      factor: 100,
      decimals: 2,
      direction: 'higher_is_better',
    });
    const bundle = structuredClone(SHIPPED_BUNDLES[2]!);
    bundle.framework.code = 'IND_FW';
    bundle.editions[0]!.framework = 'IND_FW';
    bundle.editions[0]!.mainIndices[0]!.components[0]!.source = { indicator: 'T.TY_LE_CAP_QUANG', scale: 0.01 };
    await saveFrameworkBundle(ctx.store.db, bundle);
    const v = (unit: string, code: string, value: number) => ({ elementCode: code, unitId: id(unit), period: '2024', value, author: 't', source: 't' });
    await writeValues(ctx.store.db, [
      v('24611-old', 'T.THON_CAP_QUANG', 9),
      v('24611-old', 'T.TONG_THON', 10),
      v('24612', 'T.THON_CAP_QUANG', 3),
      v('24612', 'T.TONG_THON', 12),
    ]);
    await recomputeAll(ctx.store, { today: '2025-08-15' });
    const { results } = await runScores(ctx.store, { framework: 'IND_FW', edition: '2024', period: '2024' });
    const points = (unit: string) =>
      byCode(results)
        .get(unit)!
        .components.find((c) => c.code === 'CAP_QUANG')!.points;
    expect(points('24611')).toBeCloseTo(0.9 * 400, 9);
    expect(points('24612')).toBeCloseTo(0.25 * 400, 9);
    bundle.editions[0]!.mainIndices[0]!.components[0]!.source = { indicator: 'T.KHONG_CO' };
    await saveFrameworkBundle(ctx.store.db, bundle);
    await expect(runScores(ctx.store, { framework: 'IND_FW', edition: '2024', period: '2024' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      details: [{ field: 'T.KHONG_CO' }],
    });
  });
});
