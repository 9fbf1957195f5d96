/**
 * The benchmark pipeline at the SMOKE scale (1% of communes, 4 elements, May–August 2025 around the reform) on
 * both dialects: everything generated is loaded, the aggregates equal a direct GROUP BY over the values, the
 * latencies are numbers. No timing thresholds (speed is measured by `npm run bench`, not by tests).
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { describeEachDialect } from '../helpers/stores.ts';
import { SMOKE } from '../../bench/generate.ts';
import { runPipeline, type StoreResult } from '../../bench/pipeline.ts';
import type { BenchData } from '../../bench/setup.ts';
import { bulkRecordValues } from '../../src/app/collection/bulk-values.ts';
import { queryIndicator } from '../../src/app/analytics/indicator-query.ts';
import { indicatorAt, ANALYTICS_ADMIN } from '../helpers/analytics.ts';
import { recomputeAll } from '../../src/compute/aggregates/recompute.ts';
import { listUnits } from '../../src/store/units/repo.ts';
import { readUnitTotals } from '../../src/compute/analytics/unit-totals.ts';
import { parsePeriod, type PeriodType } from '../../src/domain/periods.ts';
import { ValidationError } from '../../src/domain/metadata.ts';

const TODAY = '2026-01-15';

// The one analytics query, watched: the benchmark must read through it (the route and the CLI do).
vi.mock('../../src/app/analytics/indicator-query.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/app/analytics/indicator-query.ts')>();
  return { ...actual, queryIndicator: vi.fn(actual.queryIndicator) };
});

describeEachDialect('benchmark smoke', (ctx) => {
  let result: StoreResult;
  let data: BenchData;
  let pipelineQueries: Array<Parameters<typeof queryIndicator>[1]>;
  beforeAll(async () => {
    vi.mocked(queryIndicator).mockClear();
    ({ result, data } = await runPipeline(ctx.store, SMOKE, {
      today: TODAY,
      updateSamples: 5,
      readSamples: 3,
      log: () => {},
      wasProvince: '67',
      nowProvince: '68',
    }));
    pipelineQueries = vi.mocked(queryIndicator).mock.calls.map((call) => call[1]);
  }, 300_000);

  it('reads every figure through the one analytics query: before and after each update, and each series', () => {
    expect(pipelineQueries).toHaveLength(5 * 2 + 3 * 2);
    const last = data.months[data.months.length - 1]!;
    expect(pipelineQueries.slice(0, 10).map((q) => [q.view, q.breakdown, q.periods])).toEqual(Array(10).fill(['now', 'none', [last]]));
    // SMOKE covers May–August 2025: the was series is the months before the reform, the now series all four.
    const series = pipelineQueries.slice(10).map((q) => [q.unit, q.view, q.breakdown, q.periods]);
    expect(series).toEqual([...Array(3).fill(['67', 'was', 'leaves', ['202505', '202506']]), ...Array(3).fill(['68', 'now', 'children', data.months])]);
    expect(result.analytics.now.rows).toBe(result.analytics.now.units * data.months.length);
  });

  it('loads every generated value, once', async () => {
    expect(result.generated).toBeGreaterThan(0);
    expect(result.load.read).toBe(result.generated);
    expect(result.load.written).toBe(result.generated);
    const versions = await ctx.store.db
      .selectFrom('dataValues')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('author', '=', 'bench')
      .where('source', '=', 'import')
      .executeTakeFirstOrThrow();
    expect(Number(versions.n)).toBe(result.generated);
  });

  it('has aggregates equal to a direct GROUP BY over the values (was view: old provinces; now view: the national total)', async () => {
    const db = ctx.store.db;
    const element = await db.selectFrom('dataElements').select('id').where('code', '=', data.elementCodes[1]!).executeTakeFirstOrThrow();
    // was, 202505: each old province = the sum of its communes' values (commune → district → province on 2025-06-30).
    const at = '2025-06-30';
    const parentOf = new Map<string, string | null>();
    for (const level of ['commune', 'district'] as const) for (const u of (await listUnits(db, { at, level })).items) parentOf.set(u.code, u.parentCode);
    const values = await db
      .selectFrom('currentValues as v')
      .innerJoin('units as u', 'u.id', 'v.unitId')
      .select(['u.code', 'v.valueNum'])
      .where('v.elementId', '=', element.id)
      .where('v.period', '=', '202505')
      .execute();
    const expected = new Map<string, number>();
    for (const v of values) {
      const province = parentOf.get(parentOf.get(v.code) ?? '') ?? 'none';
      expected.set(province, (expected.get(province) ?? 0) + Number(v.valueNum));
    }
    expect(expected.size).toBeGreaterThan(5);
    const rows = await db
      .selectFrom('aggregates as a')
      .innerJoin('units as u', 'u.id', 'a.unitId')
      .select(['u.code', 'a.sum', 'a.n'])
      .where('a.view', '=', 'was')
      .where('a.elementId', '=', element.id)
      .where('a.period', '=', '202505')
      .where('u.level', '=', 'province')
      .execute();
    const stored = new Map(rows.filter((r) => Number(r.n) > 0).map((r) => [r.code, Number(r.sum)]));
    expect(stored).toEqual(expected);
    // now, 2025Q3 (a flow: July–September folded at read time): the 34 new provinces together hold every value of the quarter.
    const quarter = await db
      .selectFrom('currentValues')
      .select((eb) => eb.fn.sum<number>('valueNum').as('s'))
      .where('elementId', '=', element.id)
      .where('period', 'in', ['202507', '202508', '202509'])
      .executeTakeFirstOrThrow();
    const today = '2025-08-15';
    const provinceIds = (
      await db.selectFrom('units').select('id').where('level', '=', 'province').where('validFrom', '<=', today).where('validTo', '>', today).execute()
    ).map((u) => u.id);
    const info = await db
      .selectFrom('dataElements')
      .select(['id', 'periodType', 'timeAggregation', 'hierarchyAggregation'])
      .where('id', '=', element.id)
      .executeTakeFirstOrThrow();
    const totals = await readUnitTotals(db, 'now', [{ ...info, periodType: info.periodType as PeriodType }], provinceIds, [parsePeriod('2025Q3')]);
    const provinces = { s: totals.reduce((sum, t) => sum + t.sum, 0) };
    expect(totals.length).toBeGreaterThan(20); // 1 % of the communes: not every province has one
    expect(Number(provinces.s)).toBeCloseTo(Number(quarter.s), 6);
  });

  it('measures latencies as numbers and keeps the live update visible', () => {
    for (const latency of [result.updateToVisible, result.analytics.was, result.analytics.now]) {
      expect(Number.isFinite(latency.p50Ms)).toBe(true);
      expect(latency.p95Ms).toBeGreaterThanOrEqual(latency.p50Ms);
    }
    expect(result.updateToVisible.samples).toBe(5);
    expect(result.analytics.now.units).toBeGreaterThan(50);
    expect(result.recompute.aggregateRows).toBeGreaterThan(result.generated);
  });

  it('reads a series with the same rows as the query period by period', async () => {
    const periods = ['202506', '202507', '2025Q3'];
    const series = (
      await queryIndicator(ctx.store, { indicator: data.indicatorCodes[0]!, unit: '68', periods, view: 'now', breakdown: 'children' }, ANALYTICS_ADMIN)
    ).rows;
    const one = await Promise.all(
      periods.map((period) => indicatorAt(ctx.store, { indicator: data.indicatorCodes[0]!, unit: '68', period, view: 'now', breakdown: 'children' })),
    );
    expect(series).toEqual(one.flat());
    expect(series.some((r) => r.value !== null)).toBe(true);
  });

  describe('bulkRecordValues', () => {
    const snapshot = async () =>
      (await ctx.store.db.selectFrom('aggregates').selectAll().execute())
        .filter((r) => Number(r.n) !== 0)
        .map((r) => `${r.view}|${r.elementId}|${r.unitId}|${r.period}|${Number(r.sum).toFixed(6)}|${r.n}|${r.nApprox}`)
        .sort();

    it("accumulates a load's changes in memory and leaves the aggregates a recompute would write (flushing in parts)", async () => {
      const e = data.elementCodes;
      const current = await ctx.store.db
        .selectFrom('currentValues as v')
        .innerJoin('units as u', 'u.id', 'v.unitId')
        .select(['u.code', 'v.elementId', 'v.period', 'v.valueNum'])
        .where('v.period', '=', '202506')
        .limit(3)
        .execute();
      const codeOf = new Map((await ctx.store.db.selectFrom('dataElements').select(['id', 'code']).execute()).map((x) => [x.id, x.code]));
      const rows = [
        // changed, unchanged, and new values, on the old tree (before the reform) and the new one
        { elementCode: codeOf.get(current[0]!.elementId)!, unitCode: current[0]!.code, period: '202506', value: Number(current[0]!.valueNum) + 7 },
        { elementCode: codeOf.get(current[1]!.elementId)!, unitCode: current[1]!.code, period: '202506', value: Number(current[1]!.valueNum) },
        { elementCode: e[1]!, unitCode: data.oldCommunes[0]!.code, period: '202504', value: 11 },
        { elementCode: e[2]!, unitCode: data.newCommunes[0]!.code, period: '202509', value: 12 },
        { elementCode: e[3]!, unitCode: data.newCommunes[1]!.code, period: '202509', value: 13 },
      ];
      const result = await bulkRecordValues(ctx.store, rows, { author: 'test', source: 'import', aggregates: 'accumulate', batchSize: 2, accumulatorCells: 1 });
      expect(result).toMatchObject({ read: 5, written: 4, aggregates: 'accumulate' });
      const accumulated = await snapshot();
      await recomputeAll(ctx.store, { today: TODAY });
      expect(accumulated).toEqual(await snapshot());
    });

    it('rejects a batch with a bad row, naming it, and writes nothing', async () => {
      const before = await ctx.store.db
        .selectFrom('dataValues')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const rows = [
        { elementCode: data.elementCodes[0]!, unitCode: data.newCommunes[0]!.code, period: '202509', value: 1 },
        { elementCode: data.elementCodes[0]!, unitCode: data.newCommunes[0]!.code, period: '2025Q3', value: 2 },
        { elementCode: 'KHONG_CO', unitCode: data.newCommunes[0]!.code, period: '202509', value: 3 },
        { elementCode: data.elementCodes[0]!, unitCode: data.oldCommunes[0]!.code, period: '202509', value: 4 },
        { elementCode: data.elementCodes[0]!, unitCode: data.newCommunes[1]!.code, period: '202509', value: 1.5 },
      ];
      const error = await bulkRecordValues(ctx.store, rows, { author: 'test', source: 'import' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      const paths = (error as ValidationError).problems.map((p) => p.path);
      expect(paths).toEqual(['rows[1].period', 'rows[2].elementCode', 'rows[3].unitCode', 'rows[4].value']);
      const after = await ctx.store.db
        .selectFrom('dataValues')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n));
    });

    it('refuses a key given twice in one batch, naming the later row, and writes nothing', async () => {
      const before = await ctx.store.db
        .selectFrom('dataValues')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const e = data.elementCodes;
      const c = data.newCommunes;
      const rows = [
        { elementCode: e[1]!, unitCode: c[3]!.code, period: '202508', value: 1 },
        { elementCode: e[0]!, unitCode: c[4]!.code, period: '202507', value: 2 },
        { elementCode: e[0]!, unitCode: c[3]!.code, period: '202508', value: 3 },
        { elementCode: e[1]!, unitCode: c[3]!.code, period: '202508', value: 4 },
        { elementCode: e[0]!, unitCode: c[4]!.code, period: '202508', value: 5 },
      ];
      const error = await bulkRecordValues(ctx.store, rows, { author: 'test', source: 'import' }).catch((x: unknown) => x);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).problems.map((p) => p.path)).toEqual(['rows[3].period']);
      const after = await ctx.store.db
        .selectFrom('dataValues')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n));
    });

    it('appends versions, skips unchanged values and keeps aggregates equal to a recompute (live and rebuild)', async () => {
      const commune = data.newCommunes[2]!;
      const province = commune.parentCode!;
      const read = async () =>
        (await indicatorAt(ctx.store, { indicator: data.indicatorCodes[0]!, unit: province, period: '2025Q3', view: 'now', breakdown: 'none' }))[0]!;
      const start = await read();
      const current = await ctx.store.db
        .selectFrom('currentValues as v')
        .innerJoin('units as u', 'u.id', 'v.unitId')
        .innerJoin('dataElements as e', 'e.id', 'v.elementId')
        .select(['v.valueNum', 'v.version'])
        .where('u.code', '=', commune.code)
        .where('e.code', '=', data.elementCodes[0]!)
        .where('v.period', '=', '202508')
        .executeTakeFirstOrThrow();
      const same = { elementCode: data.elementCodes[0]!, unitCode: commune.code, period: '202508', value: Number(current.valueNum) };
      const changed = { ...same, period: '202507', value: 9999 };
      const deltas = await bulkRecordValues(ctx.store, [same, changed], { author: 'test', source: 'import' });
      expect(deltas).toMatchObject({ read: 2, written: 1, aggregates: 'live' });
      const afterDeltas = await read();
      expect(afterDeltas.numerator).not.toBe(start.numerator);
      const rebuilt = await bulkRecordValues(ctx.store, [{ ...changed, value: 10_000 }], { author: 'test', source: 'import', aggregates: 'rebuild' });
      expect(rebuilt).toMatchObject({ written: 1, aggregates: 'rebuild' });
      const afterRebuild = await read();
      expect(afterRebuild.numerator! - afterDeltas.numerator!).toBeCloseTo(1, 9);
      const versions = await ctx.store.db
        .selectFrom('dataValues as d')
        .innerJoin('units as u', 'u.id', 'd.unitId')
        .select('d.version')
        .where('u.code', '=', commune.code)
        .where('d.period', '=', '202507')
        .where(
          'd.elementId',
          '=',
          (await ctx.store.db.selectFrom('dataElements').select('id').where('code', '=', data.elementCodes[0]!).executeTakeFirstOrThrow()).id,
        )
        .orderBy('d.version')
        .execute();
      expect(versions.map((v) => v.version)).toEqual([1, 2, 3]);
    });
  });
});
