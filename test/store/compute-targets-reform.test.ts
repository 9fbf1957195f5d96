/**
 * Plan status through a reform (issue 8, item 11), on the compute fixture: province A ends on 2025-07-01 (merged
 * wholly into N), and here its code is re-used from that day by another province (as 19 and 68 were in 2025).
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../helpers/stores.ts';
import { upsertPlan } from '../../src/store/metadata/repo.ts';
import { recomputeAll } from '../../src/compute/aggregates/recompute.ts';
import { targetStatuses } from '../../src/compute/analytics/target-statuses.ts';
import { computeForUnits, loadIndicator } from '../../src/compute/analytics/indicator.ts';
import { parsePeriod } from '../../src/domain/periods.ts';
import { withTargets } from '../../src/compute/analytics/row-targets.ts';
import { buildFixture, REFORM, writeLive } from './compute-fixture.ts';

describeEachDialect('compute target statuses through a reform', (ctx) => {
  let newA = 0;
  beforeAll(async () => {
    const db = ctx.store.db;
    const ids = await buildFixture(db);
    // A second unit with code A from the reform on, under VN, from no lineage: the code now names another province.
    const row = await db
      .insertInto('units')
      .values({
        code: 'A',
        level: 'province',
        type: 'province',
        name: 'Tỉnh A mới',
        nameEn: 'A',
        fullName: 'A',
        fullNameEn: 'A',
        searchText: 'a',
        validFrom: REFORM,
        validFromKnown: 1,
        validTo: '9999-12-31',
        validToKnown: 1,
        source: 'test',
        note: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    newA = row.id;
    await db.insertInto('unitParents').values({ childId: newA, parentId: ids.VN!, validFrom: REFORM, validTo: '9999-12-31' }).execute();
    ids.NEW_A = newA;
    await recomputeAll(ctx.store, { today: '2026-01-15' });
    await writeLive(db, ids, [
      // Old A in 2023 and in March 2025 (before the merger): 1/4 and 3/4.
      ['NUM', 'C1', '202301', 1],
      ['DEN', 'C1', '202301', 4],
      ['NUM', 'C1', '202503', 3],
      ['DEN', 'C1', '202503', 4],
      // After the merger, on N's commune X: August 2025 and February 2026.
      ['NUM', 'X', '202508', 1],
      ['DEN', 'X', '202508', 4],
      ['NUM', 'X', '202602', 2],
      ['DEN', 'X', '202602', 2],
      // The new province A reports itself in 2026: 9/10.
      ['NUM', 'NEW_A', '202601', 9],
      ['DEN', 'NEW_A', '202601', 10],
    ]);
    const target = (unit: string, period: string, value: number) => ({ indicator: 'RATIO', unit, period, value, comparison: '>=' as const });
    await upsertPlan(db, {
      code: 'PA',
      name: 'Kế hoạch tỉnh A 2023–2026',
      nameEn: 'Province A plan',
      unitCode: 'A',
      startPeriod: '2023',
      endPeriod: '2026',
      targets: [target('A', '2023', 20), target('A', '2025', 70), target('A', '2026', 80)],
    });
  });

  it('judges the periods before the merger on the old unit, and marks a period it did not live through as reorganised', async () => {
    const status = await targetStatuses(ctx.store.db, { plan: 'PA', asOf: '2026-03-01' });
    const [before, straddling] = status.targets;
    expect(before).toMatchObject({ period: '2023', value: 25, status: 'exceeded', gap: 5, reorganisation: null, now: null });
    // 2025: A lived until June; its own figure for that part (3/4) is shown, but not judged against the year's target.
    expect(straddling).toMatchObject({
      period: '2025',
      value: 75,
      status: 'reorganised',
      gap: null,
      projected: null,
      statusLabel: { vi: 'đơn vị đã sắp xếp lại', en: 'unit reorganised' },
    });
    expect(straddling!.reorganisation).toEqual({
      kind: 'merge',
      date: REFORM,
      legalBasis: null,
      successors: [{ code: 'N', name: 'Đơn vị N', level: 'province', part: 'full', share: null }],
    });
    // The now view: N over 2025 holds A's history and X's own figure: (3 + 1) / (4 + 4).
    expect(straddling!.now).toEqual([{ unit: { code: 'N', name: 'Đơn vị N' }, value: 50, coverage: expect.any(Object), approximate: false }]);
  });

  it('a target whose period began after the old unit ended goes to the unit the code names then', async () => {
    const status = await targetStatuses(ctx.store.db, { plan: 'PA', asOf: '2026-03-01' });
    // The code A names the new province in 2026: it is judged on it (9/10), not on N.
    expect(status.targets[2]).toMatchObject({ period: '2026', value: 90, status: 'exceeded', reorganisation: null, now: null });
  });

  it('names the plan’s unit as it was when the plan began, with what became of it', async () => {
    const status = await targetStatuses(ctx.store.db, { plan: 'PA', asOf: '2026-03-01' });
    expect(status.unit).toEqual({
      code: 'A',
      name: 'Đơn vị A',
      level: 'province',
      validFrom: null,
      validTo: REFORM,
      reorganisation: {
        kind: 'merge',
        date: REFORM,
        legalBasis: null,
        successors: [{ code: 'N', name: 'Đơn vị N', level: 'province', part: 'full', share: null }],
      },
    });
    expect(status.summary).toMatchObject({ total: 3, metOrExceeded: 2, text: '2/3 chỉ tiêu đạt và vượt kế hoạch (1 chỉ tiêu của đơn vị đã sắp xếp lại)' });
    expect(status.summary.byStatus.reorganised).toBe(1);
  });

  it('a later period of a unit that no longer exists has no value of its own, only the now view', async () => {
    await upsertPlan(ctx.store.db, {
      code: 'PA_LATE',
      name: 'Kế hoạch D',
      nameEn: 'D plan',
      unitCode: 'D',
      startPeriod: '2026',
      endPeriod: '2026',
      targets: [{ indicator: 'RATIO', unit: 'D', period: '2026', value: 50, comparison: '>=' }],
    });
    const [late] = (await targetStatuses(ctx.store.db, { plan: 'PA_LATE', asOf: '2026-03-01' })).targets;
    // District D ended with the reform and no lineage event names a successor of it (its communes have theirs):
    // the end date is the version's, and the now view has no unit to offer.
    expect(late).toMatchObject({ value: null, coverage: null, status: 'reorganised', reorganisation: { kind: null, date: REFORM, successors: [] } });
    expect(late!.now).toEqual([]);
  });

  it('analytics attach a target only to the unit version it names', async () => {
    const db = ctx.store.db;
    const def = await loadIndicator(db, 'RATIO');
    const year = parsePeriod('2025');
    const oldA = await db.selectFrom('units').select(['id', 'code', 'name']).where('code', '=', 'A').where('validTo', '=', REFORM).executeTakeFirstOrThrow();
    // Old A's row for 2025: the target is there, reorganised (not judged on January–June).
    const oldRows = await computeForUnits(db, def, [oldA], year, 'was');
    expect(await withTargets(db, 'RATIO', [oldA], oldRows, '2026-03-01')).toMatchObject([{ value: 75, target: 70, status: 'reorganised', gap: null }]);
    // The new province A's row for 2025 (what `unit=A` finds at the period's end) is not the unit the target was set for.
    const newRows = await computeForUnits(db, def, [{ id: newA, code: 'A', name: 'Tỉnh A mới' }], year, 'was');
    const [row] = await withTargets(db, 'RATIO', [{ id: newA }], newRows, '2026-03-01');
    expect(row).not.toHaveProperty('target');
    // In 2026 the code names the new province: its target goes on its row.
    const [row2026] = await withTargets(
      db,
      'RATIO',
      [{ id: newA }],
      await computeForUnits(db, def, [{ id: newA, code: 'A', name: 'Tỉnh A mới' }], parsePeriod('2026'), 'was'),
      '2026-03-01',
    );
    expect(row2026).toMatchObject({ value: 90, target: 80, status: 'exceeded', gap: 10 });
  });
});
