import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { describeEachDialect } from '../helpers/stores.ts';
import { seedUnits } from '../server/fixtures/seed-units.ts';
import type { Actor } from '../../src/domain/access.ts';
import type { DataElement } from '../../src/domain/metadata.ts';
import { upsertDataElement, upsertIndicator } from '../../src/store/metadata/repo.ts';
import type { Database } from '../../src/store/schema.ts';
import { getCurrentValue } from '../../src/store/values/repo.ts';
import { insertEvidence } from '../../src/store/evidence/repo.ts';
import { listAuditEvents } from '../../src/store/audit.ts';
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
import { saveDatasetAsAdmin, saveRuleAsAdmin } from '../../src/app/collection/admin.ts';
import { transitionSubmission } from '../../src/app/collection/workflow.ts';
import { datasetCoverage } from '../../src/app/collection/coverage.ts';
import { recordBatch } from '../../src/app/collection/batch.ts';

const count = (code: string, valueType: DataElement['valueType'] = 'integer'): DataElement => ({
  code,
  name: code,
  nameEn: code,
  valueType,
  timeAggregation: 'last',
  hierarchyAggregation: valueType === 'percentage' ? 'none' : 'sum',
  periodType: 'yearly',
});

const admin: Actor = { kind: 'user', name: 'admin', role: 'admin', unitScopes: [] };
const reporter67: Actor = { kind: 'user', name: 'bc.daknong', role: 'reporter', unitScopes: ['67'] };
const approver67: Actor = { kind: 'user', name: 'duyet.daknong', role: 'approver', unitScopes: ['67'] };
const client: Actor = { kind: 'token', name: 'dvc', role: 'api_client', unitScopes: ['67'], elementScopes: ['THON_TONG'] };

