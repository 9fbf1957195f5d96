/**
 * The published-results routes on both databases: POST …/runs/import as JSON and as a CSV or XLSX upload (admins
 * only: 403 for a viewer, 422 naming each problem with nothing written), GET …/runs (drafts for admins only), the
 * scores of an imported run with its source and derived marks, and GET /units/{code}/scores for a unit page.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { SHIPPED_BUNDLES } from '../../src/domain/frameworks/shipped.ts';
import { saveFrameworkBundle } from '../../src/store/frameworks/repo.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { createUser, login } from '../helpers/auth.ts';
import { seedFrameworkUnits } from '../store/frameworks-fixture.ts';
import { multipartBody } from '../fixtures/spreadsheets/multipart.ts';

const BASE = '/api/v1/frameworks/DTI_TINH/editions';

describeEachDialect('server: published scores', (ctx) => {
  let app: FastifyInstance;
  let admin: Record<string, string>;
  let viewer: Record<string, string>;
  const upload = (edition: string, name: string, content: Buffer, fields: Record<string, string>, headers = admin) => {
    const body = multipartBody(fields, { field: 'file', name, content });
    return app.inject({ method: 'POST', url: `${BASE}/${edition}/runs/import`, payload: body.payload, headers: { ...headers, ...body.headers } });
  };

  beforeAll(async () => {
    await seedFrameworkUnits(ctx.store.db);
    for (const bundle of SHIPPED_BUNDLES) await saveFrameworkBundle(ctx.store.db, bundle);
    await createUser(ctx.store, { username: 'admin', role: 'admin' });
    await createUser(ctx.store, { username: 'leader', role: 'viewer' });
    app = buildApp({ store: ctx.store, today: () => '2025-08-15' });
    await app.ready();
    admin = (await login(app, 'admin')).headers;
    viewer = (await login(app, 'leader')).headers;
  });
  afterAll(async () => {
    await app.close();
  });

  it('imports JSON as a published run (201) that every reader sees with its source; a viewer may not import (403)', async () => {
    const payload = {
      source: { title: 'Kết quả DTI 2021', date: '2022-08-09' },
      results: [{ unit: '67', rank: 4, rankChange: 1, pillars: { CQS: { rank: 3 } }, derived: ['rankChange'], note: 'tăng 1 bậc' }],
    };
    expect((await app.inject({ method: 'POST', url: `${BASE}/2021/runs/import`, payload, headers: viewer })).statusCode).toBe(403);
    const res = await app.inject({ method: 'POST', url: `${BASE}/2021/runs/import`, payload, headers: admin });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.run).toMatchObject({ status: 'published', origin: 'imported', period: '2021', source: { title: 'Kết quả DTI 2021', date: '2022-08-09' } });
    const read = (await app.inject({ method: 'GET', url: `${BASE}/2021/scores?period=2021`, headers: viewer })).json();
    expect(read.items[0]).toMatchObject({ unit: { code: '67', name: 'Đắk Nông' }, rank: 4, rankChange: 1, derived: ['rankChange'], note: 'tăng 1 bậc' });
    expect(read.items[0].pillars[0]).toMatchObject({ code: 'CQS', name: 'Chính quyền số', rank: 3, value: null });
  });

  it('imports a CSV upload with vi-VN numbers, the header from the form fields', async () => {
    const csv = Buffer.from('unit;name;score;rank\n67;Đắk Nông;0,5934;2\n60;Bình Thuận;0,61;1\n', 'utf8');
    const res = await upload('2022', 'dti-2022.csv', csv, { sourceTitle: 'Kết quả DTI 2022', sourceDate: '2023-07-31', period: '2022' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.run.source).toEqual({ title: 'Kết quả DTI 2022', date: '2023-07-31', file: 'dti-2022.csv' });
    expect(
      body.items.map((i: { unit: { code: string }; score: number; rank: number; rankChange: number | null }) => [i.unit.code, i.score, i.rank, i.rankChange]),
    ).toEqual([
      ['60', 0.61, 1, null],
      ['67', 0.5934, 2, 2],
    ]);
  });

  it('imports an XLSX upload; refuses a file with problems (422, each named) and writes nothing', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('DTI 2023');
    sheet.addRow(['unit', 'score', 'HA_TANG_SO', 'HA_TANG_SO.rank']);
    sheet.addRow(['67', 0.55, 0.7, 2]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const ok = await upload('2023', 'dti-2023.xlsx', xlsx, { sourceTitle: 'Kết quả DTI 2023' });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().items[0].mainIndices.find((m: { code: string }) => m.code === 'HA_TANG_SO')).toMatchObject({ value: 0.7, rank: 2 });

    const bad = Buffer.from('unit,score,KHONG_CO\n99,0.5,1\n', 'utf8');
    const refused = await upload('2023', 'bad.csv', bad, { sourceTitle: 'x' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details.map((d: { message: string }) => /^\[(\w+)\]/.exec(d.message)?.[1])).toEqual(['unknown_column']);
    const unknownUnit = await app.inject({
      method: 'POST',
      url: `${BASE}/2023/runs/import`,
      payload: { source: { title: 'x' }, results: [{ unit: '99', score: 0.5 }] },
      headers: admin,
    });
    expect(unknownUnit.statusCode).toBe(422);
    expect(unknownUnit.json().error.details[0]).toMatchObject({ field: 'results[0].unit' });
    const runs = (await app.inject({ method: 'GET', url: `${BASE}/2023/runs`, headers: admin })).json();
    expect(runs.items.map((r: { revision: number }) => r.revision)).toEqual([1]);
    const notAFile = await upload('2023', 'dti.txt', Buffer.from('x'), { sourceTitle: 'x' });
    expect(notAFile.statusCode).toBe(422);
  });

  it('lists runs with drafts for admins only; a unit’s published scores per edition', async () => {
    const draft = await app.inject({ method: 'POST', url: `${BASE}/2022/runs`, payload: { period: '2022' }, headers: admin });
    expect(draft.statusCode).toBe(201);
    const forAdmin = (await app.inject({ method: 'GET', url: `${BASE}/2022/runs`, headers: admin })).json();
    expect(forAdmin.items.map((r: { status: string }) => r.status)).toEqual(['draft', 'published']);
    const forViewer = (await app.inject({ method: 'GET', url: `${BASE}/2022/runs`, headers: viewer })).json();
    expect(forViewer.items.map((r: { status: string; units: number }) => [r.status, r.units])).toEqual([['published', 2]]);
    const unit = await app.inject({ method: 'GET', url: '/api/v1/units/67/scores', headers: viewer });
    expect(unit.statusCode).toBe(200);
    expect(
      unit
        .json()
        .items.map((i: { framework: { code: string }; edition: { edition: string }; result: { rank: number; score: number | null }; rankedAmong: number }) => [
          i.framework.code,
          i.edition.edition,
          i.result.rank,
          i.result.score,
          i.rankedAmong,
        ]),
    ).toEqual([
      // Ranked among every province of the fixture's tree (4), whatever how many rows a published table lists.
      ['DTI_TINH', '2023', null, 0.55, 4],
      ['DTI_TINH', '2022', 2, 0.5934, 4],
      ['DTI_TINH', '2021', 4, null, 4],
    ]);
    expect((await app.inject({ method: 'GET', url: '/api/v1/units/67/scores' })).statusCode).toBe(401);
  });
});
