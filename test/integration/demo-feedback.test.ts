/**
 * The demo's citizen feedback (app/demo/seed-feedback.ts): simulated DAKNONG-C reports at points inside the
 * communes of Lâm Đồng that took in the former Đắk Nông, each routed by its point to the commune containing it,
 * counted into the derived elements (handled, on time, satisfied) and rolled up to Lâm Đồng (68); every report
 * says simulated; the public page shows their answers without personal data; a second run writes nothing; the public form's
 * commune picker and a report naming only a commune.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeEachDialect } from '../helpers/stores.ts';
import { DEMO_ACTOR } from '../../src/app/demo/record-figures.ts';
import { DEMO_PASSWORD } from '../../src/app/demo/users.ts';
import { ensureDemoFeedback } from '../../src/app/demo/seed-feedback.ts';
import { queryIndicator } from '../../src/app/analytics/indicator-query.ts';
import { unitContaining } from '../../src/app/feedback/routing.ts';
import { categoryOf } from '../../src/domain/feedback.ts';
import { buildApp } from '../../src/server/app.ts';
import { login } from '../helpers/auth.ts';

describeEachDialect(
  'the demo citizen feedback (phản ánh hiện trường, mô phỏng)',
  (ctx) => {
    let app: FastifyInstance;
    beforeAll(async () => {
      app = buildApp({ store: ctx.store });
    });
    afterAll(async () => app?.close());

    it('routes every report to the commune containing its point, and the figures equal the counts over the records', async () => {
      const db = ctx.store.db;
      const rows = await db.selectFrom('feedbackReports').select(['unit', 'category', 'lat', 'long', 'filedOn', 'simulated']).execute();
      expect(rows.length).toBeGreaterThan(2000);
      expect(rows.every((r) => r.simulated === 1)).toBe(true);
      for (const r of rows.slice(0, 60)) {
        const level = categoryOf(r.category)!.route;
        expect(await unitContaining(db, level, { lat: Number(r.lat), long: Number(r.long) }, r.filedOn)).toBe(level === 'province' ? '68' : r.unit);
      }
      // A province-level report whose point falls, by the province layer's coarser line, in a neighbour is that neighbour's.
      const handled = await db
        .selectFrom('feedbackReports')
        .select(['onTime'])
        .where((eb) => eb.or([eb('unit', '=', '68'), eb('category', 'not in', ['DICH_VU_CONG', 'VIEN_THONG', 'KHAC'])]))
        .where('state', '=', 'handled')
        .where('handledOn', '>=', '2025-01-01')
        .where('handledOn', '<=', '2025-12-31')
        .execute();
      const figure = async (indicator: string) => (await queryIndicator(ctx.store, { indicator, unit: '68', periods: ['2025'] }, DEMO_ACTOR)).rows[0];
      const onTime = await figure('CT_PA_DUNG_HAN');
      expect(onTime?.denominator).toBe(handled.length);
      expect(onTime?.numerator).toBe(handled.filter((r) => r.onTime === 1).length);
      expect(onTime!.value!).toBeGreaterThan(85);
      const satisfied = await figure('CT_PA_HAI_LONG');
      expect(satisfied!.value!).toBeGreaterThan(60);
    });

    it('answers the ranking per commune and the public page without personal data; a second run writes nothing', async () => {
      const { headers } = await login(app, 'lanhdao', DEMO_PASSWORD);
      const kpis = (await app.inject({ method: 'GET', url: '/api/v1/feedback/kpis?unit=68&period=2025', headers })).json();
      expect(kpis.items.length).toBeGreaterThan(10);
      expect(kpis.items[0]).toMatchObject({ rank: 1, ranked: true });
      const page = await app.inject({ method: 'GET', url: '/api/v1/public/feedback?limit=5' });
      expect(page.statusCode).toBe(200);
      expect(page.json().items).toHaveLength(5);
      expect(page.json().items.every((i: { simulated: boolean; answer: string }) => i.simulated && i.answer.includes('mô phỏng'))).toBe(true);
      expect(page.body).not.toMatch(/reporterName|reporterContact/);
      expect(await ensureDemoFeedback(ctx.store)).toEqual([]);
    });

    it('the public form finds a commune by its name without accents, and a report naming only that commune is routed to it', async () => {
      const places = async (q: string) =>
        (await app.inject({ method: 'GET', url: `/api/v1/public/feedback/places?q=${encodeURIComponent(q)}` })).json() as {
          items: Array<{ code: string; name: string; province: string | null }>;
        };
      const found = await places('bac gia nghia');
      expect(found.items).toEqual([{ code: '24611', name: 'Bắc Gia Nghĩa', province: 'Lâm Đồng' }]);
      expect((await places('Bắc Gia Nghĩa')).items).toEqual(found.items);
      expect((await places('khong co xa nao ten nay')).items).toEqual([]);
      const tooShort = await app.inject({ method: 'GET', url: '/api/v1/public/feedback/places?q=a' });
      expect(tooShort.statusCode).toBe(400);
      const filed = await app.inject({
        method: 'POST',
        url: '/api/v1/public/feedback',
        payload: { category: 'GIAO_THONG', description: 'Ổ gà lớn trước chợ, xe máy dễ ngã.', unit: '24611' },
      });
      expect(filed.statusCode, filed.body).toBe(200);
      expect(filed.json()).toMatchObject({ state: 'moderation', unit: '24611' });
      const nowhere = await app.inject({
        method: 'POST',
        url: '/api/v1/public/feedback',
        payload: { category: 'GIAO_THONG', description: 'Ổ gà lớn trước chợ.' },
      });
      expect(nowhere.statusCode).toBe(422);
      expect(nowhere.json().error.details[0].field).toBe('address');
    });
  },
  { demo: true },
);
