/**
 * The plan writes (routes/plan-admin.ts): POST /plans, PUT /plans/{code}, POST /plans/{code}/copy. Admins only
 * (401 anonymous, 403 every other role and a token); the metadata import's validation naming each field (400 for
 * the shape, 422 for what needs the store or the whole plan); a yearly target path replaced; a national plan
 * copied to two provinces all or nothing (a bad unit among good ones writes nothing); one audit event per plan
 * written, none for a write that changes nothing; the kept answers of GET /plans/{code} follow each write.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeEachDialect } from '../helpers/stores.ts';
import { createToken, createUser, login } from '../helpers/auth.ts';
import { seedUnits } from './fixtures/seed-units.ts';
import { buildApp } from '../../src/server/app.ts';
import { importMetadata, METADATA_FORMAT, METADATA_VERSION } from '../../src/app/metadata/file.ts';
import { listAuditEvents } from '../../src/store/audit.ts';
import { getPlan } from '../../src/store/metadata/repo.ts';

const element = (code: string) => ({
  code,
  name: `Phần tử ${code}`,
  nameEn: code,
  valueType: 'integer',
  timeAggregation: 'last',
  hierarchyAggregation: 'sum',
  periodType: 'yearly',
});
const indicator = (code: string, numerator: string) => ({
  code,
  name: `Chỉ tiêu ${code}`,
  nameEn: code,
  numerator: `#{${numerator}}`,
  denominator: '#{XA_TONG}',
  factor: 100,
  unitOfMeasure: '%',
  decimals: 1,
  direction: 'higher_is_better',
});
/** A national plan over 2024–2026 with a yearly path for one indicator and one 2026 target for the other. */
const NATIONAL = {
  code: 'QG_KH',
  name: 'Kế hoạch chuyển đổi số quốc gia 2024–2026',
  nameEn: 'National DX plan 2024–2026',
  legalBasis: 'Quyết định thử nghiệm',
  unitCode: 'VN',
  startPeriod: '2024',
  endPeriod: '2026',
  targets: [
    { indicator: 'CT_CAP_QUANG', unit: 'VN', period: '2024', value: 80, comparison: '>=', group: 'Hạ tầng số' },
    { indicator: 'CT_CAP_QUANG', unit: 'VN', period: '2025', value: 90, comparison: '>=', group: 'Hạ tầng số' },
    { indicator: 'CT_CAP_QUANG', unit: 'VN', period: '2026', value: 100, comparison: '>=', group: 'Hạ tầng số' },
    { indicator: 'CT_DVC', unit: 'VN', period: '2026', value: 80, comparison: '>=', group: 'Chính quyền số', label: 'Mục tiêu 2026' },
  ],
};

type Caller = 'anonymous' | 'reporter' | 'approver' | 'viewer' | 'token';

