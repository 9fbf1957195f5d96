/** The metadata repository's reads for the API (store/metadata/plan-reads.ts, getDataElements, getIndicators), on both dialects. */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../helpers/stores.ts';
import type { DataElement, Indicator } from '../../src/domain/metadata.ts';
import {
  getDataElements,
  getIndicators,
  listPlanHeaders,
  planIndicatorGroups,
  targetsOfIndicator,
  upsertDataElement,
  upsertIndicator,
  upsertPlan,
} from '../../src/store/metadata/repo.ts';

const count = (code: string): DataElement => ({
  code,
  name: `Số ${code}`,
  nameEn: code,
  valueType: 'integer',
  timeAggregation: 'last',
  hierarchyAggregation: 'sum',
  periodType: 'yearly',
});
const share = (code: string, numerator: string): Indicator => ({
  code,
  name: `Tỷ lệ ${code}`,
  nameEn: code,
  numerator: `#{${numerator}}`,
  denominator: '#{TONG}',
  factor: 100,
  decimals: 1,
  direction: 'higher_is_better',
});

describeEachDialect('metadata reads in the store', (ctx) => {
  beforeAll(async () => {
    for (const code of ['A', 'B', 'TONG']) await upsertDataElement(ctx.store.db, count(code));
    await upsertIndicator(ctx.store.db, share('CT_A', 'A'));
    await upsertIndicator(ctx.store.db, share('CT_B', 'B'));
    // Lower-case and upper-case codes: plain code order puts 'Z_PLAN' before 'a_plan' whatever the database collation.
    await upsertPlan(ctx.store.db, {
      code: 'a_plan',
      name: 'Kế hoạch a',
      nameEn: 'Plan a',
      targets: [
        { indicator: 'CT_B', unit: '58', period: '2024', value: 5, comparison: '>=', group: 'Nhóm 1' },
        { indicator: 'CT_A', unit: '58', period: '2024', value: 50, comparison: '>=', group: 'Nhóm 1', label: 'nhãn' },
        { indicator: 'CT_A', unit: '58', period: '2023', value: 40, comparison: '>=', group: 'Nhóm 1' },
      ],
    });
    await upsertPlan(ctx.store.db, {
      code: 'Z_PLAN',
      name: 'Kế hoạch Z',
      nameEn: 'Plan Z',
      unitCode: '58',
      startPeriod: '2020',
      targets: [{ indicator: 'CT_A', unit: '58', period: '2025', value: 1, comparison: '<=' }],
    });
    await upsertPlan(ctx.store.db, { code: 'M_EMPTY', name: 'Kế hoạch rỗng', nameEn: 'Empty', targets: [] });
  });

  it('lists plans without their targets, with how many they have, in plain code order', async () => {
    expect(await listPlanHeaders(ctx.store.db)).toEqual([
      { code: 'M_EMPTY', name: 'Kế hoạch rỗng', nameEn: 'Empty', targetCount: 0 },
      { code: 'Z_PLAN', name: 'Kế hoạch Z', nameEn: 'Plan Z', unitCode: '58', startPeriod: '2020', targetCount: 1 },
      { code: 'a_plan', name: 'Kế hoạch a', nameEn: 'Plan a', targetCount: 3 },
    ]);
  });

  it("gives an indicator's targets by plan code, each plan's in its own order", async () => {
    expect(await targetsOfIndicator(ctx.store.db, 'CT_A')).toEqual([
      { plan: 'Z_PLAN', indicator: 'CT_A', unit: '58', period: '2025', value: 1, comparison: '<=' },
      { plan: 'a_plan', indicator: 'CT_A', unit: '58', period: '2024', value: 50, comparison: '>=', group: 'Nhóm 1', label: 'nhãn' },
      { plan: 'a_plan', indicator: 'CT_A', unit: '58', period: '2023', value: 40, comparison: '>=', group: 'Nhóm 1' },
    ]);
    expect(await targetsOfIndicator(ctx.store.db, 'KHONG_CO')).toEqual([]);
  });

  it('gives each (plan, indicator, group) once, of every plan or of one', async () => {
    const key = (r: { plan: string; indicator: string; group: string | null }) => `${r.plan}|${r.indicator}|${r.group}`;
    expect((await planIndicatorGroups(ctx.store.db)).map(key).sort()).toEqual(['Z_PLAN|CT_A|null', 'a_plan|CT_A|Nhóm 1', 'a_plan|CT_B|Nhóm 1']);
    expect((await planIndicatorGroups(ctx.store.db, 'Z_PLAN')).map(key)).toEqual(['Z_PLAN|CT_A|null']);
    expect(await planIndicatorGroups(ctx.store.db, 'M_EMPTY')).toEqual([]);
  });

  it('reads elements and indicators by code, leaving out codes not stored', async () => {
    const elements = await getDataElements(ctx.store.db, ['B', 'KHONG_CO', 'A', 'B']);
    expect([...elements.keys()].sort()).toEqual(['A', 'B']);
    expect(elements.get('A')).toEqual(count('A'));
    const indicators = await getIndicators(ctx.store.db, ['CT_B', 'KHONG_CO']);
    expect([...indicators.entries()]).toEqual([['CT_B', share('CT_B', 'B')]]);
    expect((await getDataElements(ctx.store.db, [])).size).toBe(0);
  });
});
