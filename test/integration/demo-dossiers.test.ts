/**
 * The demo's one-stop-shop dossiers (app/demo/seed-dossiers.ts) against seed article 004: Ninh Thuận (58) at 2023S1
 * shows "tỷ lệ hồ sơ … trực tuyến đạt 81,17%" and "lĩnh vực đất đai (2,06%)" computed from 75.000 simulated
 * dossiers through the one analytics query, the drill-down lists the 200 land dossiers received online, the
 * breakdown by field agrees, a pushed dossier moves the figure at once, and a second demo run writes nothing.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeEachDialect } from '../helpers/stores.ts';
import { ensureDemoDossiers } from '../../src/app/demo/seed-dossiers.ts';
import { DEMO_ACTOR } from '../../src/app/demo/record-figures.ts';
import { DEMO_PASSWORD } from '../../src/app/demo/users.ts';
import { queryIndicator } from '../../src/app/analytics/indicator-query.ts';
import { buildApp } from '../../src/server/app.ts';
import { login } from '../helpers/auth.ts';
import { targetStatuses } from '../../src/compute/analytics/target-statuses.ts';

describeEachDialect(
  'the demo dossiers (hồ sơ TTHC), true to the seeds',
  (ctx) => {
    let app: FastifyInstance;
    beforeAll(async () => {
      app = buildApp({ store: ctx.store });
    });
    afterAll(async () => app?.close());

    const figure = async (indicator: string, unit: string, period: string) =>
      (await queryIndicator(ctx.store, { indicator, unit, periods: [period] }, DEMO_ACTOR)).rows[0] ?? null;

    it('Ninh Thuận, 6 tháng đầu 2023: 81,17% online, land 2,06%, computed from the records', async () => {
      const online = await figure('CT_HS_TTHC_TRUC_TUYEN_TINH', '58', '2023S1');
      expect(online).toMatchObject({ numerator: 60878, denominator: 75000 });
      expect(online!.value!.toFixed(2)).toBe('81.17');
      const land = await figure('CT_HS_DAT_DAI_TRUC_TUYEN', '58', '2023S1');
      expect(land).toMatchObject({ numerator: 200, denominator: 9700 });
      expect(land!.value!.toFixed(2)).toBe('2.06');
      expect((await figure('CT_HS_TTHC_TRUC_TUYEN_TINH', '58', '2023'))!.value!.toFixed(2)).toBe('81.17');
    });

    it("the 2023 plan's online-rate target (≥ 70%) is judged on the computed rate: met, 11,17 points above", async () => {
      const status = await targetStatuses(ctx.store.db, { plan: 'NT_KH_CDS_2023', asOf: '2024-01-15' });
      const row = status.targets.find((t) => t.indicator === 'CT_HS_TTHC_TRUC_TUYEN_TINH');
      expect(row).toMatchObject({ unit: '58', period: '2023', target: 70, status: 'exceeded' });
      expect(row!.value!.toFixed(2)).toBe('81.17');
      expect(row!.gap!.toFixed(2)).toBe('11.17');
      expect(status.targets.some((t) => t.indicator === 'CT_HS_TRUC_TUYEN')).toBe(false);
    });

    it('drills down to the records, breaks down by field, and every record says simulated', async () => {
      const { headers } = await login(app, 'lanhdao', DEMO_PASSWORD);
      const get = async (url: string) => (await app.inject({ method: 'GET', url: `/api/v1${url}`, headers })).json();
      const records = await get('/registries/records?element=HS_DAT_DAI_TRUC_TUYEN&unit=58&period=2023S1&limit=500');
      expect(records.total).toBe(200);
      expect(records.items).toHaveLength(200);
      expect(records.items.every((r: { simulated: boolean }) => r.simulated)).toBe(true);
      // The whole list as CSV, for Excel (BOM), one line per record, each saying simulated.
      const csv = await app.inject({
        method: 'GET',
        url: '/api/v1/registries/records?element=HS_DAT_DAI_TRUC_TUYEN&unit=58&period=2023S1&format=csv',
        headers,
      });
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.headers['content-disposition']).toBe('attachment; filename="HS_DAT_DAI_TRUC_TUYEN-58-2023S1.csv"');
      const lines = csv.body.trimEnd().split('\r\n');
      expect(lines[0]!.startsWith('\uFEFFMã hồ sơ / id,')).toBe(true);
      expect(lines.slice(1)).toHaveLength(200);
      expect(lines.slice(1).every((line) => line.endsWith(',có'))).toBe(true);
      expect(new Set(lines.slice(1).map((line) => line.split(',')[0]))).toEqual(new Set(records.items.map((r: { id: string }) => r.id)));
      // The computed rate says so (the screens show "Đếm từ hồ sơ", not a reporting coverage); the typed one does not.
      const indicators = await get('/indicators?q=CT_HS&limit=100');
      const computed = Object.fromEntries(indicators.items.map((i: { code: string; computed: boolean }) => [i.code, i.computed]));
      expect(computed).toMatchObject({ CT_HS_TTHC_TRUC_TUYEN_TINH: true, CT_HS_DAT_DAI_TRUC_TUYEN: true, CT_HS_TRUC_TUYEN: false });
      expect((await get('/indicators/CT_HS_TTHC_TRUC_TUYEN_TINH')).computed).toBe(true);
      const summary = await get('/dossiers/summary?unit=58&period=2023S1');
      expect(summary.lastReceived).toBeNull();
      // An empty period points to the last day a dossier of the unit was received (the screen links to that year).
      for (const empty of ['unit=58&period=2022', 'unit=VN&period=2025&view=now'])
        expect(await get(`/dossiers/summary?${empty}`), empty).toMatchObject({ received: 0, lastReceived: '2023-12-29' });
      expect(summary).toMatchObject({ received: 75000, online: 60878, onlineRate: 81.17 });
      expect(summary.byField.find((f: { field: string }) => f.field === 'DAT_DAI')).toMatchObject({
        name: 'Đất đai',
        received: 9700,
        online: 200,
        onlineRate: 2.06,
      });
      const list = await get('/dossiers?unit=58&period=2023S1&field=DAT_DAI&channel=online&limit=5');
      expect(list.total).toBe(200);
      expect(list.items[0]).toMatchObject({ field: 'DAT_DAI', channel: 'online', simulated: true });
    });

    it('moves the figure as soon as a dossier is pushed, and a second demo run writes nothing', async () => {
      const { headers } = await login(app, 'admin', DEMO_PASSWORD);
      const push = await app.inject({
        method: 'POST',
        url: '/api/v1/dossiers/batches',
        headers,
        payload: {
          source: 'MOTCUA_58',
          dossiers: [{ sourceId: 'THAT-1', procedureCode: 'DAT_DAI.001', field: 'DAT_DAI', channel: 'online', unit: '58', receivedOn: '2023-05-10' }],
        },
      });
      expect(push.statusCode, push.body).toBe(200);
      expect(push.json()).toMatchObject({ created: 1 });
      expect(await figure('CT_HS_DAT_DAI_TRUC_TUYEN', '58', '2023S1')).toMatchObject({ numerator: 201, denominator: 9701 });
      expect(await ensureDemoDossiers(ctx.store)).toEqual([]);
      const anonymous = await app.inject({ method: 'GET', url: '/api/v1/dossiers/summary?unit=58&period=2023S1' });
      expect(anonymous.statusCode).toBe(401);
    });
  },
  { demo: true },
);
