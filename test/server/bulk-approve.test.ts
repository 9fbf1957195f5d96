/**
 * POST /forms/approve (several forms approved in one action): all or nothing in one transaction, refused naming
 * each form that has warnings or errors, is not submitted, is unknown or is outside the approver's units (403
 * then); each approved form audited as its own workflow step.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeEachDialect } from '../helpers/stores.ts';
import { createUser, login } from '../helpers/auth.ts';
import { seedUnits } from './fixtures/seed-units.ts';
import { buildApp } from '../../src/server/app.ts';
import { upsertDataElement } from '../../src/store/metadata/repo.ts';

const ref = (key: string) => {
  const [dataset, unit, period] = key.split('/');
  return { dataset, unit, period };
};

describeEachDialect('server: POST /forms/approve (bulk approval)', (ctx) => {
  let app: FastifyInstance;
  const as: { [who: string]: { [header: string]: string } } = {};
  const put = async (who: string, form: string, values: unknown[], acceptWarnings?: unknown[]) => {
    const response = await app.inject({
      method: 'PUT',
      url: `/api/v1/forms/${form}`,
      headers: as[who],
      payload: { values, ...(acceptWarnings ? { acceptWarnings } : {}) },
    });
    expect(response.statusCode, response.body).toBe(200);
  };
  const act = async (who: string, form: string, action: string) => {
    const response = await app.inject({ method: 'POST', url: `/api/v1/forms/${form}/${action}`, headers: as[who], payload: {} });
    expect(response.statusCode, response.body).toBe(200);
  };
  const bulk = (who: string, payload: object) => app.inject({ method: 'POST', url: '/api/v1/forms/approve', headers: as[who], payload });
  const approve = (who: string, keys: string[]) => bulk(who, { forms: keys.map(ref) });
  const state = async (form: string) => (await app.inject({ method: 'GET', url: `/api/v1/forms/${form}`, headers: as.admin })).json().state as string;
  const approvals = async (unit: string, period: string) => {
    const history = await app.inject({
      method: 'GET',
      url: `/api/v1/data-values/history?dataElement=XA_TONG&unit=${unit}&period=${period}`,
      headers: as.admin,
    });
    expect(history.statusCode, history.body).toBe(200);
    return (history.json().events as Array<{ entity: string; action: string; actorName: string }>).filter(
      (e) => e.entity === 'submission' && e.action === 'approve',
    );
  };

  const A = 'BC_TINH/67/2024S1'; // submitted, clean
  const B = 'BC_TINH/67/2024S2'; // submitted, clean
  const C = 'BC_TINH/67/2025S1'; // submitted with an accepted warning
  const D = 'BC_TINH/67/2023S2'; // a draft with values
  const E = 'BC_TINH/68/2025S1'; // submitted, Lâm Đồng's (outside duyet's units)

  beforeAll(async () => {
    await seedUnits(ctx.store.db);
    for (const code of ['XA_CAP_QUANG', 'XA_TONG'])
      await upsertDataElement(ctx.store.db, {
        code,
        name: `Tên ${code}`,
        nameEn: code,
        valueType: 'integer',
        timeAggregation: 'last',
        hierarchyAggregation: 'sum',
        periodType: 'semiannual',
      });
    app = buildApp({ store: ctx.store, today: () => '2025-12-20' });
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
        code: 'BC_TINH',
        name: 'Báo cáo tỉnh',
        nameEn: 'Province',
        periodType: 'semiannual',
        deadlineDays: 15,
        elements: ['XA_CAP_QUANG', 'XA_TONG'],
        units: [{ unit: '67' }, { unit: '68' }],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const rule = await app.inject({
      method: 'POST',
      url: '/api/v1/validation-rules',
      headers: as.admin,
      payload: {
        kind: 'compare',
        code: 'W_XA',
        name: 'Xã có cáp quang không quá tổng số xã',
        left: '#{XA_CAP_QUANG}',
        operator: '<=',
        right: '#{XA_TONG}',
        severity: 'warning',
        message: 'Số xã có cáp quang lớn hơn tổng số xã / more communes with fibre than communes',
      },
    });
    expect(rule.statusCode, rule.body).toBe(201);
    for (const form of [A, B, D]) await put('bc', form, [{ dataElement: 'XA_TONG', value: 71 }]);
    await put(
      'bc',
      C,
      [
        { dataElement: 'XA_CAP_QUANG', value: 72, comment: 'Tính cả 2 xã mới' },
        { dataElement: 'XA_TONG', value: 71 },
      ],
      [{ index: 0, rule: 'W_XA' }],
    );
    await put('admin', E, [{ dataElement: 'XA_TONG', value: 10 }]);
    for (const form of [A, B, C]) await act('bc', form, 'submit');
    await act('admin', E, 'submit');
  });
  afterAll(async () => app?.close());

  it('a form with a warning in the batch: 422 naming it, nothing approved (the clean one stays submitted, no audit step)', async () => {
    const refused = await approve('duyet', [A, C]);
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ index: 1, field: 'forms.1', form: C, code: 'VALIDATION_FAILED', message: expect.stringContaining('1 cảnh báo') }],
    });
    expect(await state(A)).toBe('submitted');
    expect(await approvals('67', '2024S1')).toEqual([]);
  });

  it('a form not submitted, or unknown: 422 naming each (its own code), nothing approved', async () => {
    const refused = await approve('duyet', [D, A, 'NOPE/67/2024S1', 'BC_TINH/67/2024Q1']);
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().error.details.map((d: { index: number; code: string }) => [d.index, d.code])).toEqual([
      [0, 'INVALID_TRANSITION'],
      [2, 'NOT_FOUND'],
      [3, 'VALIDATION_FAILED'],
    ]);
    expect(refused.json().error.message).toContain(D);
    expect(await state(A)).toBe('submitted');
  });

  it('a form outside the approver’s units: 403 naming it with the others refused; a reporter may approve none', async () => {
    const outside = await approve('duyet', [A, E, C]);
    expect(outside.statusCode, outside.body).toBe(403);
    expect(outside.json().error.details.map((d: { form: string; code: string }) => [d.form, d.code])).toEqual([
      [E, 'FORBIDDEN'],
      [C, 'VALIDATION_FAILED'],
    ]);
    const reporter = await approve('bc', [A]);
    expect([reporter.statusCode, reporter.json().error.details[0].code]).toEqual([403, 'FORBIDDEN']);
    expect(await state(A)).toBe('submitted');
    expect(await state(E)).toBe('submitted');
  });

  it('bad bodies: empty, over 200, a form twice, unknown fields (400); no caller (401)', async () => {
    const many = Array.from({ length: 201 }, (_, i) => ref(`BC_TINH/67/${2000 + Math.floor(i / 2)}S${(i % 2) + 1}`));
    for (const payload of [
      {},
      { forms: [] },
      { forms: many },
      { forms: [ref(A), ref(A)] },
      { forms: [{ ...ref(A), x: 1 }] },
      { forms: [ref(A)], reason: 'x' },
    ]) {
      const bad = await bulk('duyet', payload);
      expect(bad.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
    }
    expect((await app.inject({ method: 'POST', url: '/api/v1/forms/approve', payload: { forms: [ref(A)] } })).statusCode).toBe(401);
    expect(await state(A)).toBe('submitted');
  });

  it('two clean submitted forms: both approved in one action, each audited as its own approve step', async () => {
    const done = await approve('duyet', [A, B]);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toEqual({
      approved: [
        { ...ref(A), previousState: 'submitted', state: 'approved' },
        { ...ref(B), previousState: 'submitted', state: 'approved' },
      ],
    });
    expect([await state(A), await state(B), await state(C)]).toEqual(['approved', 'approved', 'submitted']);
    expect(await approvals('67', '2024S1')).toEqual([expect.objectContaining({ actorName: 'duyet' })]);
    expect(await approvals('67', '2024S2')).toHaveLength(1);
    const again = await approve('duyet', [A]);
    expect([again.statusCode, again.json().error.details[0].code]).toEqual([422, 'INVALID_TRANSITION']);
  });
});
