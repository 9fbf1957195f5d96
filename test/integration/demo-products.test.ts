/**
 * The demo's DX products registry (app/demo/seed-products.ts) against seed article 004: Ninh Thuận (58) at
 * 2023S1 shows 18 registered, 1 completed and 18 owners with a product, computed from the records through the one
 * analytics query, and GET /api/v1/registries/records lists exactly 18 and 1 records behind them; Thuận Nam is the
 * district without a product; a second demo run writes nothing.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeEachDialect } from '../helpers/stores.ts';
import { ensureDemoProducts } from '../../src/app/demo/seed-products.ts';
import { DEMO_ACTOR } from '../../src/app/demo/record-figures.ts';
import { DEMO_PASSWORD } from '../../src/app/demo/users.ts';
import { queryIndicator } from '../../src/app/analytics/indicator-query.ts';
import { unitsWithoutProduct } from '../../src/app/products/check.ts';
import { listProducts } from '../../src/app/products/list.ts';
import { buildApp } from '../../src/server/app.ts';
import { login } from '../helpers/auth.ts';

describeEachDialect(
  'the demo DX products (sản phẩm CĐS), true to the seeds',
  (ctx) => {
    let app: FastifyInstance;
    beforeAll(async () => {
      app = buildApp({ store: ctx.store });
    });
    afterAll(async () => app?.close());

    const figure = async (indicator: string, unit: string, period: string) =>
      (await queryIndicator(ctx.store, { indicator, unit, periods: [period] }, DEMO_ACTOR)).rows[0]?.value ?? null;

    it('Ninh Thuận, 6 tháng đầu 2023: 18 đã đăng ký, 1 hoàn thành, computed from the registry', async () => {
      expect(await figure('CT_SP_CDS_DANG_KY', '58', '2023S1')).toBe(18);
      expect(await figure('CT_SP_CDS_HOAN_THANH', '58', '2023S1')).toBe(1);
      expect(await figure('CT_SP_CDS_DON_VI_CO_SP', '58', '2023S1')).toBe(18);
      expect(await figure('CT_SP_CDS_DANG_THUC_HIEN', '58', '2023S1')).toBe(9);
      expect(await figure('CT_SP_CDS_HOAN_THANH', '58', '2023Q1')).toBe(null);
      const list = await listProducts(ctx.store, DEMO_ACTOR, { unit: '58', year: 2023 }, '2023-06-30');
      expect(list.counts).toMatchObject({
        registered: 18,
        completed: 1,
        byLevel: { province: { registered: 12, completed: 1 }, district: { registered: 6, completed: 0 } },
      });
      expect(list.items.every((p) => p.simulated)).toBe(true);
    });

    it('lists the 18 and the 1 records behind the numbers', async () => {
      const { headers } = await login(app, 'lanhdao', DEMO_PASSWORD);
      const records = async (element: string) =>
        (await app.inject({ method: 'GET', url: `/api/v1/registries/records?element=${element}&unit=58&period=2023S1&limit=100`, headers })).json();
      const registered = await records('SP_CDS_DANG_KY');
      expect(registered.total).toBe(18);
      expect(registered.items).toHaveLength(18);
      expect(registered.items.every((r: { simulated: boolean }) => r.simulated)).toBe(true);
      const completed = await records('SP_CDS_HOAN_THANH');
      expect(completed.total).toBe(1);
      expect(completed.items[0]).toMatchObject({ unit: '58', state: 'completed', date: '2023-06-20', counts: 1 });
      expect(completed.items[0].title).toContain('Sở Thông tin và Truyền thông');
    });

    it('names the district without a product; agencies without one are not knowable', async () => {
      const check = await unitsWithoutProduct(ctx.store, DEMO_ACTOR, { unit: '58', year: 2023, level: 'district' });
      expect(check).toMatchObject({ total: 7, withProduct: 6, agencies: { knowable: false } });
      expect(check.units.map((u) => u.code)).toEqual(['589']);
      expect(check.agencies.registered).toHaveLength(12);
    });

    it('a second run writes nothing', async () => {
      expect(await ensureDemoProducts(ctx.store)).toEqual([]);
      expect(await figure('CT_SP_CDS_DANG_KY', '58', '2023S1')).toBe(18);
    });
  },
  { demo: true },
);
