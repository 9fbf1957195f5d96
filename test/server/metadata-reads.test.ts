/**
 * The metadata reads on the demo data: GET /data-elements, /indicators, /indicators/{code}, /plans, /plans/{code}.
 * Filters, paging and the accent-insensitive search; the detail shapes; and who sees what — 401 without a caller,
 * definitions for every caller, plans only for those who may read the plan's unit (left out of lists, 403 to open),
 * for each role and an API token. Besides the demo's plans (QD749 of VN, NT_KH_CDS_2023 of 58, DN_KH_CDS_2022 of
 * 67, BK_DE_AN_CDS_2022_2025 of 06), the test adds one of the old Lâm Đồng (68 in 2024), one without a unit and
 * one whose unit code no unit ever had.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { ensureDemoData } from '../../src/app/demo/index.ts';
import { DEMO_PASSWORD } from '../../src/app/demo/users.ts';
import { DEMO_DATASETS, PROVINCE_REPORT } from '../../src/app/demo/seed-datasets.ts';
import { DEMO_INDICATORS } from '../../src/app/demo/seed-indicators.ts';
import { DEMO_PRODUCT_ELEMENTS } from '../../src/app/demo/seed-products.ts';
import { DEMO_TASK_ELEMENTS } from '../../src/app/demo/seed-tasks.ts';
import { DEMO_DOSSIER_INDICATORS } from '../../src/app/demo/seed-dossiers.ts';
import { DEMO_FEEDBACK_INDICATORS } from '../../src/app/demo/seed-feedback.ts';
import { DEMO_PLANS } from '../../src/app/demo/seed-plans.ts';
import { upsertIndicator, upsertPlan } from '../../src/store/metadata/repo.ts';
import { foldVietnamese } from '../../src/domain/text.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { createToken, login } from '../helpers/auth.ts';

const TODAY = '2025-08-15';
type Who = 'admin' | 'viewer' | 'approver' | 'reporter' | 'token';
const EVERYONE: Who[] = ['admin', 'viewer', 'approver', 'reporter', 'token'];
const USERNAMES: Record<Exclude<Who, 'token'>, string> = { admin: 'admin', viewer: 'lanhdao', approver: 'pheduyet.lamdong', reporter: 'baocao.daknong' };

/**
 * Which plans each caller may read: the approver's scope is Lâm Đồng (old and new) and Đắk Nông (merged into it), the reporter's
 * Đắk Nông, the token's Ninh Thuận.
 */
const ALL_PLANS = ['BK_DE_AN_CDS_2022_2025', 'DN_KH_CDS_2022', 'KH_CHUNG', 'LD_KH_2024', 'NT_KH_CDS_2023', 'P_GHOST', 'QD749', 'UBQG_KH_2022'];
const PLANS_SEEN: Record<Who, string[]> = {
  admin: ALL_PLANS,
  viewer: ALL_PLANS,
  approver: ['DN_KH_CDS_2022', 'KH_CHUNG', 'LD_KH_2024'],
  reporter: ['DN_KH_CDS_2022', 'KH_CHUNG'],
  token: ['KH_CHUNG', 'NT_KH_CDS_2023'],
};

interface ListBody<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}
type Coded = { code: string };
const codes = (body: ListBody<Coded>) => body.items.map((i) => i.code);

