/**
 * A 12-month trend by commune in one request (issue 9, item 2), on the reference units: province 68 (Lâm Đồng,
 * from 1/7/2025 directly above its communes) over July 2025 – June 2026, each commune reporting a monthly flow.
 * One GET /api/v1/analytics answers it, through one call of the analytics query; the bounds of a query are
 * refused with 400 naming the limit.
 */
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { createUser, login } from '../helpers/auth.ts';
import { loadReferenceUnits } from '../../src/app/units/reference/index.ts';
import { upsertDataElement, upsertIndicator } from '../../src/store/metadata/repo.ts';
import { listUnits } from '../../src/store/units/repo.ts';
import { bulkRecordValues, type BulkRow } from '../../src/app/collection/bulk-values.ts';
import { recomputeAll } from '../../src/compute/aggregates/recompute.ts';
import { periodsBetween } from '../../src/domain/periods.ts';
import { queryIndicator } from '../../src/app/analytics/indicator-query.ts';

vi.mock('../../src/app/analytics/indicator-query.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/app/analytics/indicator-query.ts')>();
  return { ...actual, queryIndicator: vi.fn(actual.queryIndicator) };
});

const TODAY = '2026-07-15';
const MONTHS = periodsBetween('202507', '202606');

interface Row {
  unit: { code: string };
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  coverage: { reported: number; expected: number };
}

describeEachDialect('server: a 12-month trend of province 68 by commune', (ctx) => {
  let app: FastifyInstance;
  let admin: Record<string, string>;
  let communes: string[] = [];
  const get = async (query: string) => app.inject({ method: 'GET', url: `/api/v1/analytics?${query}`, headers: admin });
  const served = (code: string, month: string) => (Number(code) % 97) + MONTHS.indexOf(month);

  beforeAll(async () => {
    const store = ctx.store;
    await loadReferenceUnits(store);
    for (const code of ['TREND_SERVED', 'TREND_TOTAL']) {
      await upsertDataElement(store.db, {
        code,
        name: code,
        nameEn: code,
        valueType: 'integer',
        timeAggregation: 'sum',
        hierarchyAggregation: 'sum',
        periodType: 'monthly',
      });
    }
    await upsertIndicator(store.db, {
      code: 'TREND',
      name: 'Tỷ lệ thử',
      nameEn: 'Trial rate',
      numerator: '#{TREND_SERVED}',
      denominator: '#{TREND_TOTAL}',
      factor: 100,
      decimals: 1,
      direction: 'higher_is_better',
    });
    communes = (await listUnits(store.db, { at: '2025-07-01', parentCode: '68' })).items.map((u) => u.code);
    const rows: BulkRow[] = [];
    for (const period of MONTHS) {
      for (const code of communes)
        rows.push(
          { elementCode: 'TREND_SERVED', unitCode: code, period, value: served(code, period) },
          { elementCode: 'TREND_TOTAL', unitCode: code, period, value: 200 },
        );
    }
    await bulkRecordValues(store, rows, { author: 'test', source: 'import' });
    await recomputeAll(store, { today: TODAY });
    app = buildApp({ store, today: () => TODAY });
    await createUser(store, { username: 'admin', role: 'admin' });
    admin = (await login(app, 'admin')).headers;
  }, 240_000);
  afterAll(async () => app?.close());

  it('answers every commune × 12 months in one request, through one call of the analytics query', async () => {
    expect(communes.length).toBeGreaterThan(100);
    vi.mocked(queryIndicator).mockClear();
    const res = await get('indicator=TREND&unit=68&periods=202507..202606&breakdown=children&view=now');
    expect(res.statusCode).toBe(200);
    expect(vi.mocked(queryIndicator)).toHaveBeenCalledTimes(1);
    const body = res.json() as { period: string; periods: string[]; unit: { code: string; name: string }; rows: Row[] };
    expect(body.period).toBe('202507..202606');
    expect(body.periods).toEqual(MONTHS);
    expect(body.unit).toEqual({ code: '68', name: 'Lâm Đồng' });
    expect(body.rows).toHaveLength(communes.length * 12);
    expect(body.rows.map((r) => `${r.period}|${r.unit.code}`)).toEqual(MONTHS.flatMap((m) => communes.map((c) => `${m}|${c}`)));
    for (const r of body.rows) {
      expect([r.numerator, r.denominator, r.coverage]).toEqual([served(r.unit.code, r.period), 200, { reported: 1, expected: 1 }]);
      expect(r.value).toBeCloseTo((served(r.unit.code, r.period) / 200) * 100, 9);
    }
    // The same series by from/to; and in the was view (68's tree at June 2026 is the same) with the same figures.
    expect((await get('indicator=TREND&unit=68&from=202507&to=202606&breakdown=children&view=now')).json().rows).toEqual(body.rows);
    const was = (await get('indicator=TREND&unit=68&periods=202507..202606&breakdown=children')).json() as { rows: Row[] };
    expect(was.rows.map((r) => r.numerator)).toEqual(body.rows.map((r) => r.numerator));
    // The province's own trend: the communes summed, month by month.
    const province = (await get('indicator=TREND&unit=68&periods=202507..202606&view=now')).json() as { rows: Row[] };
    expect(province.rows.map((r) => r.numerator)).toEqual(MONTHS.map((m) => communes.reduce((sum, c) => sum + served(c, m), 0)));
  });

  it('refuses a breakdown of more than 1,000 units, and more than 20,000 rows, naming the limit', async () => {
    const leaves = await get('indicator=TREND&unit=VN&period=2024&breakdown=leaves');
    expect([leaves.statusCode, leaves.json().error.code, leaves.json().error.details[0].field]).toEqual([400, 'BAD_REQUEST', 'breakdown']);
    expect(leaves.json().error.message).toContain('tối đa 1.000 đơn vị');
    // The communes whose history maps onto today's 68 (old 60, 67 and 68's, and the new ones) over ten years:
    // fewer than 1,000 units, more than 20,000 rows.
    const rows = await get('indicator=TREND&unit=68&from=201607&to=202606&breakdown=leaves&view=now');
    expect([rows.statusCode, rows.json().error.details[0].field]).toEqual([400, 'periods']);
    expect(rows.json().error.message).toContain('tối đa 20.000 dòng');
  });
});
