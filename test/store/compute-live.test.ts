import { beforeAll, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { describeEachDialect } from '../helpers/stores.ts';
import { openStore } from '../../src/store/db.ts';
import { recomputeAll } from '../../src/compute/aggregates/recompute.ts';
import { indicatorAt } from '../helpers/analytics.ts';
import type { Database } from '../../src/store/schema.ts';
import { buildFixture, writeLive, type Ids } from './compute-fixture.ts';

async function snapshot(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('aggregates').selectAll().where('n', '>', 0).execute();
  return rows.map((r) => `${r.view}|${r.elementId}|${r.unitId}|${r.period}|${Number(r.sum).toFixed(9)}|${r.n}|${r.nApprox}`).sort();
}

describeEachDialect('compute live deltas', (ctx) => {
  let ids: Ids = {};
  const flowAt = async (unit: string, period: string) =>
    (await indicatorAt(ctx.store, { indicator: 'FLOW', unit, period, view: 'was', breakdown: 'none' }))[0]!.value;

  beforeAll(async () => {
    ids = await buildFixture(ctx.store.db);
    await recomputeAll(ctx.store, { today: '2026-01-15' });
  });

  it('a write changes the province aggregate in the same transaction', async () => {
    await writeLive(ctx.store.db, ids, [['NUM', 'C1', '202303', 5]]);
    expect(await flowAt('A', '202303')).toBe(5);
    await writeLive(ctx.store.db, ids, [['NUM', 'C1', '202303', 8]]);
    expect(await flowAt('A', '2023')).toBe(8);
    expect(await flowAt('VN', '2023Q1')).toBe(8);
  });

  it('a rolled-back write leaves every aggregate as it was', async () => {
    const before = await snapshot(ctx.store.db);
    await expect(
      writeLive(
        ctx.store.db,
        ids,
        [
          ['NUM', 'C2', '202303', 100],
          ['STOCK', 'C3', '202303', 9],
        ],
        true,
      ),
    ).rejects.toThrow('rollback');
    expect(await snapshot(ctx.store.db)).toEqual(before);
  });

  it('a stock correction moves its coarser rows to the latest reported month', async () => {
    await writeLive(ctx.store.db, ids, [
      ['STOCK', 'C3', '202304', 4],
      ['STOCK', 'C3', '202306', 6],
    ]);
    const stock = async () => (await indicatorAt(ctx.store, { indicator: 'STOCKI', unit: 'D', period: '2023Q2', view: 'was', breakdown: 'none' }))[0]!.value;
    expect(await stock()).toBe(6);
    await writeLive(ctx.store.db, ids, [['STOCK', 'C3', '202306', 2]]);
    expect(await stock()).toBe(2);
  });

  it('recompute gives exactly the incrementally maintained rows', async () => {
    await writeLive(ctx.store.db, ids, [
      ['NUM', 'C2', '202401', 3],
      ['DEN', 'C2', '202401', 7],
      ['NUM', 'C4', '202402', 4],
      ['STOCK', 'C4', '202402', 1],
      ['RATE', 'B', '202402', 55],
      ['NUM', 'Y', '202508', 9],
      ['NUM', 'C4', '202402', 6],
    ]);
    const incremental = await snapshot(ctx.store.db);
    const report = await recomputeAll(ctx.store, { today: '2026-01-15' });
    expect(report.aggregateRows).toBeGreaterThan(0);
    expect(await snapshot(ctx.store.db)).toEqual(incremental);
  });

  it('concurrent writers (separate connections) end consistent', async () => {
    // PostgreSQL: three pools on one database (the test cluster has no password, so the location is the URL).
    // SQLite in memory is one connection: its writers are serialised by the database itself.
    const url = ctx.dialect === 'postgres' ? ctx.store.location : null;
    const stores = url ? [openStore(url), openStore(url), openStore(url)] : [ctx.store];
    try {
      const writes = Array.from({ length: 12 }, (_, i) => {
        const unit = ['C1', 'C2', 'C3', 'C4'][i % 4]!;
        return writeLive(stores[i % stores.length]!.db, ids, [['NUM', unit, `2024${String((i % 3) + 4).padStart(2, '0')}`, i + 1]]);
      });
      await Promise.all(writes);
      const total = (12 * 13) / 2;
      expect(await flowAt('VN', '2024Q2')).toBe(total);
      const incremental = await snapshot(ctx.store.db);
      await recomputeAll(ctx.store, { today: '2026-01-15' });
      expect(await snapshot(ctx.store.db)).toEqual(incremental);
    } finally {
      if (url) for (const s of stores) await s.close();
    }
  });
});
