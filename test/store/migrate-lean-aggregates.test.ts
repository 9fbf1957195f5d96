/**
 * Upgrading a store from migration 0006 to 0007 (lean aggregates): values survive (on SQLite current_values is
 * rebuilt WITHOUT ROWID), the old-rule aggregate rows are emptied and a recompute is flagged; recomputeIfRequired
 * runs it once and the indicators read the same as before the upgrade.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { DIALECTS, freshDatabaseTarget } from '../helpers/stores.ts';
import { openStore, type Store } from '../../src/store/db.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';
import { recomputeIfRequired } from '../../src/compute/aggregates/recompute.ts';
import { indicatorAt } from '../helpers/analytics.ts';
import { RECOMPUTE_REQUIRED_KEY } from '../../src/store/aggregates/flags.ts';
import { openAggregateSink } from '../../src/compute/aggregates/sink.ts';
import { rebuildClosure } from '../../src/compute/aggregates/closure.ts';
import { buildFixture, type Ids, type Put } from './compute-fixture.ts';

/**
 * Values written as the write path wrote them at 0006 (the closure built on first use, versions, current values,
 * aggregate deltas), with raw inserts: today's repositories read columns later migrations added.
 */
async function writeAt0006(store: Store, ids: Ids, puts: readonly Put[]): Promise<void> {
  await store.db.transaction().execute(async (trx) => {
    await rebuildClosure(trx);
    const elements = new Map((await trx.selectFrom('dataElements').select(['id', 'code']).execute()).map((e) => [e.code, e.id]));
    for (const [element, unit, period, value] of puts) {
      const row = { elementId: elements.get(element)!, unitId: ids[unit]!, period, version: 1, valueNum: value, valueText: null, status: 'draft' };
      const { id } = await trx
        .insertInto('dataValues')
        .values({ ...row, comment: null, evidenceRef: null, author: 'test', source: 'test', createdAt: '2024-01-01T00:00:00.000Z' })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('currentValues')
        .values({ ...row, valueId: id, updatedAt: '2024-01-01T00:00:00.000Z' })
        .execute();
    }
    const sink = await openAggregateSink(trx, { mode: 'live' });
    await sink.add(
      puts.map(([element, unit, period, value]) => ({ elementId: elements.get(element)!, unitId: ids[unit]!, period, before: null, after: value })),
    );
    await sink.close();
  });
}

for (const dialect of DIALECTS) {
  describe(`upgrade to 0007-lean-aggregates [${dialect}]`, () => {
    const stores: Store[] = [];
    afterAll(async () => {
      for (const store of stores) await store.close();
    });

    const read = async (store: Store, indicator: string, unit: string, period: string, view: 'was' | 'now') =>
      (await indicatorAt(store, { indicator, unit, period, view, breakdown: 'none' }))[0]!;

    it('keeps the values, empties the old aggregates, flags and runs one recompute', async () => {
      const target = await freshDatabaseTarget(dialect);
      if (!target) throw new Error('no PostgreSQL for this test');
      const store = openStore(target);
      stores.push(store);
      await migrateToLatest(store, { upTo: '0006-imports' });
      const ids = await buildFixture(store.db);
      await writeAt0006(store, ids, [
        ['NUM', 'C1', '202303', 5],
        ['DEN', 'C1', '202303', 10],
        ['NUM', 'C2', '202303', 3],
        ['DEN', 'C2', '202303', 6],
        ['NUM', 'C4', '202303', 2],
      ]);
      const num = await store.db.selectFrom('dataElements').select('id').where('code', '=', 'NUM').executeTakeFirstOrThrow();
      await sql`INSERT INTO aggregates (view, element_id, unit_id, period, sum, n, n_approx, last_period) VALUES ('was', ${num.id}, ${ids.A!}, '209901', 1, 1, 0, NULL)`.execute(
        store.db,
      );

      const applied = await migrateToLatest(store, { upTo: '0007-lean-aggregates' });
      expect(applied.applied).toEqual(['0007-lean-aggregates']);
      const values = await store.db.selectFrom('currentValues').select(['unitId', 'period', 'valueNum']).orderBy('unitId').orderBy('elementId').execute();
      expect(values.map((v) => Number(v.valueNum))).toEqual([5, 10, 3, 6, 2]);
      const left = await store.db
        .selectFrom('aggregates')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(left.n)).toBe(0);
      const flag = await store.db.selectFrom('appMeta').select('value').where('key', '=', RECOMPUTE_REQUIRED_KEY).executeTakeFirst();
      expect(flag?.value).toBe('0007-lean-aggregates');
      if (dialect === 'sqlite') {
        const table = await sql<{ sql: string }>`SELECT sql FROM sqlite_master WHERE name = 'current_values'`.execute(store.db);
        expect(table.rows[0]!.sql).toMatch(/WITHOUT ROWID/i);
      }

      await migrateToLatest(store); // what `serve` does before it recomputes
      const report = await recomputeIfRequired(store, { today: '2026-01-15' });
      expect(report?.aggregateRows).toBeGreaterThan(0);
      expect(await recomputeIfRequired(store, { today: '2026-01-15' })).toBeNull();
      expect((await read(store, 'RATIO', 'A', '202303', 'was')).value).toBeCloseTo(50, 9); // (5+3)/(10+6)
      expect((await read(store, 'FLOW', 'VN', '2023', 'was')).value).toBe(10);
      expect((await read(store, 'FLOW', 'N', '2023Q1', 'now')).value).toBe(10);
    });

    it('flags nothing on an empty store', async () => {
      const target = await freshDatabaseTarget(dialect);
      if (!target) throw new Error('no PostgreSQL for this test');
      const store = openStore(target);
      stores.push(store);
      await migrateToLatest(store);
      expect(await recomputeIfRequired(store)).toBeNull();
    });
  });
}
