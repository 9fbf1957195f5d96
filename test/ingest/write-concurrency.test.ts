/**
 * Concurrent writers of one (unit, period): the write path and the workflow are serialised by the
 * unit-period lock, so a rule holds across two saves and a save never lands in a form being submitted.
 * PostgreSQL runs the writers on separate pools; the deterministic races hold one transaction open and
 * check (in pg_locks) that the other waits. SQLite in memory is one connection: the free races there show
 * the same outcomes with its transactions run one after another.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../helpers/stores.ts';
import { holdTransaction, settledFlag, untilWaiting } from '../helpers/pg-locks.ts';
import { seedUnits } from '../server/fixtures/seed-units.ts';
import type { Actor } from '../../src/domain/access.ts';
import type { DataElement } from '../../src/domain/metadata.ts';
import { openStore, type Store } from '../../src/store/db.ts';
import { upsertDataElement, upsertIndicator } from '../../src/store/metadata/repo.ts';
import { listAuditEvents } from '../../src/store/audit.ts';
import { getSubmission } from '../../src/store/collection/submissions.ts';
import { lockUnitPeriods } from '../../src/store/values/unit-period-locks.ts';
import { listCurrentValues } from '../../src/store/values/repo.ts';
import { recordValues, recordValuesIn, type RecordItem } from '../../src/app/collection/record-values.ts';
import { isRecordRefusal, type ItemProblem, type RecordFailure } from '../../src/app/collection/errors.ts';
import type { AppError } from '../../src/domain/errors.ts';

/** A write refused by the write path, as its kind and problems. */
interface Refusal {
  kind: RecordFailure;
  problems: ItemProblem[];
}

const KINDS: Record<string, RecordFailure> = { VALIDATION_FAILED: 'invalid', FORBIDDEN: 'forbidden', LOCKED: 'locked' };
const refusal = (error: unknown): Refusal => ({ kind: KINDS[(error as AppError).code]!, problems: (error as AppError).details as ItemProblem[] });
import { saveDatasetAsAdmin } from '../../src/app/collection/admin.ts';
import { transitionSubmission } from '../../src/app/collection/workflow.ts';

const count = (code: string): DataElement => ({
  code,
  name: code,
  nameEn: code,
  valueType: 'integer',
  timeAggregation: 'last',
  hierarchyAggregation: 'sum',
  periodType: 'yearly',
});
const admin: Actor = { kind: 'user', name: 'admin', role: 'admin', unitScopes: [] };
const reporter: Actor = { kind: 'user', name: 'bc.daknong', role: 'reporter', unitScopes: ['67'] };
/** The rule of the indicator CT_XA_CAP_QUANG: XA_CAP_QUANG <= XA_TONG (an error). */
const RULE = 'ratio:CT_XA_CAP_QUANG';

const fibre = (period: string, value: number): RecordItem => ({ dataElement: 'XA_CAP_QUANG', unit: '67', period, value });
const total = (period: string, value: number): RecordItem => ({ dataElement: 'XA_TONG', unit: '67', period, value });

async function rejection(promise: Promise<unknown>): Promise<Refusal> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(isRecordRefusal(error)).toBe(true);
  return refusal(error);
}

