/**
 * The administrators' metadata writes on the demo data: PUT /data-elements/{code}, PUT /indicators/{code} and the
 * formula editor's POST /indicators/formula-check. Who may (401 without a caller, 403 for every role but admin and
 * for a token), created 201 / updated 200 / unchanged 200 with an audit event per change and none for no change,
 * problems naming the body's fields (and the formula position), kept answers refreshed after a write, and the
 * preview equal to the analytics query's value of the stored indicator with the same formula.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { ensureDemoData } from '../../src/app/demo/index.ts';
import { DEMO_PASSWORD } from '../../src/app/demo/users.ts';
import { listAuditEvents } from '../../src/store/audit.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { createToken, login } from '../helpers/auth.ts';

const TODAY = '2025-08-15';
type Who = 'admin' | 'viewer' | 'approver' | 'reporter' | 'token';
const USERNAMES: Record<Exclude<Who, 'token'>, string> = { admin: 'admin', viewer: 'lanhdao', approver: 'pheduyet.lamdong', reporter: 'baocao.daknong' };

const ELEMENT = {
  name: 'Số điểm phát Wi-Fi công cộng miễn phí',
  nameEn: 'Free public Wi-Fi hotspots',
  valueType: 'integer',
  timeAggregation: 'last',
  hierarchyAggregation: 'sum',
  periodType: 'yearly',
  unitOfMeasure: 'điểm',
};
const INDICATOR = {
  name: 'Tỷ lệ xã có cáp quang (thử)',
  nameEn: 'Communes with fibre (test)',
  numerator: '#{XA_CAP_QUANG}',
  denominator: '#{XA_TONG}',
  factor: 100,
  unitOfMeasure: '%',
  decimals: 1,
  direction: 'higher_is_better',
};

describeEachDialect(
  'metadata writes: data elements, indicators, the formula check',
  (ctx) => {
    let app: FastifyInstance;
    const headers = {} as Record<Who, Record<string, string>>;
    const send = (method: 'PUT' | 'POST' | 'GET', url: string, who?: Who, payload?: unknown) =>
      app.inject({ method, url: `/api/v1${url}`, headers: who ? headers[who] : {}, ...(payload !== undefined ? { payload: payload as object } : {}) });
    const audit = (entity: string, entityKey: string) => listAuditEvents(ctx.store.db, [{ entity, entityKey }]);

    beforeAll(async () => {
      await ensureDemoData(ctx.store);
      app = buildApp({ store: ctx.store, today: () => TODAY });
      for (const [who, username] of Object.entries(USERNAMES) as Array<[Who, string]>) headers[who] = (await login(app, username, DEMO_PASSWORD)).headers;
      headers.token = { authorization: `Bearer ${await createToken(ctx.store, { name: 'he-thong-ninh-thuan', units: ['58'] })}` };
    }, 300_000);
    afterAll(async () => app?.close());

    const routes: Array<[string, 'PUT' | 'POST', string, unknown]> = [
      ['PUT data element', 'PUT', '/data-elements/WIFI_CONG_CONG', ELEMENT],
      ['PUT indicator', 'PUT', '/indicators/CT_THU_CAP_QUANG', INDICATOR],
      ['formula check', 'POST', '/indicators/formula-check', { numerator: '#{XA_CAP_QUANG}' }],
    ];

    it.each(routes)('%s: 401 without a caller, 403 for every role but admin and for a token', async (_name, method, url, payload) => {
      expect((await send(method, url, undefined, payload)).statusCode).toBe(401);
      for (const who of ['viewer', 'approver', 'reporter', 'token'] as const) {
        const res = await send(method, url, who, payload);
        expect(res.statusCode, `${url} as ${who}: ${res.body}`).toBe(403);
        expect(res.json().error.code).toBe('FORBIDDEN');
      }
      expect((await audit('data_element', 'WIFI_CONG_CONG')).length + (await audit('indicator', 'CT_THU_CAP_QUANG')).length).toBe(0);
    });

    describe('PUT /data-elements/{code}', () => {
      it('creates (201), updates (200) and leaves an unchanged element alone, with one audit event per change', async () => {
        const created = await send('PUT', '/data-elements/WIFI_CONG_CONG', 'admin', ELEMENT);
        expect(created.statusCode, created.body).toBe(201);
        expect(created.json()).toMatchObject({ code: 'WIFI_CONG_CONG', name: ELEMENT.name, valueType: 'integer', minValue: 0, maxValue: null });
        const updated = await send('PUT', '/data-elements/WIFI_CONG_CONG', 'admin', { ...ELEMENT, code: 'WIFI_CONG_CONG', name: 'Điểm Wi-Fi công cộng' });
        expect(updated.statusCode, updated.body).toBe(200);
        expect(updated.json().name).toBe('Điểm Wi-Fi công cộng');
        expect((await send('PUT', '/data-elements/WIFI_CONG_CONG', 'admin', { ...ELEMENT, name: 'Điểm Wi-Fi công cộng' })).statusCode).toBe(200);

        const events = await audit('data_element', 'WIFI_CONG_CONG');
        expect(events.map((e) => [e.action, e.actorName, e.source])).toEqual([
          ['created', 'admin', 'admin'],
          ['updated', 'admin', 'admin'],
        ]);
        expect(events[0]!.before).toBeNull();
        expect(events[1]!.before).toMatchObject({ name: ELEMENT.name });
        expect(events[1]!.after).toMatchObject({ name: 'Điểm Wi-Fi công cộng' });
      });

      it('a kept list answer shows the change at once', async () => {
        const url = '/data-elements?q=wifi cong cong';
        expect((await send('GET', url, 'viewer')).json().items.map((i: { name: string }) => i.name)).toEqual(['Điểm Wi-Fi công cộng']);
        expect((await send('PUT', '/data-elements/WIFI_CONG_CONG', 'admin', { ...ELEMENT, name: 'Điểm phát Wi-Fi công cộng' })).statusCode).toBe(200);
        expect((await send('GET', url, 'viewer')).json().items.map((i: { name: string }) => i.name)).toEqual(['Điểm phát Wi-Fi công cộng']);
      });

      it('422 naming every field with a problem, nothing written', async () => {
        // A field the body does not list is refused by its schema, like every request of the API: 400 naming it.
        const unknown = await send('PUT', '/data-elements/WIFI_HONG', 'admin', { ...ELEMENT, extra: 1 });
        expect(unknown.statusCode).toBe(400);
        expect(JSON.stringify(unknown.json().error)).toContain('extra');
        const res = await send('PUT', '/data-elements/WIFI_HONG', 'admin', { name: ' ', valueType: 'percentage', periodType: 'yearly', maxValue: 150 });
        expect(res.statusCode, res.body).toBe(422);
        const fields = res.json().error.details.map((d: { field: string }) => d.field);
        expect(fields).toEqual(expect.arrayContaining(['name', 'nameEn', 'timeAggregation', 'hierarchyAggregation', 'maxValue']));
        expect(fields).not.toContain('valueType');
        expect((await send('GET', '/data-elements?q=WIFI_HONG', 'admin')).json().total).toBe(0);
        expect(await audit('data_element', 'WIFI_HONG')).toEqual([]);
      });

      it('a wrong type is 400 naming the field; a body code other than the path 422 on code', async () => {
        const wrongType = await send('PUT', '/data-elements/WIFI_CONG_CONG', 'admin', { ...ELEMENT, minValue: 'một' });
        expect(wrongType.statusCode).toBe(400);
        expect(JSON.stringify(wrongType.json().error)).toContain('minValue');
        const mismatch = await send('PUT', '/data-elements/WIFI_CONG_CONG', 'admin', { ...ELEMENT, code: 'KHAC' });
        expect(mismatch.statusCode).toBe(422);
        expect(mismatch.json().error.details.map((d: { field: string }) => d.field)).toEqual(['code']);
      });

      it('refuses to change the value type of an element with stored values, naming valueType', async () => {
        const current = (await send('GET', '/data-elements?q=XA_CAP_QUANG', 'admin')).json().items.find((i: { code: string }) => i.code === 'XA_CAP_QUANG');
        const { code: _code, minValue: _min, maxValue: _max, ...rest } = current;
        const res = await send('PUT', '/data-elements/XA_CAP_QUANG', 'admin', { ...rest, valueType: 'text' });
        expect(res.statusCode, res.body).toBe(422);
        expect(res.json().error.details.map((d: { field: string }) => d.field)).toContain('valueType');
      });
    });

    describe('PUT /indicators/{code}', () => {
      it('creates and updates with audit; the new indicator answers the analytics query', async () => {
        const created = await send('PUT', '/indicators/CT_THU_CAP_QUANG', 'admin', INDICATOR);
        expect(created.statusCode, created.body).toBe(201);
        expect(created.json()).toMatchObject({ code: 'CT_THU_CAP_QUANG', numerator: '#{XA_CAP_QUANG}', denominator: '#{XA_TONG}', factor: 100 });
        const updated = await send('PUT', '/indicators/CT_THU_CAP_QUANG', 'admin', { ...INDICATOR, decimals: 2, denominator: null });
        expect(updated.statusCode, updated.body).toBe(200);
        expect(updated.json()).toMatchObject({ decimals: 2, denominator: null });
        const events = await audit('indicator', 'CT_THU_CAP_QUANG');
        expect(events.map((e) => e.action)).toEqual(['created', 'updated']);
        expect(events[1]!.after).toMatchObject({ decimals: 2 });
        expect((await send('GET', '/indicators/CT_THU_CAP_QUANG', 'viewer')).json().elements.map((e: { code: string }) => e.code)).toEqual(['XA_CAP_QUANG']);
      });

      it('a formula that does not parse is 422 on numerator with the position; an unknown element too', async () => {
        const res = await send('PUT', '/indicators/CT_HONG', 'admin', { ...INDICATOR, numerator: '#{XA_CAP_QUANG} * ', denominator: '#{KHONG_CO}' });
        expect(res.statusCode, res.body).toBe(422);
        const details = res.json().error.details as Array<{ field: string; position?: number; message: string }>;
        expect(details.map((d) => d.field)).toEqual(['numerator', 'denominator']);
        expect(details[0]!.position).toBe(18);
        expect(details[1]!.message).toContain('KHONG_CO');
        expect(await audit('indicator', 'CT_HONG')).toEqual([]);
      });
    });

    describe('POST /indicators/formula-check', () => {
      const check = (payload: object) => send('POST', '/indicators/formula-check', 'admin', payload);

      it('names the error, its field and its position (and a division by a zero constant)', async () => {
        const res = await check({ numerator: '(#{XA_CAP_QUANG} + 1', denominator: '#{XA_TONG}' });
        expect(res.statusCode, res.body).toBe(200);
        const body = res.json();
        expect(body.ok).toBe(false);
        expect(body.errors).toHaveLength(1);
        expect(body.errors[0]).toMatchObject({ field: 'numerator', position: 0 });
        expect(body.errors[0].message).toMatch(/Thiếu dấu '\)'/);
        expect(body.preview).toBeNull();
        const zero = (await check({ numerator: '#{XA_CAP_QUANG}', denominator: '#{XA_TONG} / 0' })).json();
        expect(zero.errors[0]).toMatchObject({ field: 'denominator', position: 13, length: 1 });
      });

      it('a good formula lists its elements; with a unit and period it previews the analytics value of the same formula', async () => {
        const plain = (await check({ numerator: '#{XA_CAP_QUANG}', denominator: '#{XA_TONG}', factor: 100 })).json();
        expect(plain).toMatchObject({ ok: true, errors: [], preview: null });
        expect(plain.elements.map((e: { code: string; usedIn: string[] }) => [e.code, e.usedIn])).toEqual([
          ['XA_CAP_QUANG', ['numerator']],
          ['XA_TONG', ['denominator']],
        ]);
        const stored = await send('GET', '/analytics?indicator=CT_HS_TRUC_TUYEN&unit=58&period=2023', 'admin');
        expect(stored.statusCode, stored.body).toBe(200);
        const expected = stored.json().rows[0];
        expect(expected.value).toBeCloseTo(81.17, 2);
        const preview = (await check({ numerator: '#{TL_HS_TTHC_TRUC_TUYEN}', unit: '58', period: '2023', decimals: 2 })).json();
        expect(preview.ok).toBe(true);
        expect(preview.preview).toMatchObject({
          unit: { code: '58', name: 'Ninh Thuận' },
          period: '2023',
          value: expected.value,
          coverage: expected.coverage,
          decimals: 2,
        });
        const doubled = (await check({ numerator: '#{TL_HS_TTHC_TRUC_TUYEN} * 2', unit: '58', period: '2023' })).json();
        expect(doubled.preview.value).toBeCloseTo(expected.value * 2, 6);
      });

      it('an unknown unit is 404; nothing is written by a check', async () => {
        const before = (await listAuditEvents(ctx.store.db, [{ entity: 'indicator', entityKey: 'PREVIEW' }])).length;
        const res = await check({ numerator: '#{XA_CAP_QUANG}', unit: 'KHONG_CO', period: '2023' });
        expect(res.statusCode).toBe(404);
        expect((await send('GET', '/indicators/PREVIEW', 'admin')).statusCode).toBe(404);
        expect(before).toBe(0);
      });
    });
  },
  { demo: true },
);