describeEachDialect(
  'metadata reads: data elements, indicators, plans',
  (ctx) => {
    let app: FastifyInstance;
    const headers = {} as Record<Who, Record<string, string>>;
    const get = (url: string, who?: Who) => app.inject({ method: 'GET', url: `/api/v1${url}`, headers: who ? headers[who] : {} });
    const body = async <T = ListBody<Coded>>(url: string, who: Who = 'admin'): Promise<T> => {
      const res = await get(url, who);
      expect(res.statusCode, `${url} as ${who}: ${res.body}`).toBe(200);
      return res.json() as T;
    };

    beforeAll(async () => {
      await ensureDemoData(ctx.store);
      // 68 in 2024 is the old Lâm Đồng, within the demo approver's scope (68@2025-06-30). The ungrouped target comes first.
      await upsertPlan(ctx.store.db, {
        code: 'LD_KH_2024',
        name: 'Kế hoạch chuyển đổi số năm 2024 tỉnh Lâm Đồng',
        nameEn: 'Lam Dong DX plan 2024',
        unitCode: '68',
        startPeriod: '2024',
        endPeriod: '2024',
        targets: [
          { indicator: 'CT_HS_TRUC_TUYEN', unit: '68', period: '2024S1', value: 80, comparison: '>=' },
          { indicator: 'CT_XA_CAP_QUANG', unit: '68', period: '2024', value: 95, comparison: '>=', group: 'Hạ tầng số', label: 'Mục tiêu 2024' },
          { indicator: 'CT_THON_BANG_RONG', unit: '68', period: '2024', value: 90, comparison: '>=', group: 'Hạ tầng số' },
        ],
      });
      await upsertPlan(ctx.store.db, {
        code: 'KH_CHUNG',
        name: 'Kế hoạch chung',
        nameEn: 'A plan of no unit',
        targets: [{ indicator: 'CT_KTS_GRDP', unit: 'VN', period: '2030', value: 30, comparison: '>=', group: 'Kinh tế số' }],
      });
      await upsertPlan(ctx.store.db, {
        code: 'P_GHOST',
        name: 'Kế hoạch ma',
        nameEn: 'Ghost plan',
        unitCode: 'QQ',
        startPeriod: '2019',
        endPeriod: '2019',
        targets: [{ indicator: 'CT_XA_CAP_QUANG', unit: 'QQ', period: '2019', value: 1, comparison: '>=' }],
      });
      await upsertIndicator(ctx.store.db, {
        code: 'CT_XA_CAP_QUANG_TREN_TONG',
        name: 'Tỷ lệ thử: xã cáp quang trên tổng',
        nameEn: 'Test ratio',
        numerator: '#{XA_CAP_QUANG}',
        denominator: '#{XA_CAP_QUANG} + #{XA_TONG}',
        factor: 100,
        decimals: 1,
        direction: 'higher_is_better',
      });
      app = buildApp({ store: ctx.store, today: () => TODAY });
      for (const [who, username] of Object.entries(USERNAMES) as Array<[Who, string]>) headers[who] = (await login(app, username, DEMO_PASSWORD)).headers;
      headers.token = { authorization: `Bearer ${await createToken(ctx.store, { name: 'he-thong-ninh-thuan', units: ['58'] })}` };
    }, 300_000);
    afterAll(async () => app?.close());

    describe('who sees what', () => {
      const everyoneReads = ['/data-elements', '/indicators', '/indicators/CT_XA_CAP_QUANG', '/plans', '/plans/KH_CHUNG'];

      it.each(everyoneReads)('%s: 401 without a caller, 200 for every role and a token', async (url) => {
        expect((await get(url)).json().error.code).toBe('UNAUTHENTICATED');
        expect((await get(url)).statusCode).toBe(401);
        for (const who of EVERYONE) expect((await get(url, who)).statusCode, `${url} as ${who}`).toBe(200);
      });

      it.each(ALL_PLANS)('plan %s: 200 for those who may read its unit, 403 for the others, and the same for indicators?plan=', async (plan) => {
        expect((await get(`/plans/${plan}`)).statusCode).toBe(401);
        for (const who of EVERYONE) {
          const expected = PLANS_SEEN[who].includes(plan) ? 200 : 403;
          const detail = await get(`/plans/${plan}`, who);
          expect(detail.statusCode, `${plan} as ${who}: ${detail.body}`).toBe(expected);
          if (expected === 403) expect(detail.json().error.code).toBe('FORBIDDEN');
          expect((await get(`/indicators?plan=${plan}`, who)).statusCode, `indicators?plan=${plan} as ${who}`).toBe(expected);
        }
      });

      it.each(EVERYONE)('the plans listed for %s are those they may open, and their status is not refused either', async (who) => {
        const list = await body('/plans', who);
        expect(codes(list)).toEqual(PLANS_SEEN[who]);
        expect(list.total).toBe(PLANS_SEEN[who].length);
        for (const plan of codes(list)) {
          expect((await get(`/plans/${plan}`, who)).statusCode).toBe(200);
          // The status route's own rule; P_GHOST's unit does not exist, so its status is 404 UNIT_NOT_FOUND for everyone.
          expect((await get(`/plans/${plan}/status`, who)).statusCode, `${plan}/status as ${who}`).toBe(plan === 'P_GHOST' ? 404 : 200);
        }
      });

      it('an indicator shows only the plans the caller may read, and the group filter looks only at those', async () => {
        const plansOf = async (who: Who) => (await body<{ plans: Coded[] }>('/indicators/CT_XA_CAP_QUANG', who)).plans.map((p) => p.code);
        expect(await plansOf('admin')).toEqual(['LD_KH_2024', 'P_GHOST', 'QD749']);
        expect(await plansOf('viewer')).toEqual(['LD_KH_2024', 'P_GHOST', 'QD749']);
        expect(await plansOf('approver')).toEqual(['LD_KH_2024']);
        expect(await plansOf('reporter')).toEqual([]);
        expect(await plansOf('token')).toEqual([]);
        // QD749 (VN) files these under Xã hội số; a reporter of 67 may not read it.
        expect(codes(await body('/indicators?group=xa%20hoi%20so', 'admin'))).toEqual([
          'CT_HO_CAP_QUANG',
          'CT_HO_INTERNET_CAP_QUANG',
          'CT_TAI_KHOAN_15T',
          'CT_TRUONG_THANH_SMARTPHONE',
          'CT_XA_CAP_QUANG',
        ]);
        expect(await body('/indicators?group=xa%20hoi%20so', 'reporter')).toEqual({ items: [], total: 0, limit: 100, offset: 0 });
        expect(codes(await body('/indicators?group=h%E1%BA%A1%20t%E1%BA%A7ng%20s%E1%BB%91', 'approver'))).toEqual(['CT_THON_BANG_RONG', 'CT_XA_CAP_QUANG']);
      });
    });

    describe('GET /data-elements', () => {
      it('pages by code: pages put together are the whole list, total counts every match', async () => {
        const all = await body<ListBody<Coded>>('/data-elements?limit=10000');
        expect(all.total).toBe(all.items.length);
        expect(all.total).toBeGreaterThan(80);
        expect(codes(all)).toEqual([...codes(all)].sort((a, b) => (a < b ? -1 : 1)));
        const pages: string[] = [];
        for (let offset = 0; offset < all.total; offset += 25) {
          const page = await body(`/data-elements?limit=25&offset=${offset}`);
          expect([page.total, page.limit, page.offset]).toEqual([all.total, 25, offset]);
          pages.push(...codes(page));
        }
        expect(pages).toEqual(codes(all));
        expect(await body(`/data-elements?offset=${all.total}`)).toEqual({ items: [], total: all.total, limit: 100, offset: all.total });
        const first = await body('/data-elements');
        expect([first.limit, first.offset, first.items.length]).toEqual([100, 0, Math.min(100, all.total)]);
      });

      it('searches code and names without accents or case: "ha tang" finds "hạ tầng"', async () => {
        const found = await body('/data-elements?q=ha%20tang&limit=10000');
        expect(codes(found)).toEqual(expect.arrayContaining(['TL_HO_CAP_QUANG', 'TL_THON_CAP_QUANG']));
        expect(codes(found)).not.toContain('XA_TONG');
        for (const item of found.items as Array<{ code: string; name: string; nameEn: string }>) {
          const text = foldVietnamese(`${item.code} ${item.name} ${item.nameEn}`);
          expect(text.includes('ha') && text.includes('tang'), item.code).toBe(true);
        }
        expect(await body('/data-elements?q=H%E1%BA%A0%20T%E1%BA%A6NG&limit=10000')).toEqual(found);
        expect(codes(await body('/data-elements?q=xa_tong'))).toEqual(['XA_TONG']);
        expect((await body('/data-elements?q=khong%20co%20gi%20nhu%20the')).total).toBe(0);
      });

      it('filters by value type and period type', async () => {
        const all = (await body<ListBody<{ code: string; valueType: string; periodType: string }>>('/data-elements?limit=10000')).items;
        const expected = all.filter((e) => e.valueType === 'percentage' && e.periodType === 'yearly').map((e) => e.code);
        expect(expected).toContain('TL_KTS_GRDP');
        const found = await body('/data-elements?valueType=percentage&periodType=yearly');
        expect([codes(found), found.total]).toEqual([expected, expected.length]);
        expect(codes(await body('/data-elements?valueType=integer&periodType=yearly&q=dti'))).toEqual(['DTI_XEP_HANG']);
      });

      it('filters by form and by the section a form files the element under', async () => {
        expect(codes(await body('/data-elements?dataset=HA_TANG_SO_XA'))).toEqual(['XA_CAP_QUANG', 'XA_TONG']);
        const province = DEMO_DATASETS.find((d) => d.code === PROVINCE_REPORT)!;
        const infrastructure = province.elements
          .filter((e) => e.section === 'Hạ tầng số')
          .map((e) => e.code)
          .sort();
        expect(infrastructure.length).toBeGreaterThan(5);
        expect(codes(await body(`/data-elements?dataset=${PROVINCE_REPORT}&section=ha%20tang%20so`))).toEqual(infrastructure);
        // Without a form: any form's section (the commune form adds its two elements, the national form its own).
        const anyForm = new Set(DEMO_DATASETS.flatMap((d) => d.elements.filter((e) => e.section === 'Hạ tầng số').map((e) => e.code)));
        expect(anyForm.has('XA_CAP_QUANG') && anyForm.has('XA_TONG')).toBe(true);
        expect(codes(await body('/data-elements?section=H%E1%BA%A1%20t%E1%BA%A7ng%20s%E1%BB%91'))).toEqual([...anyForm].sort());
        const missing = await get('/data-elements?dataset=KHONG_CO', 'admin');
        expect([missing.statusCode, missing.json().error.code]).toEqual([404, 'NOT_FOUND']);
        expect(missing.json().error.details).toEqual([{ field: 'dataset', message: "không có biểu mẫu mã 'KHONG_CO' / no dataset with this code" }]);
      });

      it('gives each element its definition and the bounds its values keep, nothing more', async () => {
        const [element] = (await body<ListBody<Record<string, unknown>>>('/data-elements?q=TB_BRDD_100_DAN')).items;
        expect(element).toEqual({
          code: 'TB_BRDD_100_DAN',
          name: 'Thuê bao băng rộng di động trên 100 dân',
          nameEn: 'Mobile broadband subscriptions per 100 inhabitants',
          description: null,
          valueType: 'number',
          timeAggregation: 'last',
          hierarchyAggregation: 'none',
          periodType: 'semiannual',
          unitOfMeasure: 'thuê bao/100 dân',
          minValue: 0,
          maxValue: null,
          derivedFrom: null,
        });
        const [count] = (await body<ListBody<Record<string, unknown>>>('/data-elements?q=xa_tong')).items;
        expect([count!.minValue, count!.maxValue]).toEqual([0, null]); // an integer's default: counts from 0
      });

      it('refuses unknown and unbounded parameters', async () => {
        for (const url of [
          '/data-elements?valueType=so',
          '/data-elements?periodType=weekly',
          '/data-elements?limit=0',
          '/data-elements?limit=10001',
          '/data-elements?dataset=a%20b',
          '/data-elements?khac=1',
          `/data-elements?q=${'a'.repeat(201)}`,
        ]) {
          const res = await get(url, 'admin');
          expect([res.statusCode, res.json().error.code], url).toEqual([400, 'BAD_REQUEST']);
        }
      });
    });

    describe('GET /indicators and /indicators/{code}', () => {
      it('searches, filters by plan, by the group a plan files its targets under, and by element', async () => {
        expect(codes(await body('/indicators?q=C%C3%81P%20QUANG'))).toEqual([
          'CT_HO_CAP_QUANG',
          'CT_HO_INTERNET_CAP_QUANG',
          'CT_THON_CAP_QUANG',
          'CT_XA_CAP_QUANG',
          'CT_XA_CAP_QUANG_TREN_TONG',
        ]);
        const qd749 = DEMO_PLANS.find((p) => p.code === 'QD749')!;
        expect(codes(await body('/indicators?plan=QD749'))).toEqual(qd749.targets.map((t) => t.indicator).sort());
        expect(codes(await body('/indicators?plan=QD749&group=chinh%20phu%20so'))).toEqual([
          'CT_DVCTT_DA_PHUONG_TIEN',
          'CT_VB_DIEN_TU_CAP_HUYEN',
          'CT_VB_DIEN_TU_CAP_TINH',
          'CT_VB_DIEN_TU_CAP_XA',
        ]);
        // A group is matched whole: "Kinh tế số và xã hội số" (NT) is not "Kinh tế số" (QD749, KH_CHUNG, UBQG_KH_2022).
        expect(codes(await body('/indicators?group=Kinh%20t%E1%BA%BF%20s%E1%BB%91'))).toEqual(['CT_KTS_GRDP', 'CT_TMDT_BAN_LE']);
        expect(codes(await body('/indicators?plan=NT_KH_CDS_2023&group=kinh%20te%20so'))).toEqual([]);
        expect(codes(await body('/indicators?element=XA_TONG'))).toEqual(['CT_XA_CAP_QUANG', 'CT_XA_CAP_QUANG_TREN_TONG']);
        expect(codes(await body('/indicators?element=XA_TONG&q=tren%20tong'))).toEqual(['CT_XA_CAP_QUANG_TREN_TONG']);
        const page = await body('/indicators?limit=5&offset=5');
        // The demo's indicators, the one this file adds, and one per element derived from a registry (tasks, products, and
        // the seven of the teams registry), and the rates computed from the dossiers and the feedback.
        const registryIndicators =
          DEMO_TASK_ELEMENTS.length + DEMO_PRODUCT_ELEMENTS.length + 7 + DEMO_DOSSIER_INDICATORS.length + DEMO_FEEDBACK_INDICATORS.length;
        expect([page.items.length, page.total]).toEqual([5, DEMO_INDICATORS.length + 1 + registryIndicators]);
        expect(codes(page)).toEqual(codes(await body('/indicators')).slice(5, 10));
        const unknown = await get('/indicators?plan=KHONG_CO', 'admin');
        expect([unknown.statusCode, unknown.json().error.code]).toEqual([404, 'PLAN_NOT_FOUND']);
      });

      it('an indicator: its formula as stored, the elements behind it, the plans that target it with those targets', async () => {
        expect(await body('/indicators/CT_XA_CAP_QUANG')).toEqual({
          code: 'CT_XA_CAP_QUANG',
          name: 'Tỷ lệ xã, phường, thị trấn được kết nối cáp quang đến trung tâm',
          nameEn: 'Communes with fibre to the centre',
          description: null,
          numerator: '#{XA_CAP_QUANG}',
          denominator: '#{XA_TONG}',
          factor: 100,
          unitOfMeasure: '%',
          decimals: 2,
          direction: 'higher_is_better',
          computed: false,
          elements: [
            {
              code: 'XA_CAP_QUANG',
              name: 'Số xã, phường, thị trấn được kết nối cáp quang đến trung tâm',
              nameEn: 'Communes with fibre to the centre',
              valueType: 'integer',
              periodType: 'semiannual',
              unitOfMeasure: 'xã',
              usedIn: ['numerator'],
              derivedFrom: null,
            },
            {
              code: 'XA_TONG',
              name: 'Tổng số xã, phường, thị trấn',
              nameEn: 'Communes, total',
              valueType: 'integer',
              periodType: 'semiannual',
              unitOfMeasure: 'xã',
              usedIn: ['denominator'],
              derivedFrom: null,
            },
          ],
          plans: [
            {
              code: 'LD_KH_2024',
              name: 'Kế hoạch chuyển đổi số năm 2024 tỉnh Lâm Đồng',
              nameEn: 'Lam Dong DX plan 2024',
              legalBasis: null,
              unitCode: '68',
              unitName: 'Lâm Đồng',
              startPeriod: '2024',
              endPeriod: '2024',
              targetCount: 3,
              targets: [{ unit: '68', period: '2024', value: 95, comparison: '>=', group: 'Hạ tầng số', label: 'Mục tiêu 2024' }],
            },
            {
              code: 'P_GHOST',
              name: 'Kế hoạch ma',
              nameEn: 'Ghost plan',
              legalBasis: null,
              unitCode: 'QQ',
              unitName: null,
              startPeriod: '2019',
              endPeriod: '2019',
              targetCount: 1,
              targets: [{ unit: 'QQ', period: '2019', value: 1, comparison: '>=', group: null, label: null }],
            },
            {
              code: 'QD749',
              name: 'Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030',
              nameEn: 'National Digital Transformation Programme to 2025, orientation to 2030',
              legalBasis: 'Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ',
              unitCode: 'VN',
              unitName: 'Việt Nam',
              startPeriod: '2020',
              endPeriod: '2025',
              targetCount: 8,
              targets: [
                { unit: 'VN', period: '2025', value: 100, comparison: '>=', group: 'Xã hội số', label: 'Mục tiêu đến năm 2025, Quyết định 749/QĐ-TTg' },
              ],
            },
          ],
        });
      });

      it('an element on both sides of the formula is listed once, used in both; a rank is lower-is-better with 0 decimals', async () => {
        const both = await body<{ elements: Array<{ code: string; usedIn: string[] }>; plans: unknown[] }>('/indicators/CT_XA_CAP_QUANG_TREN_TONG');
        expect(both.elements.map((e) => [e.code, e.usedIn])).toEqual([
          ['XA_CAP_QUANG', ['numerator', 'denominator']],
          ['XA_TONG', ['denominator']],
        ]);
        expect(both.plans).toEqual([]);
        const rank = await body<Record<string, unknown>>('/indicators/CT_DTI_XEP_HANG', 'reporter');
        expect(rank).toMatchObject({
          denominator: null,
          factor: 1,
          unitOfMeasure: 'hạng',
          decimals: 0,
          direction: 'lower_is_better',
          elements: [{ code: 'DTI_XEP_HANG', usedIn: ['numerator'] }],
          plans: [],
        });
      });

      it('404 for an unknown code, 400 for a code that cannot be one', async () => {
        const unknown = await get('/indicators/KHONG_CO', 'viewer');
        expect([unknown.statusCode, unknown.json().error.code]).toEqual([404, 'INDICATOR_NOT_FOUND']);
        const bad = await get('/indicators/a%20b', 'viewer');
        expect([bad.statusCode, bad.json().error.code]).toEqual([400, 'BAD_REQUEST']);
        expect((await get('/indicators/CT_XA_CAP_QUANG?x=1', 'viewer')).statusCode).toBe(400);
      });
    });

    describe('GET /plans and /plans/{code}', () => {
      it('filters by unit, by periods overlapping a range, and by text', async () => {
        expect(codes(await body('/plans?unit=58'))).toEqual(['NT_KH_CDS_2023']);
        expect(codes(await body('/plans?unit=58', 'reporter'))).toEqual([]);
        // A plan without periods (KH_CHUNG) is open on both sides.
        expect(codes(await body('/plans?from=2023&to=2023'))).toEqual(['BK_DE_AN_CDS_2022_2025', 'KH_CHUNG', 'NT_KH_CDS_2023', 'QD749']);
        expect(codes(await body('/plans?from=2024S1'))).toEqual(['BK_DE_AN_CDS_2022_2025', 'KH_CHUNG', 'LD_KH_2024', 'QD749']);
        expect(codes(await body('/plans?to=2021'))).toEqual(['KH_CHUNG', 'P_GHOST', 'QD749']);
        expect(codes(await body('/plans?from=202212&to=2022Q4'))).toEqual(['BK_DE_AN_CDS_2022_2025', 'DN_KH_CDS_2022', 'KH_CHUNG', 'QD749', 'UBQG_KH_2022']);
        expect(codes(await body('/plans?q=dak%20nong'))).toEqual(['DN_KH_CDS_2022']);
        expect(codes(await body('/plans?q=749%2FQ%C4%90-TTg'))).toEqual(['QD749']); // the legal basis
        const page = await body('/plans?limit=2&offset=2', 'viewer');
        expect([codes(page), page.total]).toEqual([ALL_PLANS.slice(2, 4), ALL_PLANS.length]);
      });

      it('refuses a period that is not one, and a range that ends before it starts', async () => {
        for (const [url, field] of [
          ['/plans?from=2023M1', 'from'],
          ['/plans?to=1800', 'to'],
          ['/plans?from=2024&to=2023', 'to'],
          ['/plans?from=2023Q5', 'from'],
        ] as const) {
          const res = await get(url, 'admin');
          expect([res.statusCode, res.json().error.code], url).toEqual([400, 'BAD_REQUEST']);
          expect(res.json().error.message, url).toContain(`"${field}"`);
        }
      });

      it('a plan with its targets grouped as the plan files them, each with its indicator; ungrouped targets last', async () => {
        const plan = await body<Record<string, unknown>>('/plans/LD_KH_2024', 'approver');
        const indicator = (code: string) => {
          const i = DEMO_INDICATORS.find((d) => d.code === code)!;
          return { code, name: i.name, nameEn: i.nameEn, unitOfMeasure: i.unitOfMeasure, decimals: i.decimals, direction: i.direction };
        };
        expect(plan).toEqual({
          code: 'LD_KH_2024',
          name: 'Kế hoạch chuyển đổi số năm 2024 tỉnh Lâm Đồng',
          nameEn: 'Lam Dong DX plan 2024',
          legalBasis: null,
          unitCode: '68',
          unitName: 'Lâm Đồng',
          startPeriod: '2024',
          endPeriod: '2024',
          targetCount: 3,
          groups: [
            {
              group: 'Hạ tầng số',
              targets: [
                { indicator: indicator('CT_XA_CAP_QUANG'), unit: '68', period: '2024', value: 95, comparison: '>=', label: 'Mục tiêu 2024' },
                { indicator: indicator('CT_THON_BANG_RONG'), unit: '68', period: '2024', value: 90, comparison: '>=', label: null },
              ],
            },
            { group: null, targets: [{ indicator: indicator('CT_HS_TRUC_TUYEN'), unit: '68', period: '2024S1', value: 80, comparison: '>=', label: null }] },
          ],
        });
      });

      it('the national programme: its three groups in the order given, every target with its indicator', async () => {
        const plan = await body<{
          groups: Array<{ group: string; targets: Array<{ indicator: { code: string; name: string }; value: number }> }>;
          unitName: string;
        }>('/plans/QD749', 'viewer');
        expect(plan.unitName).toBe('Việt Nam');
        const seed = DEMO_PLANS.find((p) => p.code === 'QD749')!;
        expect(plan.groups.map((g) => g.group)).toEqual(['Chính phủ số', 'Kinh tế số', 'Xã hội số']);
        expect(plan.groups.flatMap((g) => g.targets.map((t) => [g.group, t.indicator.code, t.value]))).toEqual(
          seed.targets.map((t) => [t.group, t.indicator, t.value]),
        );
        expect(plan.groups[0]!.targets[0]!.indicator.name).toBe(DEMO_INDICATORS.find((i) => i.code === seed.targets[0]!.indicator)!.name);
        const empty = await body<{ groups: unknown[]; targetCount: number }>('/plans/DN_KH_CDS_2022', 'reporter');
        expect([empty.groups, empty.targetCount]).toEqual([[], 0]);
      });

      it('404 for an unknown plan; the plan and its status are two routes', async () => {
        const unknown = await get('/plans/KHONG_CO', 'admin');
        expect([unknown.statusCode, unknown.json().error.code]).toEqual([404, 'PLAN_NOT_FOUND']);
        expect((await body<Record<string, unknown>>('/plans/NT_KH_CDS_2023/status', 'token')).plan).toBe('NT_KH_CDS_2023');
        expect(Object.keys(await body<Record<string, unknown>>('/plans/NT_KH_CDS_2023', 'token'))).toEqual([
          'code',
          'name',
          'nameEn',
          'legalBasis',
          'unitCode',
          'unitName',
          'startPeriod',
          'endPeriod',
          'targetCount',
          'groups',
        ]);
      });
    });
  },
  { demo: true },
);
