/**
 * The aggregate sink (src/compute/aggregates/sink.ts): its modes write the same rows as a recompute, 'auto'
 * switches from live deltas to accumulating them past its limit, and a write only reads the closure — a unit
 * it does not cover is refused with nothing written and no closure built in the writer's transaction; the
 * start's check (recomputeIfRequired) finds such a closure and rebuilds it.
 */
import { beforeAll, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { describeEachDialect } from '../helpers/stores.ts';
import type { Actor } from '../../src/domain/access.ts';
import type { ValueChange } from '../../src/domain/value-change.ts';
import type { Database } from '../../src/store/schema.ts';
import { writeValues } from '../../src/store/values/repo.ts';
import { countUnitsWithoutClosure, treeDate } from '../../src/store/aggregates/closure.ts';
import { openAggregateSink, type SinkOptions, type SinkReport } from '../../src/compute/aggregates/sink.ts';
import { recomputeAll, recomputeIfRequired, recomputeReason } from '../../src/compute/aggregates/recompute.ts';
import { recordValues } from '../../src/app/collection/record-values.ts';
import { buildFixture, writeLive, type Ids } from './compute-fixture.ts';

const TODAY = '2026-01-15';
const admin: Actor = { kind: 'user', name: 'admin', role: 'admin', unitScopes: [] };

async function snapshot(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('aggregates').selectAll().where('n', '<>', 0).execute();
  return rows.map((r) => `${r.view}|${r.elementId}|${r.unitId}|${r.period}|${Number(r.sum).toFixed(9)}|${r.n}|${r.nApprox}`).sort();
}

async function count(db: Kysely<Database>, table: 'aggClosure' | 'aggregates' | 'dataValues'): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

class RolledBack extends Error {}

describeEachDialect('aggregate sink', (ctx) => {
  let ids: Ids = {};
  let elements = new Map<string, number>();

  beforeAll(async () => {
    ids = await buildFixture(ctx.store.db); // units written straight into the tables: no closure yet
    elements = new Map((await ctx.store.db.selectFrom('dataElements').select(['id', 'code']).execute()).map((e) => [e.code, e.id]));
  });

  const change = (element: string, unit: string, period: string, before: number | null, after: number | null): ValueChange => ({
    elementId: elements.get(element)!,
    unitId: ids[unit]!,
    period,
    before,
    after,
  });

  it('refuses a save on units the closure does not cover, writing nothing and building no closure', async () => {
    const error = await recordValues(ctx.store, [{ dataElement: 'NUM', unit: 'C1', period: '202303', value: 5 }], { actor: admin, source: 'api' }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'AGGREGATES_NOT_READY', status: 503 });
    expect((error as Error).message).toMatch(/chưa bao gồm 1 đơn vị/);
    expect(await count(ctx.store.db, 'dataValues')).toBe(0);
    expect(await count(ctx.store.db, 'aggClosure')).toBe(0);
    expect(await treeDate(ctx.store.db)).toBeNull();
  });

  it('is rebuilt by the start check, which then finds nothing to do', async () => {
    expect(await recomputeReason(ctx.store.db)).toMatch(/^13 đơn vị chưa có trong cây tổng hợp/);
    const report = await recomputeIfRequired(ctx.store, { today: TODAY });
    expect(report).toMatchObject({ treeDate: TODAY, units: 13 });
    expect(report!.reason).toMatch(/13 units not in the closure/);
    expect(await countUnitsWithoutClosure(ctx.store.db)).toBe(0);
    expect(await recomputeIfRequired(ctx.store, { today: TODAY })).toBeNull();
    await recordValues(ctx.store, [{ dataElement: 'NUM', unit: 'C1', period: '202303', value: 5 }], { actor: admin, source: 'api' });
    expect(await count(ctx.store.db, 'dataValues')).toBe(1);
  });

  it('writes the rows a recompute writes, in every mode', async () => {
    await writeLive(ctx.store.db, ids, [
      ['NUM', 'C2', '202401', 3],
      ['DEN', 'C4', '202402', 7],
      ['STOCK', 'C4', '202402', 1],
      ['RATE', 'B', '202402', 55],
      ['NUM', 'Y', '202508', 9],
    ]);
    const base = await snapshot(ctx.store.db);
    // One more batch, as each mode applies it; every run rolled back, its rows read inside.
    const puts: Array<[string, string, string, number | null, number]> = [
      ['NUM', 'C2', '202401', 3, 4], // changed
      ['NUM', 'C4', '202402', null, 6], // new, split 0.6 / 0.4 in the now view
      ['DEN', 'C2', '202401', null, 2], // new, through approximate links
      ['RATE', 'C1', '202402', null, 70], // hierarchy 'none': no aggregate
      ['NUM', 'Z', '202509', null, 1], // new tree
    ];
    const run = async (options: SinkOptions, keysOnly = false): Promise<{ rows: string[]; report: SinkReport }> => {
      let out: { rows: string[]; report: SinkReport } | null = null;
      await ctx.store.db
        .transaction()
        .execute(async (trx) => {
          await writeValues(
            trx,
            puts.map(([element, unit, period, , value]) => ({ elementCode: element, unitId: ids[unit]!, period, value, author: 'test', source: 'test' })),
          );
          const changes = puts.map(([element, unit, period, before, after]) => change(element, unit, period, before, after));
          const sink = await openAggregateSink(trx, options);
          expect(sink.needsChanges).toBe(!keysOnly);
          await sink.add(keysOnly ? changes.map(({ elementId, unitId, period }) => ({ elementId, unitId, period })) : changes.slice(0, 2));
          if (!keysOnly) await sink.add(changes.slice(2));
          const report = await sink.close();
          out = { rows: await snapshot(trx), report };
          throw new RolledBack();
        })
        .catch((e: unknown) => {
          if (!(e instanceof RolledBack)) throw e;
        });
      return out!;
    };
    const store = ctx.store;
    const live = await run({ mode: 'live' });
    expect(live.report.mode).toBe('live');
    expect(live.rows).not.toEqual(base);
    const accumulate = await run({ mode: 'accumulate', store, accumulatorCells: 1 });
    expect(accumulate.report.mode).toBe('accumulate');
    const autoLive = await run({ mode: 'auto', store });
    expect(autoLive.report.mode).toBe('live');
    const autoSwitched = await run({ mode: 'auto', store, liveLimit: 2 });
    expect(autoSwitched.report.mode).toBe('accumulate');
    const rebuild = await run({ mode: 'rebuild', store }, true);
    expect(rebuild.report.mode).toBe('rebuild');
    for (const other of [accumulate, autoLive, autoSwitched, rebuild]) expect(other.rows).toEqual(live.rows);

    // The same batch committed, then a full recompute: the same rows again.
    expect(await snapshot(ctx.store.db)).toEqual(base);
    await writeLive(
      ctx.store.db,
      ids,
      puts.map(([element, unit, period, , value]) => [element, unit, period, value]),
    );
    expect(await snapshot(ctx.store.db)).toEqual(live.rows);
    await recomputeAll(ctx.store, { today: TODAY });
    expect(await snapshot(ctx.store.db)).toEqual(live.rows);
  });

  it('refuses a large load on a closure that leaves units out, before writing anything', async () => {
    await ctx.store.db
      .transaction()
      .execute(async (trx) => {
        await trx.deleteFrom('aggClosure').where('unitId', '=', ids.Z!).execute();
        for (const mode of ['accumulate', 'rebuild', 'auto'] as const) {
          const opened = openAggregateSink(trx, { mode, store: ctx.store });
          if (mode === 'auto')
            await expect((await opened).add(Array.from({ length: 20_001 }, () => change('NUM', 'C1', '202303', 5, 5)))).rejects.toMatchObject({
              code: 'AGGREGATES_NOT_READY',
            });
          else await expect(opened).rejects.toMatchObject({ code: 'AGGREGATES_NOT_READY', message: expect.stringMatching(/chưa bao gồm 1 đơn vị/) });
        }
        const live = await openAggregateSink(trx, { mode: 'live' });
        await expect(live.add([change('NUM', 'Z', '202509', 1, 2)])).rejects.toMatchObject({ code: 'AGGREGATES_NOT_READY' });
        await live.add([change('NUM', 'X', '202509', null, 2)]); // a unit the closure covers
        throw new RolledBack();
      })
      .catch((e: unknown) => {
        if (!(e instanceof RolledBack)) throw e;
      });
    expect(await countUnitsWithoutClosure(ctx.store.db)).toBe(0);
  });
});
