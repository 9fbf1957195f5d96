import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../helpers/stores.ts';
import { indicatorAt, type OnePeriodQuery } from '../helpers/analytics.ts';
import { recomputeAll } from '../../src/compute/aggregates/recompute.ts';
import { buildFixture, writeLive, type Ids } from './compute-fixture.ts';

const TODAY = '2026-01-15';

describeEachDialect('compute roll-ups', (ctx) => {
  let ids: Ids = {};
  const q = (over: Partial<OnePeriodQuery>): OnePeriodQuery => ({ indicator: 'RATIO', unit: 'A', period: '202301', view: 'was', breakdown: 'none', ...over });
  const one = async (over: Partial<OnePeriodQuery>) => (await indicatorAt(ctx.store, q(over)))[0]!;

  beforeAll(async () => {
    ids = await buildFixture(ctx.store.db);
    await recomputeAll(ctx.store, { today: TODAY });
    await writeLive(ctx.store.db, ids, [
      ['NUM', 'C1', '202301', 1],
      ['DEN', 'C1', '202301', 1],
      ['NUM', 'C2', '202301', 0],
      ['DEN', 'C2', '202301', 3],
      ['NUM', 'C1', '202302', 2],
      ['DEN', 'C1', '202302', 2],
      ['NUM', 'C4', '202301', 10],
      ['DEN', 'C4', '202301', 10],
      ['STOCK', 'C1', '202301', 5],
      ['STOCK', 'C1', '202302', 7],
      ['STOCK', 'C2', '202301', 4],
      ['RATE', 'A', '202301', 42],
      ['NUM', 'X', '202601', 3],
    ]);
  });

  it('a ratio of sums, never the mean of the children’s rates: 1/1 and 0/3 → 25%', async () => {
    const row = await one({});
    expect(row.numerator).toBe(1);
    expect(row.denominator).toBe(4);
    expect(row.value).toBe(25);
    const children = await indicatorAt(ctx.store, q({ unit: 'D', breakdown: 'children' }));
    expect(children.map((r) => [r.unit.code, r.value])).toEqual([
      ['C1', 100],
      ['C2', 0],
      ['C3', null],
    ]);
  });

  it('coverage counts the leaf units that reported against those that existed', async () => {
    expect((await one({})).coverage).toEqual({ reported: 2, expected: 3 });
    expect((await one({ unit: 'VN' })).coverage).toEqual({ reported: 3, expected: 4 });
    // a quarter of a monthly flow expects one report per commune and month
    expect((await one({ period: '2023Q1' })).coverage).toEqual({ reported: 3, expected: 9 });
  });

  it('rolls periods up by time aggregation: flows add up, stocks take the latest reported month', async () => {
    expect((await one({ indicator: 'FLOW', period: '2023Q1' })).value).toBe(3);
    expect((await one({ indicator: 'FLOW', period: '2023' })).value).toBe(3);
    expect((await one({ indicator: 'STOCKI', unit: 'C1', period: '2023Q1' })).value).toBe(7);
    // at the district the latest month with any report is 202302, where only C1 reported
    const district = await one({ indicator: 'STOCKI', unit: 'D', period: '2023Q1' });
    expect(district.value).toBe(7);
    expect(district.coverage).toEqual({ reported: 1, expected: 3 });
  });

  it('an element not summed up the tree is only taken at the unit itself', async () => {
    expect((await one({ indicator: 'RATEI' })).value).toBe(42);
    expect((await one({ indicator: 'RATEI', unit: 'VN' })).value).toBeNull();
  });

  describe('through the reform', () => {
    it("'was' keeps the old tree, 'now' maps history onto today's units", async () => {
      const was = await indicatorAt(ctx.store, q({ unit: 'VN', breakdown: 'children', indicator: 'FLOW' }));
      expect(was.map((r) => [r.unit.code, r.value])).toEqual([
        ['A', 1],
        ['B', 10],
      ]);
      const now = await indicatorAt(ctx.store, q({ unit: 'VN', breakdown: 'children', indicator: 'FLOW', view: 'now' }));
      expect(now.map((r) => [r.unit.code, r.value])).toEqual([['N', 11]]);
      await expect(indicatorAt(ctx.store, q({ unit: 'A', view: 'now' }))).rejects.toThrow(/đơn vị/);
    });

    it('a split without a declared share is flagged approximate; the province it stays in is exact', async () => {
      const rows = await indicatorAt(ctx.store, q({ unit: 'N', view: 'now', breakdown: 'children' }));
      const x = rows.find((r) => r.unit.code === 'X')!;
      expect(x.approximate).toBe(true);
      expect(x.numerator).toBe(1); // C1 1 + half of C2's 0
      expect(x.denominator).toBe(2.5); // C1 1 + half of C2's 3
      const n = await one({ unit: 'N', view: 'now' });
      expect(n.approximate).toBeUndefined();
      expect([n.numerator, n.denominator, n.value]).toEqual([11, 14, (11 / 14) * 100]);
    });

    it('a split with declared shares maps exactly', async () => {
      const z = await one({ unit: 'Z', view: 'now', indicator: 'FLOW' });
      expect(z.value).toBeCloseTo(4, 10);
      expect(z.approximate).toBeUndefined();
      expect(z.coverage).toEqual({ reported: 1, expected: 1 });
    });

    it('year-on-year across the reform works in the now view', async () => {
      const before = await one({ unit: 'X', view: 'now', indicator: 'FLOW', period: '2023' });
      const after = await one({ unit: 'X', view: 'now', indicator: 'FLOW', period: '2026' });
      expect([before.value, after.value]).toEqual([3, 3]);
    });
  });
});
