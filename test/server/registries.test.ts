/**
 * The registries' shared routes over the demo, on both databases (issue 13): a unit's figures counted from the
 * registries (GET /registries/figures — Ninh Thuận 2023S1: 18 products registered, 1 completed, 65 commune teams
 * with 840 members, 446 village teams with 2,439), the drill-down to the records behind a figure (GET
 * /registries/records: the records add up to the number, no member's name or phone), the refresh (admins only,
 * idempotent), and the 401/403 matrix over the three.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { DEMO_PASSWORD } from '../../src/app/demo/users.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { login } from '../helpers/auth.ts';

describeEachDialect(
  'server: registry figures, their records and the refresh',
  (ctx) => {
    let app: FastifyInstance;
    const as: Record<string, Record<string, string>> = {};
    const WHO = ['admin', 'lanhdao', 'baocao.daknong', 'pheduyet.lamdong'] as const;
    const get = (url: string, who: (typeof WHO)[number] | 'anonymous') =>
      app.inject({ method: 'GET', url: `/api/v1${url}`, headers: who === 'anonymous' ? {} : as[who] });

    beforeAll(async () => {
      app = buildApp({ store: ctx.store, today: () => '2026-01-15' });
      await app.ready();
      for (const who of WHO) as[who] = (await login(app, who, DEMO_PASSWORD)).headers;
    });
    afterAll(async () => app?.close());

    it('gives Ninh Thuận’s 2023S1 figures counted from the registries, each with the element to drill down from', async () => {
      const answer = await get('/registries/figures?unit=58&period=2023S1', 'lanhdao');
      expect(answer.statusCode).toBe(200);
      const value = (indicator: string) => answer.json().items.find((i: { indicator: string }) => i.indicator === indicator)?.value;
      expect(value('CT_SP_CDS_DANG_KY')).toBe(18);
      expect(value('CT_SP_CDS_HOAN_THANH')).toBe(1);
      expect(value('CT_TCNS_XA_SO_TO')).toBe(65);
      expect(value('CT_TCNS_XA_THANH_VIEN')).toBe(840);
      expect(value('CT_TCNS_THON_SO_TO')).toBe(446);
      expect(value('CT_TCNS_THON_THANH_VIEN')).toBe(2439);
      expect(answer.json().unit).toEqual({ code: '58', name: expect.stringContaining('Ninh Thuận') });
    });

    it('drills down to records that add up to the figure, without any member’s name or phone', async () => {
      const completed = await get('/registries/records?element=SP_CDS_HOAN_THANH&unit=58&period=2023S1', 'lanhdao');
      expect(completed.statusCode).toBe(200);
      expect(completed.json()).toMatchObject({ registry: 'products', total: 1 });
      expect(completed.json().items[0]).toMatchObject({ state: 'completed', simulated: true, unit: '58', unitName: expect.stringContaining('Ninh Thuận') });
      const members = await get('/registries/records?element=TCNS_XA_THANH_VIEN&unit=58&period=2023S1&limit=500', 'admin');
      expect(members.json().total).toBe(65);
      expect(members.json().items.reduce((n: number, r: { counts: number }) => n + r.counts, 0)).toBe(840);
      expect(members.body).not.toMatch(/Thành viên mô phỏng|09000/);
      // Paged: the second page goes on where the first ended.
      const page = await get('/registries/records?element=TCNS_XA_THANH_VIEN&unit=58&period=2023S1&limit=50&offset=50', 'admin');
      expect(page.json().items).toHaveLength(15);
      // A reported element is not a registry figure.
      expect((await get('/registries/records?element=XA_CAP_QUANG&unit=58&period=2023', 'admin')).json().error.code).toBe('RECORD_NOT_FOUND');
    });

    it('answers 401 anonymously and 403 to a reporter outside the unit', async () => {
      for (const url of ['/registries/figures?unit=58&period=2023S1', '/registries/records?element=SP_CDS_HOAN_THANH&unit=58&period=2023S1']) {
        expect((await get(url, 'anonymous')).statusCode).toBe(401);
        expect((await get(url, 'baocao.daknong')).statusCode).toBe(403);
        expect((await get(url, 'pheduyet.lamdong')).statusCode).toBe(403);
        expect((await get(url, 'admin')).statusCode).toBe(200);
      }
      expect((await get('/registries/figures?unit=67&period=2023', 'baocao.daknong')).statusCode).toBe(200);
    });

    it('refreshes every derived value for an administrator only, and a refresh after the demo changes nothing', async () => {
      const post = (who: (typeof WHO)[number] | 'anonymous') =>
        app.inject({ method: 'POST', url: '/api/v1/registries/refresh', headers: who === 'anonymous' ? {} : as[who] });
      expect((await post('anonymous')).statusCode).toBe(401);
      expect((await post('lanhdao')).statusCode).toBe(403);
      expect((await post('baocao.daknong')).statusCode).toBe(403);
      const answer = await post('admin');
      expect(answer.statusCode).toBe(200);
      const registries = answer.json().registries as Array<{ registry: string; created: number; updated: number; unchanged: number }>;
      expect(registries.map((r) => r.registry).sort()).toEqual(['dossiers', 'feedback', 'products', 'tasks', 'teams']);
      for (const r of registries) expect(r.unchanged).toBeGreaterThan(0);
      expect(registries.find((r) => r.registry === 'teams')).toMatchObject({ created: 0, updated: 0 });
      expect(registries.find((r) => r.registry === 'products')).toMatchObject({ created: 0, updated: 0 });
    });
  },
  { demo: true },
);
