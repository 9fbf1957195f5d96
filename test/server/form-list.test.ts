/**
 * GET /forms (the list of forms within the caller's units: drafts never saved included, state, reason, overdue
 * on a fixed today, checks counted) and the comparisons GET /forms/{dataset}/{unit}/{period} shows beside each
 * value (previousValue across the 2025 merger, approvedValue after a reopen).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeEachDialect } from '../helpers/stores.ts';
import { createUser, login } from '../helpers/auth.ts';
import { seedUnits } from './fixtures/seed-units.ts';
import { buildApp } from '../../src/server/app.ts';
import { upsertDataElement } from '../../src/store/metadata/repo.ts';

const TODAY = '2025-12-20';

interface Item {
  dataset: { code: string };
  unit: { code: string; name: string };
  period: { id: string; label: string };
  deadline: string;
  state: string;
  reason: string | null;
  submittedAt: string | null;
  overdue: boolean;
  elements: number;
  filled: number;
  errors: number;
  warnings: number;
}
interface List {
  items: Item[];
  total: number;
  limit: number;
  offset: number;
  today: string;
  counts: Record<string, number>;
}

describeEachDialect('server: GET /forms and the form comparisons', (ctx) => {
  let app: FastifyInstance;
  const as: { [who: string]: { [header: string]: string } } = {};
  const get = (who: string, url: string) => app.inject({ method: 'GET', url, headers: as[who] });
  const list = async (who: string, query = ''): Promise<List> => {
    const response = await get(who, `/api/v1/forms${query ? `?${query}` : ''}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as List;
  };
  const put = async (who: string, form: string, values: unknown[], acceptWarnings?: unknown[]) => {
    const response = await app.inject({
      method: 'PUT',
      url: `/api/v1/forms/${form}`,
      headers: as[who],
      payload: { values, ...(acceptWarnings ? { acceptWarnings } : {}) },
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const act = async (who: string, form: string, action: string, reason?: string) => {
    const response = await app.inject({ method: 'POST', url: `/api/v1/forms/${form}/${action}`, headers: as[who], payload: reason ? { reason } : {} });
    expect(response.statusCode, response.body).toBe(200);
  };
  const keys = (body: List) => body.items.map((i) => `${i.dataset.code}/${i.unit.code}/${i.period.id}`);

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
        unitOfMeasure: 'xã',
      });
    app = buildApp({ store: ctx.store, today: () => TODAY });
    for (const [username, role, units] of [
      ['admin', 'admin', []],
      ['bc', 'reporter', ['67']],
      ['duyet', 'approver', ['68@2025-06-30', '68']],
    ] as const) {
      await createUser(ctx.store, { username, role, units: [...units] });
      as[username] = (await login(app, username)).headers;
    }
    for (const [code, units] of [
      ['BC_TINH', [{ unit: '67' }, { unit: '68' }]],
      [
        'BC_XA',
        [
          { unit: '67', level: 'commune' },
          { unit: '68', level: 'commune' },
        ],
      ],
    ] as const) {
      const created = await app.inject({
        method: 'POST',
        url: '/api/v1/datasets',
        headers: as.admin,
        payload: { code, name: `Báo cáo ${code}`, nameEn: code, periodType: 'semiannual', deadlineDays: 15, elements: ['XA_CAP_QUANG', 'XA_TONG'], units },
      });
      expect(created.statusCode, created.body).toBe(201);
    }
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

    // The merged Lâm Đồng submits first; its old self reported 10 communes for 2025S1.
    await put('admin', 'BC_TINH/68/2025S1', [{ dataElement: 'XA_TONG', value: 10 }]);
    await put('admin', 'BC_TINH/68/2025S2', [{ dataElement: 'XA_TONG', value: 124 }]);
    await act('admin', 'BC_TINH/68/2025S2', 'submit');
    // Đắk Nông: 2024S1 returned, 2024S2 approved then reopened and corrected, 2025S1 submitted with an accepted warning.
    await put('bc', 'BC_TINH/67/2024S1', [{ dataElement: 'XA_TONG', value: 71 }]);
    await act('bc', 'BC_TINH/67/2024S1', 'submit');
    await act('admin', 'BC_TINH/67/2024S1', 'return', 'Thiếu số xã có cáp quang');
    await put('bc', 'BC_TINH/67/2024S2', [
      { dataElement: 'XA_CAP_QUANG', value: 60 },
      { dataElement: 'XA_TONG', value: 71 },
    ]);
    await act('bc', 'BC_TINH/67/2024S2', 'submit');
    await act('admin', 'BC_TINH/67/2024S2', 'approve');
    await act('admin', 'BC_TINH/67/2024S2', 'reopen', 'Sửa tổng số xã');
    await put('bc', 'BC_TINH/67/2024S2', [{ dataElement: 'XA_TONG', value: 70 }]);
    const saved = await put(
      'bc',
      'BC_TINH/67/2025S1',
      [
        { dataElement: 'XA_CAP_QUANG', value: 72, comment: 'Tính cả 2 xã mới thành lập' },
        { dataElement: 'XA_TONG', value: 71 },
      ],
      [{ index: 0, rule: 'W_XA' }],
    );
    expect(saved.warnings).toEqual([expect.objectContaining({ index: 0, rule: 'W_XA' })]);
    await act('bc', 'BC_TINH/67/2025S1', 'submit');
  });
  afterAll(async () => app?.close());

  it('a reporter of Đắk Nông: its forms and its communes’, last 8 half-years, never-saved drafts included, by deadline', async () => {
    const body = await list('bc');
    expect(body.today).toBe(TODAY);
    // 2022S1..2025S1 (Đắk Nông ended on 1/7/2025): 7 periods × (the province + its 2 wards).
    expect(body.total).toBe(21);
    expect(new Set(body.items.map((i) => i.unit.code))).toEqual(new Set(['67', '24611', '24612']));
    expect(body.items[0]).toMatchObject({ period: { id: '2022S1', label: '6 tháng đầu năm 2022' }, deadline: '2022-07-15', state: 'draft', overdue: true });
    const deadlines = body.items.map((i) => i.deadline);
    expect(deadlines).toEqual([...deadlines].sort());
    const never = body.items.find((i) => i.dataset.code === 'BC_TINH' && i.period.id === '2023S1');
    expect(never).toMatchObject({ state: 'draft', reason: null, submittedAt: null, elements: 2, filled: 0, errors: 0, warnings: 0, overdue: true });
    expect(body.counts).toEqual({ draft: 18, submitted: 1, returned: 2, approved: 0, overdue: 20 });
  });

  it('state, reason, overdue and checks of the forms the reporter moved', async () => {
    const body = await list('bc', 'dataset=BC_TINH');
    const byPeriod = new Map(body.items.map((i) => [i.period.id, i]));
    expect(byPeriod.get('2024S1')).toMatchObject({ state: 'returned', reason: 'Thiếu số xã có cáp quang', overdue: true, filled: 1 });
    expect(byPeriod.get('2024S2')).toMatchObject({ state: 'returned', reason: 'Sửa tổng số xã', overdue: true, filled: 2, warnings: 0 });
    expect(byPeriod.get('2025S1')).toMatchObject({ state: 'submitted', overdue: false, filled: 2, errors: 0, warnings: 1 });
    expect(byPeriod.get('2025S1')!.submittedAt).not.toBeNull();
  });

  it('an approver of Lâm Đồng sees its subtree (the old and the merged province, the wards under the new one), not Đắk Nông', async () => {
    const body = await list('duyet');
    expect(body.items.every((i) => i.unit.code !== '67')).toBe(true);
    expect(keys(body).filter((k) => k.includes('2025S2'))).toEqual(['BC_TINH/68/2025S2', 'BC_XA/24611/2025S2', 'BC_XA/24615/2025S2']);
    expect(body.total).toBe(7 + 3);
    expect(body.items.find((i) => i.unit.code === '24611')!.unit.name).toBe('Bắc Gia Nghĩa');
  });

  it('the queue: state=submitted, oldest submission first (not by deadline); order=desc reverses it', async () => {
    expect(keys(await list('admin', 'state=submitted'))).toEqual(['BC_TINH/68/2025S2', 'BC_TINH/67/2025S1']);
    expect(keys(await list('admin', 'state=submitted&order=desc'))).toEqual(['BC_TINH/67/2025S1', 'BC_TINH/68/2025S2']);
    expect(keys(await list('admin', 'period=2025S1&dataset=BC_TINH'))).toEqual(['BC_TINH/67/2025S1', 'BC_TINH/68/2025S1']);
  });

  it('overdue on the fixed today: deadline passed and neither submitted nor approved', async () => {
    const body = await list('bc', 'overdue=true&limit=500');
    expect(body.total).toBe(20);
    expect(body.items.every((i) => i.overdue && i.deadline < TODAY && i.state !== 'submitted' && i.state !== 'approved')).toBe(true);
    expect((await list('admin', 'period=2025S2')).items.every((i) => !i.overdue)).toBe(true);
    expect((await list('bc', 'overdue=false')).total).toBe(1);
  });

  it('unit: the subtree on each period’s last day; from/to; paging', async () => {
    expect(keys(await list('admin', 'unit=660&dataset=BC_XA&from=2025S1&to=2025S2'))).toEqual(['BC_XA/24611/2025S1', 'BC_XA/24612/2025S1']);
    const ward = await list('admin', 'unit=24611');
    expect(ward.total).toBe(8);
    expect(ward.items.map((i) => i.unit.name).slice(-2)).toEqual(['Nghĩa Đức', 'Bắc Gia Nghĩa']);
    expect(keys(await list('bc', 'dataset=BC_TINH&from=2024S1&to=2024S2'))).toEqual(['BC_TINH/67/2024S1', 'BC_TINH/67/2024S2']);
    const all = await list('bc');
    const page = await list('bc', 'limit=5&offset=5');
    expect(page).toMatchObject({ total: 21, limit: 5, offset: 5 });
    expect(keys(page)).toEqual(keys(all).slice(5, 10));
  });

  it('refusals: unknown dataset or unit (404), a period not of the dataset (422), bad parameters (400)', async () => {
    expect((await get('bc', '/api/v1/forms?dataset=NOPE')).statusCode).toBe(404);
    const unit = await get('bc', '/api/v1/forms?unit=99999');
    expect([unit.statusCode, unit.json().error.code]).toEqual([404, 'UNIT_NOT_FOUND']);
    const wrong = await get('bc', '/api/v1/forms?dataset=BC_TINH&period=2024Q1');
    expect([wrong.statusCode, wrong.json().error.code]).toEqual([422, 'VALIDATION_FAILED']);
    for (const query of [
      'period=2024S1&from=2024S1',
      'from=2010S1&to=2025S1',
      'from=2025S2&to=2025S1',
      'state=open',
      'limit=0',
      'limit=501',
      'x=1',
      'period=2024S3',
    ]) {
      const bad = await get('bc', `/api/v1/forms?${query}`);
      expect(bad.statusCode, query).toBe(400);
    }
    expect((await app.inject({ method: 'GET', url: '/api/v1/forms' })).statusCode).toBe(401);
  });

  it('a form shows its unit of measure and last period’s value beside each element (across the merger) and the value when last approved', async () => {
    const form = (await get('bc', '/api/v1/forms/BC_TINH/67/2025S1')).json();
    expect(form).toMatchObject({ previousPeriod: '2024S2', approvedAt: null, elements: [{ unitOfMeasure: 'xã' }, { unitOfMeasure: 'xã' }] });
    expect(form.elements.map((e: { code: string; previousValue: unknown; approvedValue: unknown }) => [e.code, e.previousValue, e.approvedValue])).toEqual([
      ['XA_CAP_QUANG', { period: '2024S2', value: 60 }, null],
      ['XA_TONG', { period: '2024S2', value: 70 }, null],
    ]);

    const reopened = (await get('bc', '/api/v1/forms/BC_TINH/67/2024S2')).json();
    expect(reopened.approvedAt).toEqual(expect.any(String));
    const tong = reopened.elements.find((e: { code: string }) => e.code === 'XA_TONG');
    expect(tong).toMatchObject({ value: 70, approvedValue: { approvedAt: reopened.approvedAt, value: 71 }, previousValue: { period: '2024S1', value: 71 } });

    const merged = (await get('duyet', '/api/v1/forms/BC_TINH/68/2025S2')).json();
    expect(merged.elements.find((e: { code: string }) => e.code === 'XA_TONG').previousValue).toEqual({ period: '2025S1', value: 10 });
    const first = (await get('bc', '/api/v1/forms/BC_TINH/67/2022S1')).json();
    expect(first.elements.every((e: { previousValue: unknown; approvedValue: unknown }) => e.previousValue === null && e.approvedValue === null)).toBe(true);
  });

  it('a form lists its evidence: of the whole form (the dataset) and of its elements, not another period’s', async () => {
    const create = async (payload: Record<string, unknown>) => {
      const response = await app.inject({ method: 'POST', url: '/api/v1/evidence', headers: as.bc, payload: { kind: 'document', unit: '67', ...payload } });
      expect(response.statusCode, response.body).toBe(201);
      return response.json().id as string;
    };
    const whole = await create({
      period: '2023S2',
      dataset: 'BC_TINH',
      number: '12/BC-UBND',
      issuer: 'UBND tỉnh Đắk Nông',
      summary: 'Báo cáo 6 tháng cuối năm',
    });
    const one = await create({ period: '2023S2', element: 'XA_TONG', number: '5/BC-STTTT' });
    await create({ period: '2023S1', dataset: 'BC_TINH', number: '1/BC' });
    const form = (await get('bc', '/api/v1/forms/BC_TINH/67/2023S2')).json();
    expect(form.evidence.map((e: { id: string }) => e.id)).toEqual([whole, one]);
    expect(form.evidence[0]).toMatchObject({
      kind: 'document',
      dataset: 'BC_TINH',
      element: null,
      document: { number: '12/BC-UBND', issuer: 'UBND tỉnh Đắk Nông' },
    });
  });
});