describeEachDialect('plan writes: create, replace, copy to provinces', (ctx) => {
  let app: FastifyInstance;
  let admin: Record<string, string>;
  const callers = new Map<Caller, Record<string, string>>();

  beforeAll(async () => {
    await seedUnits(ctx.store.db);
    await importMetadata(ctx.store.db, {
      format: METADATA_FORMAT,
      version: METADATA_VERSION,
      dataElements: [element('XA_TONG'), element('XA_CAP_QUANG'), element('XA_DVC')],
      indicators: [indicator('CT_CAP_QUANG', 'XA_CAP_QUANG'), indicator('CT_DVC', 'XA_DVC')],
      plans: [NATIONAL],
    });
    await createUser(ctx.store, { username: 'quantri', role: 'admin' });
    await createUser(ctx.store, { username: 'bc.67', role: 'reporter', units: ['67'] });
    await createUser(ctx.store, { username: 'pd.68', role: 'approver', units: ['68'] });
    await createUser(ctx.store, { username: 'xem', role: 'viewer' });
    app = buildApp({ store: ctx.store, today: () => '2025-08-15' });
    admin = (await login(app, 'quantri')).headers;
    callers.set('anonymous', {});
    callers.set('reporter', (await login(app, 'bc.67')).headers);
    callers.set('approver', (await login(app, 'pd.68')).headers);
    callers.set('viewer', (await login(app, 'xem')).headers);
    callers.set('token', { authorization: `Bearer ${await createToken(ctx.store, { name: 'dvc-plans', units: ['67'] })}` });
  });
  afterAll(async () => app?.close());

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, headers: Record<string, string>, payload?: unknown) =>
    app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
  const planAudit = (code: string) => listAuditEvents(ctx.store.db, [{ entity: 'plan', entityKey: code }]);
  const fields = (body: { error: { details?: Array<{ field: string }> } }) => (body.error.details ?? []).map((d) => d.field);

  describe('who may write', () => {
    const ENDPOINTS: Array<{ method: 'POST' | 'PUT'; url: string; payload: unknown }> = [
      { method: 'POST', url: '/plans', payload: { ...NATIONAL, code: 'MATRIX' } },
      { method: 'PUT', url: '/plans/QG_KH', payload: { name: 'Đổi tên', nameEn: 'Renamed' } },
      { method: 'POST', url: '/plans/QG_KH/copy', payload: { units: ['67'] } },
    ];
    it.each(ENDPOINTS)('$method $url: 401 anonymous, 403 for a reporter, an approver, a viewer and a token; nothing written', async (e) => {
      for (const [who, headers] of callers) {
        const res = await call(e.method, e.url, headers, e.payload);
        expect(res.statusCode, `${who}: ${res.body}`).toBe(who === 'anonymous' ? 401 : 403);
        expect(res.json().error.code).toBe(who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      }
      expect(await getPlan(ctx.store.db, 'MATRIX')).toBeNull();
      expect(await getPlan(ctx.store.db, 'QG_KH_67')).toBeNull();
      expect((await getPlan(ctx.store.db, 'QG_KH'))?.name).toBe(NATIONAL.name);
    });
  });

  describe('create and replace', () => {
    it('creates a plan with a yearly path (201, answered as GET /plans/{code}), audited once; the same code again is 409 naming code', async () => {
      const plan = {
        code: 'DN_KH_2025',
        name: 'Kế hoạch chuyển đổi số tỉnh Đắk Nông 2025–2026',
        nameEn: 'Dak Nong DX plan 2025–2026',
        unitCode: '67',
        startPeriod: '2025',
        endPeriod: '2026',
        targets: [
          { indicator: 'CT_CAP_QUANG', unit: '67', period: '2025', value: 85, comparison: '>=', group: 'Hạ tầng số' },
          { indicator: 'CT_CAP_QUANG', unit: '67', period: '2026', value: 95, comparison: '>=', group: 'Hạ tầng số' },
        ],
      };
      const res = await call('POST', '/plans', admin, plan);
      expect(res.statusCode, res.body).toBe(201);
      const body = res.json();
      expect(body).toMatchObject({ code: 'DN_KH_2025', unitCode: '67', unitName: 'Đắk Nông', targetCount: 2 });
      expect(body.groups.map((g: { group: string }) => g.group)).toEqual(['Hạ tầng số']);
      expect(body.groups[0].targets.map((t: { period: string; value: number }) => [t.period, t.value])).toEqual([
        ['2025', 85],
        ['2026', 95],
      ]);
      const audit = await planAudit('DN_KH_2025');
      expect(audit.map((a) => [a.action, a.source, a.actorName])).toEqual([['create', 'admin', 'quantri']]);
      expect(audit[0]!.before).toBeNull();
      expect(audit[0]!.after).toMatchObject({ code: 'DN_KH_2025', targets: plan.targets });

      const again = await call('POST', '/plans', admin, plan);
      expect(again.statusCode).toBe(409);
      expect(fields(again.json())).toEqual(['code']);
      expect(await planAudit('DN_KH_2025')).toHaveLength(1);
    });

    it('names every field the import validation refuses (422), and writes nothing', async () => {
      const res = await call('POST', '/plans', admin, {
        code: 'XAU',
        name: 'Kế hoạch lỗi',
        nameEn: 'Bad plan',
        startPeriod: '2026',
        endPeriod: '2024',
        targets: [
          { indicator: 'CT_KHONG_CO', unit: '67', period: '2025', value: 1, comparison: '>=' },
          { indicator: 'CT_DVC', unit: '67', period: '2025', value: 1, comparison: '>=' },
          { indicator: 'CT_DVC', unit: '67', period: '2025', value: 2, comparison: '>=' },
        ],
      });
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(fields(res.json())).toEqual(['endPeriod', 'targets[0].indicator', 'targets[2]']);
      expect(await getPlan(ctx.store.db, 'XAU')).toBeNull();
      expect(await planAudit('XAU')).toEqual([]);
    });

    it('refuses a body of the wrong shape with 400 naming the field', async () => {
      const res = await call('POST', '/plans', admin, {
        code: 'XAU',
        name: 'Kế hoạch lỗi',
        nameEn: 'Bad plan',
        targets: [{ indicator: 'CT_DVC', unit: '67', period: '2025', value: 1, comparison: '>>' }],
      });
      expect(res.statusCode).toBe(400);
      expect(JSON.stringify(res.json().error)).toContain('comparison');
      expect(await getPlan(ctx.store.db, 'XAU')).toBeNull();
    });

    it('replaces a plan and its yearly path (200), audited with before and after; the kept answer of GET follows; an unchanged PUT writes no event', async () => {
      const first = await call('GET', '/plans/QG_KH', admin);
      expect(first.json().groups[0].targets.map((t: { value: number }) => t.value)).toEqual([80, 90, 100]);
      const path = NATIONAL.targets.map((t) => (t.indicator === 'CT_CAP_QUANG' ? { ...t, value: t.value - 5 } : t));
      const { code: _code, ...rest } = NATIONAL;
      const res = await call('PUT', '/plans/QG_KH', admin, { ...rest, targets: path });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().groups[0].targets.map((t: { value: number }) => t.value)).toEqual([75, 85, 95]);
      expect((await call('GET', '/plans/QG_KH', admin)).json().groups[0].targets.map((t: { value: number }) => t.value)).toEqual([75, 85, 95]);
      const audit = await planAudit('QG_KH');
      expect(audit.map((a) => a.action)).toEqual(['update']);
      expect((audit[0]!.before as { targets: Array<{ value: number }> }).targets[0]!.value).toBe(80);
      expect((audit[0]!.after as { targets: Array<{ value: number }> }).targets[0]!.value).toBe(75);

      const same = await call('PUT', '/plans/QG_KH', admin, { ...rest, targets: path });
      expect(same.statusCode).toBe(200);
      expect(await planAudit('QG_KH')).toHaveLength(1);

      const back = await call('PUT', '/plans/QG_KH', admin, rest);
      expect(back.statusCode).toBe(200);
      expect(await planAudit('QG_KH')).toHaveLength(2);
    });

    it('PUT of a plan that does not exist is 404 PLAN_NOT_FOUND; a refused PUT keeps the plan', async () => {
      const res = await call('PUT', '/plans/KHONG_CO', admin, { name: 'x', nameEn: 'x' });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('PLAN_NOT_FOUND');
      const bad = await call('PUT', '/plans/QG_KH', admin, {
        name: 'Tên mới',
        nameEn: 'New',
        targets: [{ indicator: 'CT_KHONG_CO', unit: 'VN', period: '2025', value: 1, comparison: '>=' }],
      });
      expect(bad.statusCode).toBe(422);
      expect(fields(bad.json())).toEqual(['targets[0].indicator']);
      expect((await getPlan(ctx.store.db, 'QG_KH'))?.name).toBe(NATIONAL.name);
    });
  });

  describe('copy to provinces', () => {
    it('refuses the whole copy when one unit is wrong, naming each by its place in units; nothing written', async () => {
      const res = await call('POST', '/plans/QG_KH/copy', admin, { units: ['67', 'ZZ', '67', 'VN'] });
      expect(res.statusCode, res.body).toBe(422);
      expect(fields(res.json())).toEqual(['units[1]', 'units[2]', 'units[3]']);
      expect(await getPlan(ctx.store.db, 'QG_KH_67')).toBeNull();
      expect(await planAudit('QG_KH_67')).toEqual([]);
      const pattern = await call('POST', '/plans/QG_KH/copy', admin, { units: ['67', '60'], codePattern: 'KH_TINH' });
      expect(pattern.statusCode).toBe(422);
      expect(fields(pattern.json())).toEqual(['codePattern']);
      expect((await call('POST', '/plans/KHONG_CO/copy', admin, { units: ['67'] })).statusCode).toBe(404);
    });

    it("copies the national plan's targets to two provinces in one action (201), one plan and one audit event each", async () => {
      const res = await call('POST', '/plans/QG_KH/copy', admin, { units: ['67', '60'] });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toEqual({
        source: 'QG_KH',
        plans: [
          { unitCode: '67', unitName: 'Đắk Nông', code: 'QG_KH_67', name: `${NATIONAL.name} — Đắk Nông`, targetCount: 4 },
          { unitCode: '60', unitName: 'Bình Thuận', code: 'QG_KH_60', name: `${NATIONAL.name} — Bình Thuận`, targetCount: 4 },
        ],
      });
      const plan = (await call('GET', '/plans/QG_KH_67', admin)).json();
      expect(plan).toMatchObject({ unitCode: '67', startPeriod: '2024', endPeriod: '2026', targetCount: 4 });
      expect(plan.groups.map((g: { group: string }) => g.group)).toEqual(['Hạ tầng số', 'Chính quyền số']);
      const targets = plan.groups.flatMap((g: { targets: unknown[] }) => g.targets) as Array<{ unit: string; period: string; value: number; label: string }>;
      expect(targets.map((t) => [t.unit, t.period, t.value])).toEqual([
        ['67', '2024', 80],
        ['67', '2025', 90],
        ['67', '2026', 100],
        ['67', '2026', 80],
      ]);
      expect(targets[3]!.label).toBe('Sao chép từ kế hoạch QG_KH; Mục tiêu 2026');
      for (const code of ['QG_KH_67', 'QG_KH_60']) {
        const audit = await planAudit(code);
        expect(audit.map((a) => [a.action, a.source])).toEqual([['copy', 'admin']]);
        expect(audit[0]!.after).toMatchObject({ from: 'QG_KH', plan: { code, targets: expect.any(Array) } });
      }
      // The reporter of Đắk Nông now reads its province's copy.
      expect((await call('GET', '/plans/QG_KH_67', callers.get('reporter')!)).statusCode).toBe(200);
    });

    it('a second copy naming a province that has its copy is refused whole: the new province gets nothing', async () => {
      const res = await call('POST', '/plans/QG_KH/copy', admin, { units: ['68', '67'] });
      expect(res.statusCode).toBe(422);
      expect(res.json().error.details).toEqual([{ field: 'units[1]', message: expect.stringContaining('QG_KH_67') }]);
      expect(await getPlan(ctx.store.db, 'QG_KH_68')).toBeNull();
    });
  });
});
