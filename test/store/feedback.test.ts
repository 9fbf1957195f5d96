/**
 * Citizen feedback (phản ánh hiện trường, app/feedback/) and its Open311 GeoReport v2 face, on both databases,
 * over the compute fixture's reform (A → N on 2025-07-01, C1 → X) with commune and province boundaries before and
 * after it: a report is routed by category and point on the day filed; anonymous reports wait for moderation and
 * are neither public nor counted; the unit acknowledges, handles with a public answer, rejects, transfers; the SLA
 * and the overdue flag follow a fixed clock; refused steps leave the report as it was; the on-time and
 * satisfaction figures move with each step and roll up; no public or Open311 answer carries a name, a contact or
 * a token; the Open311 answers carry the specification's fields.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { XMLParser } from 'fast-xml-parser';
import { describeEachDialect } from '../helpers/stores.ts';
import { buildFixture, REFORM } from './compute-fixture.ts';
import { recomputeAll } from '../../src/compute/aggregates/recompute.ts';
import { upsertDataElement, upsertIndicator } from '../../src/store/metadata/repo.ts';
import { writeGeoLayer } from '../../src/store/geo/layers.ts';
import { queryIndicator } from '../../src/app/analytics/indicator-query.ts';
import { CLI_ACTOR } from '../../src/app/policy.ts';
import { fileReport } from '../../src/app/feedback/file-report.ts';
import { actOnReport, rateReport } from '../../src/app/feedback/act.ts';
import { feedbackDetail, feedbackKpis, feedbackQueue, publicFeedback } from '../../src/app/feedback/reads.ts';
import { buildApp } from '../../src/server/app.ts';
import { createToken, createUser, login } from '../helpers/auth.ts';
import { multipartBody } from '../fixtures/spreadsheets/multipart.ts';
import { ValidationError } from '../../src/domain/metadata.ts';
import type { Actor } from '../../src/domain/access.ts';

/** A square boundary: [west, south] to [west + size, south + size]. */
const square = (west: number, south: number, size: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [west + size, south],
      [west + size, south + size],
      [west, south + size],
      [west, south],
    ],
  ],
});
// Before the reform C1 is [105, 20]–[105.1, 20.1] and C3 the square east of it; after it X covers both.
const IN_C1 = { lat: 20.05, long: 105.05 };
const IN_C3 = { lat: 20.05, long: 105.15 };
const BEFORE = new Date('2025-06-20T02:00:00Z');
const AFTER = new Date('2025-07-20T02:00:00Z');
const PERSONAL = ['Nguyễn Văn Riêng', 'rieng@example.vn', '0901234567'];

