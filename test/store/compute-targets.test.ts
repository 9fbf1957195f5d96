import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../helpers/stores.ts';
import { upsertPlan } from '../../src/store/metadata/repo.ts';
import { recomputeAll } from '../../src/compute/aggregates/recompute.ts';
import { targetStatuses } from '../../src/compute/analytics/target-statuses.ts';
import { buildFixture, writeLive } from './compute-fixture.ts';

describeEachDialect('compute target statuses', (ctx) => {
  beforeAll(async () => {
    const ids = await buildFixture(ctx.store.db);
    await recomputeAll(ctx.store, { today: '2026-01-15' });
    // A 202301: 1/4 = 25%. FLOW at VN in 2024: 10 in January, 20 in February.
    await writeLive(ctx.store.db, ids, [
      ['NUM', 'C1', '202301', 1],
      ['DEN', 'C1', '202301', 1],
      ['NUM', 'C2', '202301', 0],
      ['DEN', 'C2', '202301', 3],
      ['NUM', 'C1', '202401', 10],
      ['DEN', 'C1', '202401', 10],
      ['NUM', 'C1', '202402', 20],
      ['DEN', 'C1', '202402', 20],
    ]);
    const target = (indicator: string, unit: string, period: string, value: number, group: string) => ({
      indicator,
      unit,
      period,
      value,
      comparison: '>=' as const,
      group,
    });
    await upsertPlan(ctx.store.db, {
      code: 'P',
      name: 'Kế hoạch thử',
      nameEn: 'Test plan',
      targets: [
        target('RATIO', 'A', '202301', 20, 'G1'),
        target('FLOW', 'A', '202301', 1, 'G1'),
        target('RATIO', 'D', '202301', 30, 'G1'),
        target('RATIO', 'A', '202201', 30, 'G2'),
        target('RATIO', 'VN', '2024', 100, 'G2'),
        target('FLOW', 'VN', '2024', 400, 'G2'),
        target('FLOW', 'A', '2024', 2000, 'G2'),
      ],
    });
  });

  it('gives each status with the gap in the indicator’s unit, and the summary by group', async () => {
    const status = await targetStatuses(ctx.store.db, { plan: 'P', asOf: '2024-03-10' });
    expect(status.targets.map((t) => [t.status, t.gap])).toEqual([
      ['exceeded', 5],
      ['met', 0],
      ['not_met', -5],
      ['no_data', null],
      ['met', 0],
      ['not_met', -370],
      ['at_risk', -1970],
    ]);
    expect(status.targets[0]!.statusLabel.vi).toBe('vượt');
    // FLOW over 2024 so far is 30; the trend 10, 20 adds 30 + 40 + … + 120 by December = 810: 400 is within
    // reach (not met yet, not at risk), 2000 is not (at risk)
    expect(status.targets[5]!.projected).toBeCloseTo(30 + ((30 + 120) * 10) / 2, 9);
    expect(status.summary.text).toBe('3/7 chỉ tiêu đạt và vượt kế hoạch');
    expect(status.groups.map((g) => [g.group, g.summary.text])).toEqual([
      ['G1', '2/3 chỉ tiêu đạt và vượt kế hoạch'],
      ['G2', '1/4 chỉ tiêu đạt và vượt kế hoạch'],
    ]);
  });

  it('once the period is over, a miss is "not met" rather than "at risk"', async () => {
    const status = await targetStatuses(ctx.store.db, { plan: 'P', asOf: '2025-02-01' });
    expect(status.targets[5]!.status).toBe('not_met');
    expect(status.targets[5]!.projected).toBeNull();
  });

  it('an unknown plan is an error naming it', async () => {
    await expect(targetStatuses(ctx.store.db, { plan: 'NOPE' })).rejects.toThrow(/NOPE/);
  });
});