describeEachDialect('concurrent writes of one unit and period', (ctx) => {
  /** Writers' stores: two more pools on PostgreSQL, the one connection on SQLite. */
  let writers: Store[] = [];
  let unit67 = 0;

  const valuesOf = async (period: string): Promise<Record<string, unknown>> =>
    Object.fromEntries((await listCurrentValues(ctx.store.db, { unitIds: [unit67], periods: [period] })).map((v) => [v.elementCode, v.value]));

  beforeAll(async () => {
    const db = ctx.store.db;
    unit67 = (await seedUnits(db)).get('67')!;
    for (const code of ['XA_CAP_QUANG', 'XA_TONG']) await upsertDataElement(db, count(code));
    await upsertIndicator(db, {
      code: 'CT_XA_CAP_QUANG',
      name: 'Tỷ lệ xã có cáp quang',
      nameEn: 'fibre',
      numerator: '#{XA_CAP_QUANG}',
      denominator: '#{XA_TONG}',
      factor: 100,
      unitOfMeasure: '%',
      decimals: 2,
      direction: 'higher_is_better',
    });
    await saveDatasetAsAdmin(
      ctx.store,
      {
        code: 'HA_TANG',
        name: 'Hạ tầng số',
        nameEn: 'Digital infrastructure',
        periodType: 'yearly',
        deadlineDays: 15,
        elements: ['XA_CAP_QUANG', 'XA_TONG'],
        units: [{ unit: 'VN', level: 'province' }],
      },
      'create',
      { actor: admin },
    );
    writers = ctx.dialect === 'postgres' ? [openStore(ctx.store.location), openStore(ctx.store.location)] : [ctx.store, ctx.store];
    return async () => {
      if (ctx.dialect === 'postgres') for (const w of writers) await w.close();
    };
  });

  it('two saves that each pass "A <= B" alone but not together: exactly one is written', async () => {
    for (const period of ['2001', '2002', '2003', '2004', '2005']) {
      await recordValues(ctx.store, [fibre(period, 50), total(period, 100)], { actor: admin, source: 'api' });
      const outcomes = await Promise.allSettled([
        recordValues(writers[0]!, [fibre(period, 90)], { actor: reporter, source: 'form' }),
        recordValues(writers[1]!, [total(period, 60)], { actor: reporter, source: 'form' }),
      ]);
      const failed = outcomes.filter((o) => o.status === 'rejected');
      expect(failed, `period ${period}`).toHaveLength(1);
      const error = (failed[0] as PromiseRejectedResult).reason;
      expect(isRecordRefusal(error)).toBe(true);
      expect(refusal(error)).toMatchObject({ kind: 'invalid', problems: [expect.objectContaining({ rule: RULE, severity: 'error' })] });
      const stored = await valuesOf(period);
      expect(stored['XA_CAP_QUANG'] as number).toBeLessThanOrEqual(stored['XA_TONG'] as number);
    }
  });

  it('a save racing a submit either lands before it or is refused as locked', async () => {
    for (const period of ['2006', '2007', '2008', '2009', '2010']) {
      await recordValues(ctx.store, [fibre(period, 50), total(period, 100)], { actor: admin, source: 'api' });
      const [save, submit] = await Promise.allSettled([
        recordValues(writers[0]!, [fibre(period, 70)], { actor: reporter, source: 'form' }),
        transitionSubmission(writers[1]!, { dataset: 'HA_TANG', unit: '67', period }, 'submit', { actor: reporter }),
      ]);
      expect(submit.status, `period ${period}`).toBe('fulfilled');
      await expectSaveBeforeSubmitOrLocked(period, save, 70);
    }
  });

  /** After a save and a submit both finished: the save is in the form before its submission, or it failed as LOCKED. */
  async function expectSaveBeforeSubmitOrLocked(period: string, save: PromiseSettledResult<unknown>, saved: number): Promise<void> {
    expect((await getSubmission(ctx.store.db, { datasetId: await datasetId(), unitId: unit67, period }))?.state).toBe('submitted');
    const [valueEvents, submitEvents] = await Promise.all([
      listAuditEvents(ctx.store.db, [{ entity: 'data_value', entityKey: `XA_CAP_QUANG|67|${period}` }]),
      listAuditEvents(ctx.store.db, [{ entity: 'submission', entityKey: `HA_TANG|67|${period}` }]),
    ]);
    const submitted = submitEvents.find((e) => e.action === 'submit')!;
    // No version of the form's values was written after its submission.
    for (const e of valueEvents) expect(e.id, `period ${period}`).toBeLessThan(submitted.id);
    if (save.status === 'fulfilled') {
      expect((await valuesOf(period))['XA_CAP_QUANG']).toBe(saved);
    } else {
      expect(isRecordRefusal(save.reason)).toBe(true);
      expect(refusal(save.reason).kind).toBe('locked');
      expect((await valuesOf(period))['XA_CAP_QUANG']).toBe(50);
    }
  }

  const datasetId = async (): Promise<number> =>
    (await ctx.store.db.selectFrom('datasets').select('id').where('code', '=', 'HA_TANG').executeTakeFirstOrThrow()).id;

  if (ctx.dialect !== 'postgres') return;

  it('the second save waits for the first to commit, then fails on the rule against its value', async () => {
    const period = '2011';
    await recordValues(ctx.store, [fibre(period, 50), total(period, 100)], { actor: admin, source: 'api' });
    // The first save is written and holds its transaction open.
    const first = holdTransaction(writers[0]!.db, (trx) => recordValuesIn(trx, [fibre(period, 90)], { actor: reporter, source: 'form' }));
    expect(await first.ready).toMatchObject({ updated: 1 });
    const second = recordValues(writers[1]!, [total(period, 60)], { actor: reporter, source: 'form' });
    const flag = settledFlag(second);
    try {
      await untilWaiting(ctx.store.db, 1);
      expect(flag.settled).toBe(false);
    } finally {
      first.release();
    }
    await first.done;
    const error = await rejection(second);
    expect(error.kind).toBe('invalid');
    expect(error.problems).toEqual([expect.objectContaining({ index: 0, rule: RULE, severity: 'error' })]);
    expect(error.problems[0]?.message).toContain('90 <= 60');
    expect(await valuesOf(period)).toEqual({ XA_CAP_QUANG: 90, XA_TONG: 100 });
  });

  /** Holds the (unit 67, period) lock, queues `first` then `second` behind it, releases: they run in that order. */
  async function inOrder(
    period: string,
    first: () => Promise<unknown>,
    second: () => Promise<unknown>,
  ): Promise<[PromiseSettledResult<unknown>, PromiseSettledResult<unknown>]> {
    const gate = holdTransaction(ctx.store.db, (trx) => lockUnitPeriods(trx, [{ unitId: unit67, period }]));
    try {
      await gate.ready;
      const a = first();
      a.catch(() => {});
      await untilWaiting(ctx.store.db, 1);
      const b = second();
      b.catch(() => {});
      await untilWaiting(ctx.store.db, 2);
      gate.release();
      await gate.done;
      const [ra, rb] = await Promise.allSettled([a, b]);
      return [ra, rb];
    } finally {
      gate.release(); // also when a check above failed, so the pools can close
    }
  }

  it('a submit that gets the lock first: the waiting save is refused as LOCKED', async () => {
    const period = '2012';
    await recordValues(ctx.store, [fibre(period, 50), total(period, 100)], { actor: admin, source: 'api' });
    const [submit, save] = await inOrder(
      period,
      () => transitionSubmission(writers[0]!, { dataset: 'HA_TANG', unit: '67', period }, 'submit', { actor: reporter }),
      () => recordValues(writers[1]!, [fibre(period, 70)], { actor: reporter, source: 'form' }),
    );
    expect(submit).toMatchObject({ status: 'fulfilled', value: { state: 'submitted', previousState: 'draft' } });
    expect(save.status).toBe('rejected');
    await expectSaveBeforeSubmitOrLocked(period, save, 70);
  });

  it('a save that gets the lock first: the waiting submit validates and locks the saved value', async () => {
    const period = '2013';
    await recordValues(ctx.store, [fibre(period, 50), total(period, 100)], { actor: admin, source: 'api' });
    const [save, submit] = await inOrder(
      period,
      () => recordValues(writers[0]!, [fibre(period, 70)], { actor: reporter, source: 'form' }),
      () => transitionSubmission(writers[1]!, { dataset: 'HA_TANG', unit: '67', period }, 'submit', { actor: reporter }),
    );
    expect(save).toMatchObject({ status: 'fulfilled', value: { updated: 1 } });
    expect(submit.status).toBe('fulfilled');
    await expectSaveBeforeSubmitOrLocked(period, save, 70);
    // And the form is now locked for the next save.
    expect((await rejection(recordValues(writers[0]!, [fibre(period, 71)], { actor: reporter, source: 'form' }))).kind).toBe('locked');
  });
});
