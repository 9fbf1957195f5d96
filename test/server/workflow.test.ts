import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeEachDialect } from '../helpers/stores.ts';
import { createUser, login } from '../helpers/auth.ts';
import { seedUnits } from './fixtures/seed-units.ts';
import { buildApp } from '../../src/server/app.ts';
import { upsertDataElement, upsertIndicator } from '../../src/store/metadata/repo.ts';
import type { DataElement } from '../../src/domain/metadata.ts';

const element = (code: string): DataElement => ({
  code,
  name: `Tên ${code}`,
  nameEn: code,
  valueType: 'integer',
  timeAggregation: 'last',
  hierarchyAggregation: 'sum',
  periodType: 'yearly',
});
const FORM = '/api/v1/forms/HA_TANG/67/2023';

describeEachDialect('forms and workflow (HTTP)', (ctx) => {
  let app: FastifyInstance;
  const as: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    const db = ctx.store.db;
    await seedUnits(db);
    for (const code of ['XA_CAP_QUANG', 'XA_TONG']) await upsertDataElement(db, element(code));
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
    app = buildApp({ store: ctx.store, today: () => '2024-01-05' });
    for (const [username, role, units] of [
      ['admin', 'admin', []],
      ['bc', 'reporter', ['67']],
      ['duyet', 'approver', ['67']],
    ] as const) {
      await createUser(ctx.store, { username, role, units: [...units] });
      as[username] = (await login(app, username)).headers;
    }
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/datasets',
      headers: as.admin,
      payload: {
        code: 'HA_TANG',
        name: 'Hạ tầng số',
        nameEn: 'Infrastructure',
        periodType: 'yearly',
        deadlineDays: 15,
        elements: [{ code: 'XA_CAP_QUANG', section: 'Cáp quang', evidenceRequired: true }, 'XA_TONG'],
        units: [{ unit: 'VN', level: 'province' }],
      },
    });
    expect(created.statusCode).toBe(201);
  });
  afterAll(async () => app?.close());

  const put = (who: string, values: unknown[]) => app.inject({ method: 'PUT', url: FORM, headers: as[who], payload: { values } });
  /** A document evidence (minh chứng) of the value: what a value's `evidence` names. */
  const evidence = async (who: string, unit: string, number: string): Promise<string> => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/evidence',
      headers: as[who],
      payload: { kind: 'document', unit, period: '2023', element: 'XA_CAP_QUANG', number },
    });
    expect(created.statusCode).toBe(201);
    return created.json().id;
  };
  const act = (who: string, action: string, reason?: string) =>
    app.inject({ method: 'POST', url: `${FORM}/${action}`, headers: as[who], payload: reason ? { reason } : {} });

  it('submit, return with a reason, fix, resubmit, approve; locked until reopened; history shows each step', async () => {
    let form = await app.inject({ method: 'GET', url: FORM, headers: as.bc });
    expect(form.statusCode).toBe(200);
    expect(form.json()).toMatchObject({
      state: 'draft',
      deadline: '2024-01-15',
      abilities: { write_values: true, submit: true, approve: false },
      elements: [{ code: 'XA_CAP_QUANG', section: 'Cáp quang', value: null }, { code: 'XA_TONG' }],
    });

    const missingEvidence = await put('bc', [{ dataElement: 'XA_CAP_QUANG', value: 70 }]);
    expect(missingEvidence.statusCode).toBe(422);
    expect(missingEvidence.json().error.details).toEqual([expect.objectContaining({ index: 0, field: 'evidence' })]);

    const report = await evidence('bc', '67', 'BC 12/UBND');
    expect(
      (
        await put('bc', [
          { dataElement: 'XA_CAP_QUANG', value: 70, evidence: report },
          { dataElement: 'XA_TONG', value: 71 },
        ])
      ).json(),
    ).toMatchObject({ created: 2 });
    expect((await act('bc', 'approve')).statusCode).toBe(403);
    expect((await act('bc', 'submit')).json()).toMatchObject({ state: 'submitted', previousState: 'draft' });

    const whileSubmitted = await put('bc', [{ dataElement: 'XA_TONG', value: 72 }]);
    expect(whileSubmitted.statusCode).toBe(409);
    expect(whileSubmitted.json().error.code).toBe('LOCKED');

    expect((await act('duyet', 'return')).statusCode).toBe(422);
    expect((await act('duyet', 'return', 'Thiếu 1 xã / one commune missing')).json()).toMatchObject({ state: 'returned' });
    form = await app.inject({ method: 'GET', url: FORM, headers: as.bc });
    expect(form.json()).toMatchObject({ state: 'returned', reason: 'Thiếu 1 xã / one commune missing', decidedBy: 'duyet' });

    expect((await put('bc', [{ dataElement: 'XA_CAP_QUANG', value: 71 }])).json()).toMatchObject({ updated: 1 });
    expect((await act('bc', 'submit')).json()).toMatchObject({ state: 'submitted', previousState: 'returned' });
    expect((await act('duyet', 'approve')).json()).toMatchObject({ state: 'approved' });
    expect((await act('duyet', 'approve')).json().error.code).toBe('INVALID_TRANSITION');

    const locked = await put('admin', [{ dataElement: 'XA_CAP_QUANG', value: 70 }]);
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.code).toBe('LOCKED');
    const batchLocked = await app.inject({
      method: 'POST',
      url: '/api/v1/data-values',
      headers: as.admin,
      payload: { values: [{ dataElement: 'XA_CAP_QUANG', unit: '67', period: '2023', value: 70 }] },
    });
    expect(batchLocked.statusCode).toBe(409);

    expect((await act('duyet', 'reopen', 'Sửa theo số liệu mới')).json()).toMatchObject({ state: 'returned' });
    expect((await put('bc', [{ dataElement: 'XA_CAP_QUANG', value: 70 }])).statusCode).toBe(200);

    const history = await app.inject({ method: 'GET', url: '/api/v1/data-values/history?dataElement=XA_CAP_QUANG&unit=67&period=2023', headers: as.duyet });
    expect(history.statusCode).toBe(200);
    const body = history.json();
    expect(body.versions.map((v: { value: number; evidence: string; author: string }) => [v.value, v.evidence, v.author])).toEqual([
      [70, report, 'bc'],
      [71, report, 'bc'],
      [70, report, 'bc'],
    ]);
    expect(body.events.map((e: { action: string; actorName: string }) => `${e.action}:${e.actorName}`)).toEqual([
      'created:bc',
      'submit:bc',
      'return:duyet',
      'updated:bc',
      'submit:bc',
      'approve:duyet',
      'reopen:duyet',
      'updated:bc',
    ]);
    expect(body.events[2]).toMatchObject({ before: { state: 'submitted' }, after: { state: 'returned', reason: 'Thiếu 1 xã / one commune missing' } });
    expect(body.events[0].via).toContain('127.0.0.1');
  });

  it('a form with an error cannot be submitted; errors are shown per element', async () => {
    const url = '/api/v1/forms/HA_TANG/60/2023';
    const saved = await app.inject({ method: 'PUT', url, headers: as.admin, payload: { values: [{ dataElement: 'XA_TONG', value: 90 }] } });
    expect(saved.statusCode).toBe(200);
    const bad = await app.inject({
      method: 'PUT',
      url,
      headers: as.admin,
      payload: { values: [{ dataElement: 'XA_CAP_QUANG', value: 95, evidence: await evidence('admin', '60', 'x') }] },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.details[0]).toMatchObject({ index: 0, field: 'value', rule: 'ratio:CT_XA_CAP_QUANG' });
    const submitted = await app.inject({ method: 'POST', url: `${url}/submit`, headers: as.admin, payload: {} });
    expect(submitted.statusCode).toBe(200);
  });

  it('coverage: expected provinces, on time, missing', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/datasets/HA_TANG/coverage?period=2023', headers: as.admin });
    expect(response.statusCode).toBe(200);
    // 67 was reopened (returned): no longer counted as submitted.
    // Submitted at the real clock, long after the 2024-01-15 deadline: late.
    expect(response.json()).toMatchObject({ expected: 3, submitted: 1, onTime: 0, late: 1, missing: 2, missingUnits: [{ code: '67' }, { code: '68' }] });
    expect((await app.inject({ method: 'GET', url: '/api/v1/datasets/HA_TANG/coverage?period=2023Q1', headers: as.admin })).statusCode).toBe(422);
  });

  it('dataset admin: bad definitions name the field; only admins write', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/api/v1/datasets',
      headers: as.admin,
      payload: { code: 'X', name: 'x', nameEn: 'x', periodType: 'yearly', elements: ['KHONG_CO'], units: ['67'] },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.details).toEqual([expect.objectContaining({ field: 'dataset.elements[0].code' })]);
    expect((await app.inject({ method: 'PUT', url: '/api/v1/datasets/HA_TANG', headers: as.bc, payload: { name: 'x' } })).statusCode).toBe(403);
    const list = await app.inject({ method: 'GET', url: '/api/v1/datasets', headers: as.bc });
    expect(list.json().items.map((d: { code: string }) => d.code)).toEqual(['HA_TANG']);
  });
});
