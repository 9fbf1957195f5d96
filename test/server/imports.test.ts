import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { listCurrentValues } from '../../src/store/values/repo.ts';
import { multipartBody } from '../fixtures/spreadsheets/multipart.ts';
import { seedFixtureDataset } from '../fixtures/spreadsheets/seed-store.ts';
import { createUser, login } from '../helpers/auth.ts';
import { describeEachDialect } from '../helpers/stores.ts';

const fixtures = join(import.meta.dirname, '../fixtures/spreadsheets');

describeEachDialect('imports API', (ctx) => {
  let app: FastifyInstance;
  let dir = '';
  const as: Record<string, Record<string, string>> = {};
  const upload = async (who: string, fixture: string, fields: Record<string, string> = { dataset: 'CDS_XA', period: '2023' }) => {
    const body = multipartBody(fields, { field: 'file', name: fixture, content: await readFile(join(fixtures, fixture)) });
    return app.inject({ method: 'POST', url: '/api/v1/imports', payload: body.payload, headers: { ...as[who], ...body.headers } });
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dxioc-imports-api-'));
    await seedFixtureDataset(ctx.store);
    await createUser(ctx.store, { username: 'admin', role: 'admin' });
    await createUser(ctx.store, { username: 'bc', role: 'reporter', units: ['24611'] });
    await createUser(ctx.store, { username: 'tinh', role: 'reporter', units: ['67'] });
    await createUser(ctx.store, { username: 'xem', role: 'viewer' });
    app = buildApp({ store: ctx.store, today: () => '2025-08-15', files: { importsDir: dir } });
    await app.ready();
    for (const who of ['admin', 'bc', 'tinh', 'xem']) as[who] = (await login(app, who)).headers;
  });
  afterAll(async () => {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("template: 401 anonymous, 403 viewer, 200 an XLSX with only the caller's units and the hidden metadata sheet", async () => {
    const url = '/api/v1/datasets/CDS_XA/template.xlsx?period=2023';
    expect((await app.inject({ url })).statusCode).toBe(401);
    expect((await app.inject({ url, headers: as.xem })).statusCode).toBe(403);
    const response = await app.inject({ url, headers: as.bc });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getCell('B6').value).toBe('24611');
    expect(sheet.getCell('B7').value).toBeNull(); // one unit for this reporter
    expect(sheet.getCell('D5').value).toBe('FIBRE_VILLAGES');
    expect(sheet.getCell('D3').value).toBe('Hạ tầng số');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 5 });
    const meta = wb.getWorksheet('_dxioc')!;
    expect([meta.state, meta.getCell('B1').value, meta.getCell('B2').value]).toEqual(['hidden', 'CDS_XA', '2023']);
    expect((await app.inject({ url: '/api/v1/datasets/NOPE/template.xlsx?period=2023', headers: as.admin })).statusCode).toBe(404);
  });

  it('a filled-in template comes back and imports (round trip)', async () => {
    const template = await app.inject({ url: '/api/v1/datasets/CDS_XA/template.xlsx?period=2022', headers: as.tinh });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    sheet.getCell('D6').value = '12';
    sheet.getCell('E6').value = 13;
    sheet.getCell('H6').value = 'có';
    const body = multipartBody({ dataset: 'CDS_XA', period: '2022' }, { field: 'file', name: 'mau.xlsx', content: Buffer.from(await wb.xlsx.writeBuffer()) });
    const preview = await app.inject({ method: 'POST', url: '/api/v1/imports', payload: body.payload, headers: { ...as.tinh, ...body.headers } });
    expect(preview.statusCode).toBe(201);
    expect(preview.json().errors).toEqual([]);
    expect(preview.json()).toMatchObject({ status: 'ready', rows: 8, values: 3, errorCount: 0 }); // every commune of the template, three values filled in;
    // The same file declared for another period is refused by the template's metadata sheet.
    const other = multipartBody({ dataset: 'CDS_XA', period: '2021' }, { field: 'file', name: 'mau.xlsx', content: Buffer.from(await wb.xlsx.writeBuffer()) });
    const wrong = await app.inject({ method: 'POST', url: '/api/v1/imports', payload: other.payload, headers: { ...as.tinh, ...other.headers } });
    expect(wrong.json()).toMatchObject({ status: 'invalid' });
    expect(wrong.json().errors[0].message).toMatch(/kỳ 2022, không phải CDS_XA kỳ 2021/);
  });

  it('upload: 401, 403 for a viewer, 201 preview with located errors; commit refused (409); nothing written', async () => {
    const body = multipartBody({ dataset: 'CDS_XA', period: '2023' }, { field: 'file', name: 'x.csv', content: Buffer.from('a') });
    expect((await app.inject({ method: 'POST', url: '/api/v1/imports', payload: body.payload, headers: body.headers })).statusCode).toBe(401);
    expect((await upload('xem', 'text-in-number.csv')).statusCode).toBe(403);
    const response = await upload('admin', 'text-in-number.csv');
    expect(response.statusCode).toBe(201);
    const preview = response.json();
    expect(preview).toMatchObject({ status: 'invalid', errorCount: 2, encoding: 'utf8', delimiter: ';' });
    expect(preview.errors.map((e: { cell: string }) => e.cell)).toEqual(['C3', 'D4']);
    const commit = await app.inject({ method: 'POST', url: `/api/v1/imports/${preview.importId}/commit`, headers: as.admin });
    expect(commit.statusCode).toBe(409);
    expect(await listCurrentValues(ctx.store.db, { periods: ['2023'] })).toEqual([]);
  });

  it('status: 401, 403 for another user, 200 for the uploader; commit writes all values', async () => {
    const preview = (await upload('tinh', 'libreoffice-merged-headers.xlsx')).json();
    expect(preview).toMatchObject({ status: 'ready', rows: 5, values: 24, sheet: 'Biểu 01' });
    expect(preview.sample).toHaveLength(20);
    const url = `/api/v1/imports/${preview.importId}`;
    expect((await app.inject({ url })).statusCode).toBe(401);
    expect((await app.inject({ url, headers: as.bc })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: `${url}/commit`, headers: as.bc })).statusCode).toBe(403);
    const status = await app.inject({ url, headers: as.tinh });
    expect(status.statusCode).toBe(200);
    expect(status.json()).toMatchObject({ status: 'ready', rowsRead: preview.rowsRead, fileName: 'libreoffice-merged-headers.xlsx' });
    const commit = await app.inject({ method: 'POST', url: `${url}/commit`, headers: as.tinh });
    expect(commit.statusCode).toBe(200);
    expect(commit.json()).toEqual({ importId: preview.importId, created: 24, updated: 0, unchanged: 0, warnings: [] });
    expect((await app.inject({ url, headers: as.admin })).json()).toMatchObject({ status: 'committed', result: { created: 24 } });
    expect(await listCurrentValues(ctx.store.db, { periods: ['2023'] })).toHaveLength(24);
    expect((await readdir(dir)).filter((f) => f.endsWith('.upload'))).not.toContain(`${preview.importId}.upload`);
  });

  it("a reporter's file with other communes is a preview with row errors; missing fields are 400; unknown id 404", async () => {
    const preview = (await upload('bc', 'windows-1258.csv', { dataset: 'CDS_XA', period: '2024' })).json();
    expect(preview.status).toBe('invalid');
    expect(preview.errors.map((e: { row: number }) => e.row)).toEqual([3, 4]);
    const missing = await upload('admin', 'windows-1258.csv', { period: '2024' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details[0].field).toBe('dataset');
    // A table-shaped file needs the upload's period (only a long file may name its periods row by row).
    const noPeriod = await upload('admin', 'windows-1258.csv', { dataset: 'CDS_XA' });
    expect(noPeriod.statusCode).toBe(201);
    expect(noPeriod.json()).toMatchObject({ status: 'invalid', period: '', errorCount: 1 });
    expect(noPeriod.json().errors[0].message).toMatch(/cần chọn kỳ/);
    const badPeriod = await upload('admin', 'windows-1258.csv', { dataset: 'CDS_XA', period: '2024Q1' });
    expect(badPeriod.statusCode).toBe(400);
    expect((await app.inject({ url: '/api/v1/imports/00000000-0000-4000-8000-000000000000', headers: as.admin })).statusCode).toBe(404);
  });

  it('a long file uploaded without a period previews and commits; the job shows no progress once committed', async () => {
    const csv = 'Mã chỉ tiêu;Mã đơn vị;Kỳ;Giá trị;Ghi chú\nVILLAGES;24611;2018;12;theo điều tra\nVILLAGES;24614;2017;9;\n';
    const body = multipartBody({ dataset: 'CDS_XA' }, { field: 'file', name: 'long.csv', content: Buffer.from(csv) });
    const response = await app.inject({ method: 'POST', url: '/api/v1/imports', payload: body.payload, headers: { ...as.admin, ...body.headers } });
    expect(response.statusCode).toBe(201);
    const preview = response.json();
    expect(preview).toMatchObject({ status: 'ready', period: '', shape: 'long', periods: ['2017', '2018'], values: 2, progress: null });
    expect(preview.sample[0]).toMatchObject({ dataElement: 'VILLAGES', unit: '24611', period: '2018', comment: 'theo điều tra', cell: 'D2' });
    const url = `/api/v1/imports/${preview.importId}`;
    expect((await app.inject({ method: 'POST', url: `${url}/commit`, headers: as.admin })).json()).toMatchObject({ created: 2, warnings: [] });
    expect((await app.inject({ url, headers: as.admin })).json()).toMatchObject({ status: 'committed', progress: null, result: { created: 2 } });
    expect((await listCurrentValues(ctx.store.db, { periods: ['2017', '2018'] })).map((v) => [v.period, v.value, v.comment]).sort()).toEqual([
      ['2017', 9, null],
      ['2018', 12, 'theo điều tra'],
    ]);
  });
});