describeEachDialect('citizen feedback and Open311', (ctx) => {
  let app: FastifyInstance;
  let clock = AFTER;
  const reporterX: Actor = { kind: 'user', name: 'xa-x', role: 'reporter', unitScopes: ['X'] };
  const reporterY: Actor = { kind: 'user', name: 'xa-y', role: 'reporter', unitScopes: ['Y'] };

  beforeAll(async () => {
    const db = ctx.store.db;
    await buildFixture(db);
    const layer = (level: string, validFrom: string, boundaries: Array<[string, object]>) =>
      writeGeoLayer(
        db,
        { level, validFrom, sourceName: 'test', importedBy: 'test', importedAt: '2025-01-01T00:00:00Z' },
        boundaries.map(([unitCode, geometry]) => ({ unitCode, name: unitCode, detail: 'medium', geometry: JSON.stringify(geometry) })),
      );
    await layer('commune', '2020-01-01', [
      ['C1', square(105, 20, 0.1)],
      ['C3', square(105.1, 20, 0.1)],
    ]);
    await layer('commune', REFORM, [
      [
        'X',
        {
          type: 'Polygon',
          coordinates: [
            [
              [105, 20],
              [105.2, 20],
              [105.2, 20.1],
              [105, 20.1],
              [105, 20],
            ],
          ],
        },
      ],
    ]);
    await layer('province', '2020-01-01', [['A', square(105, 20, 0.5)]]);
    await layer('province', REFORM, [['N', square(105, 20, 0.5)]]);
    const elements = [
      ['PA_TN', 'feedback.received'],
      ['PA_XL', 'feedback.handled'],
      ['PA_DH', 'feedback.handled_on_time'],
      ['PA_DG', 'feedback.ratings'],
      ['PA_HL', 'feedback.satisfied'],
      ['PA_TD', 'feedback.rating_sum'],
    ] as const;
    for (const [code, derivedFrom] of elements)
      await upsertDataElement(db, {
        code,
        name: code,
        nameEn: code,
        valueType: 'integer',
        timeAggregation: 'sum',
        hierarchyAggregation: 'sum',
        periodType: 'monthly',
        derivedFrom,
      });
    const ratio = (code: string, numerator: string, denominator: string, factor = 100) =>
      upsertIndicator(db, {
        code,
        name: code,
        nameEn: code,
        numerator: `#{${numerator}}`,
        denominator: `#{${denominator}}`,
        factor,
        decimals: 2,
        direction: 'higher_is_better',
      });
    await ratio('TL_DUNG_HAN', 'PA_DH', 'PA_XL');
    await ratio('TL_HAI_LONG', 'PA_HL', 'PA_DG');
    await ratio('DIEM_TB', 'PA_TD', 'PA_DG', 1);
    await upsertIndicator(db, { code: 'SO_TN', name: 'SO_TN', nameEn: 'SO_TN', numerator: '#{PA_TN}', factor: 1, decimals: 0, direction: 'higher_is_better' });
    await recomputeAll(ctx.store);
    await createUser(ctx.store, { username: 'quantri', role: 'admin' });
    await createUser(ctx.store, { username: 'canbo-x', role: 'reporter', units: ['X'] });
    await createUser(ctx.store, { username: 'lanhdao', role: 'viewer' });
    app = buildApp({
      store: ctx.store,
      now: () => clock,
      openData: { rateLimit: { max: 1000, timeWindowMs: 60_000 } },
      files: { evidenceDir: await mkdtemp(join(tmpdir(), 'dxioc-feedback-photos-')) },
    });
  });
  afterAll(async () => app?.close());

  const figure = async (indicator: string, unit: string, period: string) =>
    (await queryIndicator(ctx.store, { indicator, unit, periods: [period], view: 'now' }, CLI_ACTOR)).rows[0]?.value ?? null;
  const report = (extra: Record<string, unknown> = {}) => ({
    category: 'MOI_TRUONG',
    description: 'Rác thải đổ trộm ở đầu hẻm, bốc mùi nhiều ngày',
    ...IN_C1,
    reporterName: PERSONAL[0],
    reporterContact: PERSONAL[1],
    ...extra,
  });

  it('routes by category and point on the day filed: the old commune before the reform, the new one after, the province for a province-level category', async () => {
    const before = await fileReport(ctx.store, report(), { actor: CLI_ACTOR, source: 'web', now: BEFORE });
    expect(before).toMatchObject({ unit: 'C1', state: 'new' });
    expect((await fileReport(ctx.store, report(IN_C3), { actor: CLI_ACTOR, source: 'web', now: BEFORE })).unit).toBe('C3');
    expect((await fileReport(ctx.store, report(), { actor: CLI_ACTOR, source: 'web', now: AFTER })).unit).toBe('X');
    expect((await fileReport(ctx.store, report(IN_C3), { actor: CLI_ACTOR, source: 'web', now: AFTER })).unit).toBe('X');
    expect((await fileReport(ctx.store, report({ category: 'VIEN_THONG' }), { actor: CLI_ACTOR, source: 'web', now: BEFORE })).unit).toBe('A');
    expect((await fileReport(ctx.store, report({ category: 'VIEN_THONG' }), { actor: CLI_ACTOR, source: 'web', now: AFTER })).unit).toBe('N');
    // No point: the chosen commune; a province-level category goes to its province that day.
    const noPoint = { lat: null, long: null, address: 'Thôn 3', unit: 'Y' };
    expect((await fileReport(ctx.store, report(noPoint), { actor: CLI_ACTOR, source: 'web', now: AFTER })).unit).toBe('Y');
    expect((await fileReport(ctx.store, report({ ...noPoint, category: 'KHAC' }), { actor: CLI_ACTOR, source: 'web', now: AFTER })).unit).toBe('N');
    // C1 no longer exists after the reform: choosing it is refused, naming the field.
    await expect(fileReport(ctx.store, report({ ...noPoint, unit: 'C1' }), { actor: CLI_ACTOR, source: 'web', now: AFTER })).rejects.toThrow(ValidationError);
    // A point outside every boundary, with no commune chosen: refused, naming lat.
    const lost = fileReport(ctx.store, report({ lat: 10.5, long: 106.5 }), { actor: CLI_ACTOR, source: 'web', now: AFTER });
    await expect(lost).rejects.toMatchObject({ problems: [{ path: 'lat' }] });
    // A trusted client scoped to Y cannot file into X.
    await expect(fileReport(ctx.store, report(), { actor: reporterY, source: 'open311', now: AFTER })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('names every bad field of a report and writes nothing', async () => {
    const count = async () =>
      Number(
        (
          await ctx.store.db
            .selectFrom('feedbackReports')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    try {
      await fileReport(
        ctx.store,
        { category: 'NOPE', description: 'ngắn', lat: 50, mediaUrls: ['javascript:alert(1)'], filedAt: '2025-01-01' },
        { actor: null, source: 'web', now: AFTER },
      );
      expect.unreachable();
    } catch (error) {
      const paths = (error as ValidationError).problems.map((p) => p.path).sort();
      expect(paths).toEqual(['category', 'description', 'filedAt', 'lat', 'long', 'mediaUrls[0]'].sort());
    }
    expect(await count()).toBe(before);
  });

  it('handles a report through its states with a fixed clock: SLA, overdue, refusals, the on-time rate and the satisfaction moving at once', async () => {
    const filedAt = new Date('2025-08-04T01:00:00Z'); // MOI_TRUONG: 72 hours
    const filed = await fileReport(ctx.store, report(), { actor: CLI_ACTOR, source: 'web', now: filedAt });
    expect(filed.dueAt).toBe('2025-08-07T01:00:00.000Z');
    const late = await fileReport(ctx.store, report(), { actor: CLI_ACTOR, source: 'web', now: filedAt });
    const overdueAt = (hours: number) => new Date(filedAt.getTime() + hours * 3_600_000);
    const queue = async (at: Date) => (await feedbackQueue(ctx.store, reporterX, { unit: 'X', period: '202508', overdue: true }, at)).items.map((i) => i.id);
    expect(await queue(overdueAt(71))).toEqual([]);
    expect((await queue(overdueAt(73))).sort()).toEqual([filed.id, late.id].sort());

    // Another commune may not touch it; a leader may not either; handling needs the public answer.
    await expect(actOnReport(ctx.store, reporterY, filed.id, { action: 'acknowledge' }, overdueAt(1))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      actOnReport(ctx.store, { kind: 'user', name: 'ld', role: 'viewer', unitScopes: [] }, filed.id, { action: 'acknowledge' }, overdueAt(1)),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await actOnReport(ctx.store, reporterX, filed.id, { action: 'acknowledge' }, overdueAt(1));
    await expect(actOnReport(ctx.store, reporterX, filed.id, { action: 'acknowledge' }, overdueAt(2))).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    await expect(actOnReport(ctx.store, reporterX, filed.id, { action: 'handle' }, overdueAt(2))).rejects.toThrow(ValidationError);
    await actOnReport(ctx.store, reporterX, filed.id, { action: 'start' }, overdueAt(2));
    await actOnReport(ctx.store, reporterX, filed.id, { action: 'handle', note: 'Đã thu gom rác, nhắc nhở hộ dân.' }, overdueAt(30));
    await actOnReport(ctx.store, reporterX, late.id, { action: 'handle', note: 'Đã xử lý.' }, overdueAt(80));
    expect(await figure('TL_DUNG_HAN', 'X', '202508')).toBe(50);
    expect(await figure('TL_DUNG_HAN', 'N', '202508')).toBe(50);
    await expect(actOnReport(ctx.store, reporterX, filed.id, { action: 'reject', note: 'x' }, overdueAt(31))).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
    });

    const staff = await feedbackDetail(ctx.store, reporterX, filed.id, overdueAt(31));
    expect(staff.history.map((h) => h.action)).toEqual(['filed', 'acknowledge', 'start', 'handle']);
    expect(staff).toMatchObject({ state: 'handled', onTime: true, answer: 'Đã thu gom rác, nhắc nhở hộ dân.', reporterName: PERSONAL[0] });

    // The citizen rates with the secret, once; only a handled report.
    await rateReport(ctx.store, filed.token, 5, overdueAt(40));
    await rateReport(ctx.store, late.token, 2, overdueAt(90));
    await expect(rateReport(ctx.store, filed.token, 4, overdueAt(41))).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(rateReport(ctx.store, 'not-a-token-at-all', 4, overdueAt(41))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await figure('TL_HAI_LONG', 'N', '202508')).toBe(50);
    expect(await figure('DIEM_TB', 'X', '202508')).toBe(3.5);
  });

  it('transfers to another unit, which then has it as new; rejects with a reason', async () => {
    const filed = await fileReport(ctx.store, report({ description: 'Đèn đường không sáng cả tuần nay', category: 'CHIEU_SANG' }), {
      actor: CLI_ACTOR,
      source: 'web',
      now: AFTER,
    });
    await expect(actOnReport(ctx.store, reporterX, filed.id, { action: 'transfer', unit: 'C1' }, AFTER)).rejects.toThrow(ValidationError);
    expect(await actOnReport(ctx.store, reporterX, filed.id, { action: 'transfer', unit: 'Y', note: 'Thuộc địa bàn Y' }, AFTER)).toMatchObject({
      unit: 'Y',
      state: 'new',
    });
    await expect(actOnReport(ctx.store, reporterX, filed.id, { action: 'acknowledge' }, AFTER)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(actOnReport(ctx.store, reporterY, filed.id, { action: 'reject' }, AFTER)).rejects.toThrow(ValidationError);
    expect(await actOnReport(ctx.store, reporterY, filed.id, { action: 'reject', note: 'Trùng phản ánh đã xử lý' }, AFTER)).toMatchObject({
      state: 'rejected',
    });
  });

  it('keeps anonymous reports out of the queue, the public pages and the figures until a moderator approves them', async () => {
    const before = await figure('SO_TN', 'X', '202509');
    const at = new Date('2025-09-02T03:00:00Z');
    const anonymous = await fileReport(ctx.store, report(), { actor: null, source: 'web', now: at });
    expect(anonymous.state).toBe('moderation');
    expect(await figure('SO_TN', 'X', '202509')).toBe(before);
    expect((await feedbackQueue(ctx.store, reporterX, { unit: 'X', period: '202509' }, at)).items.map((i) => i.id)).not.toContain(anonymous.id);
    expect((await publicFeedback(ctx.store, { state: 'all' }, at)).items.map((i) => i.id)).not.toContain(anonymous.id);
    await expect(actOnReport(ctx.store, reporterX, anonymous.id, { action: 'approve' }, at)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await actOnReport(ctx.store, CLI_ACTOR, anonymous.id, { action: 'approve' }, at);
    expect(await figure('SO_TN', 'X', '202509')).toBe((before ?? 0) + 1);
  });

  it('ranks units by the on-time rate, only those with at least the minimum of reports', async () => {
    const kpis = await feedbackKpis(ctx.store, CLI_ACTOR, { unit: 'N', period: '2025', minReports: 3 }, new Date('2025-12-01T00:00:00Z'));
    const x = kpis.items.find((i) => i.unit === 'X')!;
    expect(x).toMatchObject({ ranked: true, rank: 1 });
    expect(x.received).toBeGreaterThanOrEqual(3);
    const y = kpis.items.find((i) => i.unit === 'Y')!;
    expect(y).toMatchObject({ ranked: false, rank: null });
  });

  describe('over HTTP', () => {
    const anonymousGet = async (url: string) => app.inject({ method: 'GET', url });
    /** A citizen app's form-encoded POST, as Open311 clients send it. */
    const postForm = async (url: string, form: URLSearchParams | string) =>
      app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: form.toString() });
    const noPersonal = (body: string) => {
      for (const secret of PERSONAL) expect(body).not.toContain(secret);
      expect(body).not.toMatch(/reporter|contact|token_hash|tokenHash/i);
    };

    it('Open311: a trusted app posts (form-encoded, api_key), the report reaches the commune, is answered, shows on the public page without a name, and moves the on-time rate', async () => {
      clock = new Date('2025-10-06T02:00:00Z');
      const apiKey = await createToken(ctx.store, { name: 'hue-s', units: ['N'] });
      const services = await anonymousGet('/open311/v2/services.json');
      expect(services.statusCode).toBe(200);
      for (const s of services.json())
        expect(Object.keys(s).sort()).toEqual(['description', 'group', 'keywords', 'metadata', 'service_code', 'service_name', 'type']);
      expect((await anonymousGet('/open311/v2/services/MOI_TRUONG.json')).json()).toEqual({ service_code: 'MOI_TRUONG', attributes: [] });
      expect((await anonymousGet('/open311/v2/services/NOPE.json')).json()).toEqual([{ code: 404, description: expect.any(String) }]);

      const form = new URLSearchParams({
        api_key: apiKey,
        service_code: 'GIAO_THONG',
        lat: String(IN_C1.lat),
        long: String(IN_C1.long),
        description: 'Ổ gà lớn giữa đường, xe máy dễ ngã',
        first_name: 'Nguyễn Văn',
        last_name: 'Riêng',
        email: PERSONAL[1]!,
        media_url: 'https://hue-s.example.vn/anh/1.jpg',
      });
      const posted = await postForm('/open311/v2/requests.json', form);
      expect(posted.statusCode, posted.body).toBe(200);
      const [{ service_request_id: id }] = posted.json();
      const before = await figure('TL_DUNG_HAN', 'X', '202510');

      const { headers } = await login(app, 'canbo-x');
      const queue = await app.inject({ method: 'GET', url: '/api/v1/feedback/reports?unit=X&period=202510', headers });
      expect(queue.json().items.map((i: { id: number }) => String(i.id))).toContain(id);
      const handled = await app.inject({
        method: 'POST',
        url: `/api/v1/feedback/reports/${id}/actions`,
        headers,
        payload: { action: 'handle', note: 'Đã vá ổ gà ngày 6/10.' },
      });
      expect(handled.statusCode, handled.body).toBe(200);
      expect(await figure('TL_DUNG_HAN', 'X', '202510')).toBe(100);
      expect(before).toBeNull();

      const one = await anonymousGet(`/open311/v2/requests/${id}.json`);
      expect(one.statusCode).toBe(200);
      const [request] = one.json();
      expect(Object.keys(request).sort()).toEqual(
        [
          'address',
          'address_id',
          'agency_responsible',
          'description',
          'expected_datetime',
          'lat',
          'long',
          'media_url',
          'requested_datetime',
          'service_code',
          'service_name',
          'service_notice',
          'service_request_id',
          'status',
          'status_notes',
          'updated_datetime',
          'zipcode',
        ].sort(),
      );
      expect(request).toMatchObject({
        status: 'closed',
        status_notes: 'Đã vá ổ gà ngày 6/10.',
        agency_responsible: 'Đơn vị X',
        media_url: 'https://hue-s.example.vn/anh/1.jpg',
      });
      noPersonal(one.body);
      const publicPage = await anonymousGet('/api/v1/public/feedback');
      expect(publicPage.json().items.map((i: { id: number }) => String(i.id))).toContain(id);
      noPersonal(publicPage.body);
      const closed = await anonymousGet('/open311/v2/requests.json?status=closed&start_date=2025-10-01T00:00:00Z');
      expect(closed.json().map((r: { service_request_id: string }) => r.service_request_id)).toContain(id);
      expect(closed.json().every((r: { status: string }) => r.status === 'closed')).toBe(true);
      noPersonal(closed.body);
      const roads = (await anonymousGet('/open311/v2/requests.json?service_code=GIAO_THONG,CHIEU_SANG&start_date=2025-10-01T00:00:00Z')).json() as Array<{
        service_request_id: string;
        service_code: string;
      }>;
      expect(roads.map((r) => r.service_request_id)).toContain(id);
      expect(roads.every((r) => ['GIAO_THONG', 'CHIEU_SANG'].includes(r.service_code))).toBe(true);
      const other = (await anonymousGet('/open311/v2/requests.json?service_code=KHAC')).json() as Array<{ service_request_id: string }>;
      expect(other.map((r) => r.service_request_id)).not.toContain(id);
      const byId = await anonymousGet(`/open311/v2/requests.json?service_request_id=${id}`);
      expect(byId.json()).toHaveLength(1);
      expect(
        (
          await app.inject({
            method: 'POST',
            url: '/open311/v2/requests.json',
            payload: { api_key: 'sai', service_code: 'KHAC', description: 'Thử một khóa sai' },
          })
        ).statusCode,
      ).toBe(403);
    });

    it('Open311 in XML: every route under .xml gives the JSON answer as its plural and item elements, errors as <errors>', async () => {
      clock = new Date('2025-10-07T02:00:00Z');
      const xml = new XMLParser({ ignoreDeclaration: true, parseTagValue: false, isArray: (name) => ['service', 'request', 'error'].includes(name) });
      const get = async (path: string) => {
        const response = await anonymousGet(`/open311/v2/${path}`);
        expect(response.headers['content-type'], path).toMatch(/^text\/xml; charset=utf-8/);
        noPersonal(response.body);
        return { status: response.statusCode, body: xml.parse(response.body) as Record<string, Record<string, Array<Record<string, string>>>> };
      };
      const services = await get('services.xml');
      const servicesJson = (await anonymousGet('/open311/v2/services.json')).json() as Array<Record<string, unknown>>;
      expect(services.status).toBe(200);
      expect(services.body.services!.service!.map((s) => s.service_code)).toEqual(servicesJson.map((s) => s.service_code));
      expect(Object.keys(services.body.services!.service![0]!).sort()).toEqual(Object.keys(servicesJson[0]!).sort());
      expect((await get('services/MOI_TRUONG.xml')).body).toEqual({ service_definition: { service_code: 'MOI_TRUONG', attributes: '' } });

      const apiKey = await createToken(ctx.store, { name: 'ung-dung-xml', units: ['N'] });
      const form = new URLSearchParams({
        api_key: apiKey,
        service_code: 'GIAO_THONG',
        lat: String(IN_C1.lat),
        long: String(IN_C1.long),
        description: 'Đèn tín hiệu hỏng',
        email: PERSONAL[1]!,
      });
      const posted = await postForm('/open311/v2/requests.xml', form);
      expect(posted.statusCode, posted.body).toBe(200);
      const [created] = (xml.parse(posted.body) as { service_requests: { request: Array<Record<string, string>> } }).service_requests.request;
      expect(created!.service_request_id).toMatch(/^\d+$/);
      const id = created!.service_request_id!;

      const one = await get(`requests/${id}.xml`);
      const oneJson = ((await anonymousGet(`/open311/v2/requests/${id}.json`)).json() as Array<Record<string, unknown>>)[0]!;
      const request = one.body.service_requests!.request![0]!;
      expect(Object.keys(request).sort()).toEqual(Object.keys(oneJson).sort());
      // The same fields with the same values, a null as an empty element.
      expect(request).toEqual(Object.fromEntries(Object.entries(oneJson).map(([k, v]) => [k, v === null ? '' : String(v)])));
      expect(request).toMatchObject({ service_request_id: id, status: 'open', service_code: 'GIAO_THONG', zipcode: '' });
      const listed = await get(`requests.xml?service_request_id=${id}`);
      expect(listed.body.service_requests!.request!.map((r) => r.service_request_id)).toEqual([id]);

      const missing = await get('services/NOPE.xml');
      expect([missing.status, missing.body.errors!.error![0]!.code]).toEqual([404, '404']);
      const forbidden = await postForm('/open311/v2/requests.xml', 'api_key=khong-co&service_code=GIAO_THONG');
      expect(forbidden.statusCode).toBe(403);
      expect(xml.parse(forbidden.body).errors.error[0].code).toBe('403');
      const bad = await get('requests.xml?status=maybe');
      expect([bad.status, bad.body.errors!.error![0]!.code]).toEqual([400, '400']);
    });

    it('Open311 without api_key: a token, moderation, then the request id; anonymous calls on every public route carry no personal data', async () => {
      const posted = await app.inject({
        method: 'POST',
        url: '/open311/v2/requests.json',
        payload: { service_code: 'MOI_TRUONG', lat: IN_C1.lat, long: IN_C1.long, description: 'Nước thải chảy tràn ra đường', phone: PERSONAL[2] },
      });
      expect(posted.statusCode, posted.body).toBe(200);
      const [{ token }] = posted.json();
      expect((await anonymousGet(`/open311/v2/tokens/${token}.json`)).json()).toEqual([{ token }]);
      const row = await ctx.store.db.selectFrom('feedbackReports').select('id').where('reporterContact', '=', PERSONAL[2]!).executeTakeFirstOrThrow();
      expect((await anonymousGet(`/open311/v2/requests/${row.id}.json`)).statusCode).toBe(404);
      expect((await anonymousGet(`/api/v1/public/feedback/${row.id}`)).statusCode).toBe(404);
      const track = await app.inject({ method: 'POST', url: '/api/v1/public/feedback/track', payload: { token } });
      expect(track.json()).toMatchObject({ state: 'moderation' });
      noPersonal(track.body);
      await actOnReport(ctx.store, CLI_ACTOR, Number(row.id), { action: 'approve' }, clock);
      expect((await anonymousGet(`/open311/v2/tokens/${token}.json`)).json()).toEqual([{ token, service_request_id: String(row.id) }]);

      const filed = await app.inject({ method: 'POST', url: '/api/v1/public/feedback', payload: report({ reporterContact: PERSONAL[2] }) });
      expect(filed.statusCode, filed.body).toBe(200);
      expect(filed.json().state).toBe('moderation');
      for (const url of [
        '/api/v1/public/feedback',
        '/api/v1/public/feedback?state=all',
        '/api/v1/public/feedback/categories',
        `/api/v1/public/feedback/${row.id}`,
        '/open311/v2/services.json',
        '/open311/v2/requests.json',
        `/open311/v2/requests/${row.id}.json`,
      ]) {
        const response = await anonymousGet(url);
        expect(response.statusCode, url).toBe(200);
        noPersonal(response.body);
      }
      for (const url of [
        '/api/v1/feedback/reports?unit=X&period=2025',
        `/api/v1/feedback/reports/${row.id}`,
        '/api/v1/feedback/kpis?unit=N&period=2025',
        '/api/v1/feedback/points?unit=N&period=2025',
      ])
        expect((await anonymousGet(url)).statusCode, url).toBe(401);
      // A leader reads the report but not the reporter's contact.
      const { headers } = await login(app, 'lanhdao');
      const seen = await app.inject({ method: 'GET', url: `/api/v1/feedback/reports/${row.id}`, headers });
      expect(seen.json()).toMatchObject({ personalShown: false, reporterName: null, reporterContact: null });
      for (const secret of PERSONAL) expect(seen.body).not.toContain(secret);
    });

    it('takes a photo typed by its content, only while the report is the citizen’s, and shows it once the report is public', async () => {
      const filed = (await app.inject({ method: 'POST', url: '/api/v1/public/feedback', payload: report() })).json() as { id: number; token: string };
      const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
      const upload = (name: string, content: Buffer, token = filed.token) => {
        const body = multipartBody({ token }, { field: 'file', name, content, type: 'image/png' });
        return app.inject({ method: 'POST', url: '/api/v1/public/feedback/photos', headers: body.headers, payload: body.payload });
      };
      const pdf = await upload('anh.png', Buffer.from('%PDF-1.7 not a photo'));
      expect([pdf.statusCode, pdf.json().error.details[0].field]).toEqual([422, 'file']);
      expect((await upload('anh.png', png, 'khong-phai-token-nao')).statusCode).toBe(404);
      const ok = await upload('anh.png', png);
      expect(ok.statusCode, ok.body).toBe(201);
      const { url } = ok.json() as { url: string };
      expect((await anonymousGet(url)).statusCode).toBe(404); // awaiting moderation: not public
      await actOnReport(ctx.store, CLI_ACTOR, filed.id, { action: 'approve' }, clock);
      const shown = await anonymousGet(url);
      expect([shown.statusCode, shown.headers['content-type']]).toEqual([200, 'image/png']);
      expect(shown.rawPayload.equals(png)).toBe(true);
      expect((await anonymousGet(`/api/v1/public/feedback/${filed.id}`)).json().mediaUrls).toEqual([url]);
      for (let i = 0; i < 4; i++) expect((await upload(`anh-${i}.png`, png)).statusCode).toBe(201);
      const sixth = await upload('anh-6.png', png);
      expect([sixth.statusCode, sixth.json().error.details[0].message]).toEqual([422, expect.stringContaining('tối đa 5 ảnh')]);
    });

    it('refuses an oversized report and a bad rating with the one error shape', async () => {
      const big = await app.inject({ method: 'POST', url: '/api/v1/public/feedback', payload: report({ description: 'x'.repeat(20_000) }) });
      expect(big.statusCode).toBe(413);
      const rating = await app.inject({ method: 'POST', url: '/api/v1/public/feedback/rating', payload: { token: 'khong-co-token-nay', rating: 9 } });
      expect(rating.statusCode).toBe(400);
      expect(rating.json().error.code).toBe('BAD_REQUEST');
    });
  });
});
