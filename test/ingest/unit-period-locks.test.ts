import { expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { describeEachDialect } from '../helpers/stores.ts';
import { holdTransaction, settledFlag, untilWaiting } from '../helpers/pg-locks.ts';
import { openStore } from '../../src/store/db.ts';
import type { Database } from '../../src/store/schema.ts';
import { lockUnitPeriods, PAIR_LOCK_LIMIT, periodHash, unitPeriodKey, type UnitPeriod } from '../../src/store/values/unit-period-locks.ts';

/** Advisory locks held by this transaction's session, by mode. */
async function heldLocks(trx: Kysely<Database>): Promise<{ shared: number; exclusive: number }> {
  const { rows } = await sql<{ mode: string; n: number }>`
    SELECT mode, count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted GROUP BY mode`.execute(trx);
  const n = (mode: string) => rows.find((r) => r.mode === mode)?.n ?? 0;
  return { shared: n('ShareLock'), exclusive: n('ExclusiveLock') };
}

it('keys: a stable 32-bit hash of the period under the unit id; unit 0 is the whole period', () => {
  // FNV-1a reference values: the offset basis for '', 0xe40c292c for 'a'.
  expect(periodHash('')).toBe(0x811c9dc5);
  expect(periodHash('a')).toBe(0xe40c292c);
  expect(periodHash('2023')).not.toBe(periodHash('2024'));
  expect(unitPeriodKey(7, '2023')).toBe((7n << 32n) + BigInt(periodHash('2023')));
  expect(unitPeriodKey(0, '2023')).toBeLessThan(2n ** 32n);
  expect(unitPeriodKey(0x7fffffff, 'x')).toBeLessThan(2n ** 63n);
  expect(() => unitPeriodKey(-1, '2023')).toThrow(RangeError);
  expect(() => unitPeriodKey(1.5, '2023')).toThrow(RangeError);
});

describeEachDialect('unit-period locks', (ctx) => {
  it('locks each distinct pair once (PostgreSQL); nothing to take on SQLite', async () => {
    const pairs: UnitPeriod[] = [
      { unitId: 3, period: '2023' },
      { unitId: 3, period: '2023' },
      { unitId: 4, period: '2023' },
      { unitId: 3, period: '2023Q1' },
    ];
    await ctx.store.db.transaction().execute(async (trx) => {
      const taken = await lockUnitPeriods(trx, pairs);
      if (ctx.dialect === 'sqlite') {
        expect(taken).toEqual({ mode: 'none', periods: 0, pairs: 0 });
        return;
      }
      expect(taken).toEqual({ mode: 'pairs', periods: 2, pairs: 3 });
      expect(await heldLocks(trx)).toEqual({ shared: 2, exclusive: 3 });
    });
    expect(await ctx.store.db.transaction().execute((trx) => lockUnitPeriods(trx, []))).toMatchObject({ mode: 'none' });
  });

  if (ctx.dialect !== 'postgres') return;

  it('a batch of 100,000 values over 5,000 pairs takes one lock per period, in one statement per kind', async () => {
    const pairs: UnitPeriod[] = [];
    for (let i = 0; i < 100_000; i++) pairs.push({ unitId: 1 + (i % 1000), period: `2023${String(1 + (i % 5)).padStart(2, '0')}` });
    await ctx.store.db.transaction().execute(async (trx) => {
      const started = performance.now();
      const taken = await lockUnitPeriods(trx, pairs);
      const ms = performance.now() - started;
      expect(taken).toEqual({ mode: 'periods', periods: 5, pairs: 0 });
      expect(await heldLocks(trx)).toEqual({ shared: 0, exclusive: 5 });
      // Generous on a shared 2-core machine; one lock per pair would also fail the line above.
      expect(ms).toBeLessThan(5000);
    });
    // Exactly at the limit: still per pair.
    const atLimit = Array.from({ length: PAIR_LOCK_LIMIT }, (_, i) => ({ unitId: i + 1, period: '2023' }));
    expect(await ctx.store.db.transaction().execute((trx) => lockUnitPeriods(trx, atLimit))).toEqual({ mode: 'pairs', periods: 1, pairs: PAIR_LOCK_LIMIT });
  });

  it('writers of one pair wait for each other; of other units or periods they do not; a whole-period lock shuts out its period', async () => {
    const other = openStore(ctx.store.location);
    const held: Array<{ release(): void }> = [];
    try {
      const lockIn = (pairs: UnitPeriod[]) => other.db.transaction().execute((trx) => lockUnitPeriods(trx, pairs));
      const many = Array.from({ length: PAIR_LOCK_LIMIT + 1 }, (_, i) => ({ unitId: 100 + i, period: '2022' }));

      const holder = holdTransaction(ctx.store.db, (trx) => lockUnitPeriods(trx, [{ unitId: 1, period: '2021' }]));
      held.push(holder);
      await holder.ready;
      // Another unit of the period, the same unit in another period: no wait.
      await expect(lockIn([{ unitId: 2, period: '2021' }])).resolves.toMatchObject({ mode: 'pairs' });
      await expect(lockIn([{ unitId: 1, period: '2020' }])).resolves.toMatchObject({ mode: 'pairs' });
      // The same pair waits until the holder commits.
      const same = lockIn([{ unitId: 1, period: '2021' }]);
      const sameFlag = settledFlag(same);
      await untilWaiting(ctx.store.db, 1);
      expect(sameFlag.settled).toBe(false);
      holder.release();
      await holder.done;
      await expect(same).resolves.toMatchObject({ mode: 'pairs' });

      const bulk = holdTransaction(ctx.store.db, (trx) => lockUnitPeriods(trx, many));
      held.push(bulk);
      expect(await bulk.ready).toMatchObject({ mode: 'periods', periods: 1 });
      await expect(lockIn([{ unitId: 1, period: '2021' }])).resolves.toMatchObject({ mode: 'pairs' });
      const inBulkPeriod = lockIn([{ unitId: 5000, period: '2022' }]);
      const flag = settledFlag(inBulkPeriod);
      await untilWaiting(ctx.store.db, 1);
      expect(flag.settled).toBe(false);
      bulk.release();
      await bulk.done;
      await expect(inBulkPeriod).resolves.toMatchObject({ mode: 'pairs' });
    } finally {
      for (const h of held) h.release(); // also when a check failed, so the pools can close
      await other.close();
    }
  });
});