async function rows(db: Kysely<Database>, table: 'dataValues' | 'auditEvents' | 'currentValues'): Promise<number> {
  return Number(
    (
      await db
        .selectFrom(table)
        .select(sql<number>`count(*)`.as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
}

/** A document evidence (minh chứng) of a value: what a value's `evidence` names. */
async function evidence(db: Kysely<Database>, unit: string, period: string, element: string, number: string): Promise<string> {
  const id = randomUUID();
  await insertEvidence(db, {
    id,
    kind: 'document',
    unit,
    period,
    element,
    dataset: null,
    document: { number, date: null, issuer: null, summary: null },
    url: null,
    file: null,
    createdBy: 'bc.daknong',
    createdAt: '2024-01-05T00:00:00.000Z',
  });
  return id;
}

async function failure(promise: Promise<unknown>): Promise<Refusal> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(isRecordRefusal(error)).toBe(true);
  return refusal(error);
}

describeEachDialect('collection write path', (ctx) => {
  const item = (over: Partial<RecordItem>): RecordItem => ({ dataElement: 'XA_CAP_QUANG', unit: '67', period: '2023', value: 71, ...over });

  beforeAll(async () => {
    const db = ctx.store.db;
    await seedUnits(db);
    for (const code of ['XA_CAP_QUANG', 'XA_TONG', 'THON_BANG_RONG', 'THON_TONG']) await upsertDataElement(db, count(code));
    await upsertDataElement(db, count('TL_THON_BANG_RONG', 'percentage'));
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
    await saveRuleAsAdmin(
      ctx.store,
      {
        kind: 'rate_consistency',
        code: 'TL_THON',
        name: 'Tỷ lệ thôn có băng rộng',
        countElement: 'THON_BANG_RONG',
        totalElement: 'THON_TONG',
        rateElement: 'TL_THON_BANG_RONG',
        severity: 'warning',
        message: 'Tỷ lệ không khớp số thôn / rate does not match',
      },
      { actor: admin },
    );
    await saveDatasetAsAdmin(
      ctx.store,
      {
        code: 'HA_TANG',
        name: 'Hạ tầng số',
        nameEn: 'Digital infrastructure',
        periodType: 'yearly',
        deadlineDays: 15,
        elements: [
          { code: 'XA_CAP_QUANG', section: 'Cáp quang' },
          'XA_TONG',
          { code: 'THON_BANG_RONG', evidenceRequired: true },
          'THON_TONG',
          'TL_THON_BANG_RONG',
        ],
        units: [{ unit: 'VN', level: 'province' }],
      },
      'create',
      { actor: admin },
    );
  });

  it('writes values, reports counts and audits each change with before and after', async () => {
    const db = ctx.store.db;
    const result = await recordValues(ctx.store, [item({ value: 70, comment: 'quý 4' }), item({ dataElement: 'XA_TONG', value: 71 })], {
      actor: reporter67,
      source: 'form',
      via: '10.0.0.1',
    });
    expect(result).toEqual({ created: 2, updated: 0, unchanged: 0, warnings: [] });
    const again = await recordValues(ctx.store, [item({ value: 71 })], { actor: reporter67, source: 'api', via: '10.0.0.2' });
    expect(again).toMatchObject({ created: 0, updated: 1 });
    expect(
      await getCurrentValue(db, {
        elementCode: 'XA_CAP_QUANG',
        unitId: (await db.selectFrom('units').select('id').where('code', '=', '67').executeTakeFirstOrThrow()).id,
        period: '2023',
      }),
    ).toMatchObject({ value: 71, comment: 'quý 4', author: 'bc.daknong', source: 'api' });
    const events = await listAuditEvents(db, [{ entity: 'data_value', entityKey: 'XA_CAP_QUANG|67|2023' }]);
    expect(events.map((e) => [e.action, e.actorName, e.actorKind, e.source, e.via])).toEqual([
      ['created', 'bc.daknong', 'user', 'form', '10.0.0.1'],
      ['updated', 'bc.daknong', 'user', 'api', '10.0.0.2'],
    ]);
    expect(events[1]?.before).toMatchObject({ value: 70, comment: 'quý 4' });
    expect(events[1]?.after).toMatchObject({ value: 71, comment: 'quý 4', version: 2 });
  });

  it('one bad item writes nothing and every problem names its item', async () => {
    const db = ctx.store.db;
    const before = { values: await rows(db, 'dataValues'), audit: await rows(db, 'auditEvents') };
    const error = await failure(
      recordValues(
        ctx.store,
        [
          item({ period: '2022', value: 60 }),
          item({ dataElement: 'KHONG_CO' }),
          item({ unit: '99999' }),
          item({ period: '2023Q1' }),
          item({ dataElement: 'TL_THON_BANG_RONG', value: 120 }),
        ],
        { actor: admin, source: 'api' },
      ),
    );
    expect(error.kind).toBe('invalid');
    expect(error.problems.map((p) => [p.index, p.field])).toEqual([
      [1, 'dataElement'],
      [2, 'unit'],
      [3, 'period'],
      [4, 'value'],
    ]);
    expect({ values: await rows(db, 'dataValues'), audit: await rows(db, 'auditEvents') }).toEqual(before);
  });

  it('a numerator above its denominator is an error, in the batch or against the store', async () => {
    const inBatch = await failure(
      recordValues(ctx.store, [item({ period: '2021', value: 72 }), item({ period: '2021', dataElement: 'XA_TONG', value: 71 })], {
        actor: admin,
        source: 'api',
      }),
    );
    expect(inBatch.problems).toEqual([expect.objectContaining({ index: 0, field: 'value', rule: 'ratio:CT_XA_CAP_QUANG', severity: 'error' })]);
    // XA_TONG = 71 is stored for 2023 (first test).
    const stored = await failure(recordValues(ctx.store, [item({ value: 75 })], { actor: admin, source: 'api' }));
    expect(stored.problems[0]?.message).toContain('75 <= 71');
  });

  it('a rate that does not match count/total is a warning, saved only when accepted with a comment', async () => {
    const batch = [
      item({ dataElement: 'THON_BANG_RONG', value: 17, evidence: await evidence(ctx.store.db, '67', '2023', 'THON_BANG_RONG', 'BC 12/UBND') }),
      item({ dataElement: 'THON_TONG', value: 19 }),
      item({ dataElement: 'TL_THON_BANG_RONG', value: 89.4 }),
    ];
    const refused = await failure(recordValues(ctx.store, batch, { actor: reporter67, source: 'form' }));
    expect(refused.problems).toEqual([expect.objectContaining({ index: 0, rule: 'TL_THON', severity: 'warning' })]);
    expect(refused.problems[0]?.message).toContain('89,5%');
    const noComment = await failure(recordValues(ctx.store, batch, { actor: reporter67, source: 'form', acceptWarnings: [{ index: 0, rule: 'TL_THON' }] }));
    expect(noComment.problems[0]).toMatchObject({ field: 'comment', rule: 'TL_THON' });
    const withComment = batch.map((b, i) => (i === 0 ? { ...b, comment: 'Số liệu của Sở, tỷ lệ theo báo cáo' } : b));
    const saved = await recordValues(ctx.store, withComment, { actor: reporter67, source: 'form', acceptWarnings: [{ index: 0, rule: 'TL_THON' }] });
    expect(saved.created).toBe(3);
    expect(saved.warnings).toEqual([expect.objectContaining({ index: 0, rule: 'TL_THON' })]);
    const consistent = await recordValues(
      ctx.store,
      [
        item({ dataElement: 'THON_BANG_RONG', period: '2022', value: 585, evidence: await evidence(ctx.store.db, '67', '2022', 'THON_BANG_RONG', 'x') }),
        item({ dataElement: 'THON_TONG', period: '2022', value: 624 }),
        item({ dataElement: 'TL_THON_BANG_RONG', period: '2022', value: 93.8 }),
      ],
      { actor: reporter67, source: 'form' },
    );
    expect(consistent).toMatchObject({ created: 3, warnings: [] });
  });

  it('evidence required by a dataset that expects the unit', async () => {
    const error = await failure(
      recordValues(ctx.store, [item({ dataElement: 'THON_BANG_RONG', period: '2020', value: 5 })], { actor: reporter67, source: 'form' }),
    );
    expect(error.problems).toEqual([expect.objectContaining({ index: 0, field: 'evidence' })]);
  });

  it('outside the caller’s units or elements: forbidden, nothing written', async () => {
    const db = ctx.store.db;
    const before = await rows(db, 'dataValues');
    const error = await failure(
      recordValues(ctx.store, [item({ period: '2020', value: 1 }), item({ unit: '60', period: '2020', value: 1 })], { actor: reporter67, source: 'form' }),
    );
    expect(error.kind).toBe('forbidden');
    expect(error.problems.map((p) => p.index)).toEqual([1]);
    const token = await failure(recordValues(ctx.store, [item({ dataElement: 'XA_TONG', period: '2020' })], { actor: client, source: 'api' }));
    expect(token.kind).toBe('forbidden');
    expect(await recordValues(ctx.store, [item({ dataElement: 'THON_TONG', period: '2020', value: 30 })], { actor: client, source: 'api' })).toMatchObject({
      created: 1,
    });
    expect(await rows(db, 'dataValues')).toBe(before + 1);
  });

  it('throwing inside the caller’s transaction rolls back values and audit', async () => {
    const db = ctx.store.db;
    const before = { values: await rows(db, 'dataValues'), current: await rows(db, 'currentValues'), audit: await rows(db, 'auditEvents') };
    const boom = db.transaction().execute(async (trx) => {
      const result = await recordValuesIn(trx, [item({ period: '2019', value: 3 })], { actor: admin, source: 'import' });
      expect(result.created).toBe(1);
      throw new Error('boom');
    });
    await expect(boom).rejects.toThrow('boom');
    expect({ values: await rows(db, 'dataValues'), current: await rows(db, 'currentValues'), audit: await rows(db, 'auditEvents') }).toEqual(before);
  });

  it('approved values are locked until reopened; coverage counts the submission', async () => {
    const ref = { dataset: 'HA_TANG', unit: '67', period: '2023' };
    await transitionSubmission(ctx.store, ref, 'submit', { actor: reporter67, now: new Date('2024-01-10T03:00:00Z') });
    const whileSubmitted = await failure(recordValues(ctx.store, [item({ value: 70 })], { actor: reporter67, source: 'form' }));
    expect(whileSubmitted.kind).toBe('locked');
    await transitionSubmission(ctx.store, ref, 'approve', { actor: approver67 });
    const locked = await failure(recordValues(ctx.store, [item({ value: 70 })], { actor: admin, source: 'import' }));
    expect(locked.kind).toBe('locked');
    const coverage = await datasetCoverage(ctx.store, admin, 'HA_TANG', '2023');
    expect(coverage).toMatchObject({ deadline: '2024-01-15', expected: 3, submitted: 1, onTime: 1, late: 0, missing: 2, approved: 1 });
    expect(coverage.missingUnits.map((u) => u.code)).toEqual(['60', '68']);
    // Within one unit: the expected units at or below it on the period's last day.
    expect(await datasetCoverage(ctx.store, admin, 'HA_TANG', '2023', '67')).toMatchObject({ expected: 1, submitted: 1, missing: 0 });
    expect(await datasetCoverage(ctx.store, admin, 'HA_TANG', '2023', 'VN')).toMatchObject({ expected: 3, submitted: 1, missing: 2 });
    expect((await datasetCoverage(ctx.store, admin, 'HA_TANG', '2023', '60')).missingUnits.map((u) => u.code)).toEqual(['60']);
    await expect(datasetCoverage(ctx.store, admin, 'HA_TANG', '2023', '99')).rejects.toMatchObject({ code: 'UNIT_NOT_FOUND' });
    await expect(datasetCoverage(ctx.store, reporter67, 'HA_TANG', '2023')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await transitionSubmission(ctx.store, ref, 'reopen', { actor: approver67, reason: 'Sửa số xã' });
    expect(await recordValues(ctx.store, [item({ value: 70 })], { actor: reporter67, source: 'form' })).toMatchObject({ updated: 1 });
  });

  it('an idempotent batch is written once; another body with the key is a conflict', async () => {
    const db = ctx.store.db;
    const body = { values: [item({ period: '2018', value: 10 }), item({ dataElement: 'XA_TONG', period: '2018', value: 20 })] };
    const first = await recordBatch(ctx.store, body, { actor: admin, source: 'api', idempotencyKey: 'k-1' });
    const after = await rows(db, 'dataValues');
    const second = await recordBatch(ctx.store, body, { actor: admin, source: 'api', idempotencyKey: 'k-1' });
    expect(first).toMatchObject({ created: 2, replayed: false });
    expect(second).toMatchObject({ created: 2, replayed: true });
    expect(await rows(db, 'dataValues')).toBe(after);
    await expect(
      recordBatch(ctx.store, { values: [item({ period: '2018', value: 11 })] }, { actor: admin, source: 'api', idempotencyKey: 'k-1' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
