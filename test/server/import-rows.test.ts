/**
 * GET /imports/{id}/rows: the preview grid's pages of the file's rows (text cells, sheet row numbers), with the access
 * rule of GET /imports/{id}; the preview's `grid` and `changes` (what the commit would create, change, leave).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { multipartBody } from '../fixtures/spreadsheets/multipart.ts';
import { seedFixtureDataset } from '../fixtures/spreadsheets/seed-store.ts';
import { createUser, login } from '../helpers/auth.ts';
import { describeEachDialect } from '../helpers/stores.ts';

const fixtures = join(import.meta.dirname, '../fixtures/spreadsheets');

describeEachDialect('import rows API', (ctx) => {
  let app: FastifyInstance;
  let dir = '';
  const as: Record<string, Record<string, string>> = {};
  const upload = async (who: string, fixture: string, fields: Record<string, string> = { dataset: 'CDS_XA', period: '2023' }) => {
    const body = multipartBody(fields, { field: 'file', name: fixture, content: await readFile(join(fixtures, fixture)) });
    return app.inject({ method: 'POST', url: '/api/v1/imports', payload: body.payload, headers: { ...as[who], ...body.headers } });
  };
  const importRows = async (who: string | null, id: string, query = '') =>
    app.inject({ url: `/api/v1/imports/${id}/rows${query}`, headers: who ? as[who] : {} });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dxioc-import-rows-'));
    await seedFixtureDataset(ctx.store);
    await createUser(ctx.store, { username: 'admin', role: 'admin' });
    await createUser(ctx.store, { username: 'tinh', role: 'reporter', units: ['67'] });
    await createUser(ctx.store, { username: 'khac', role: 'reporter', units: ['67'] });
    app = buildApp({ store: ctx.store, today: () => '2025-08-15', files: { importsDir: dir } });
    await app.ready();
    for (const who of ['admin', 'tinh', 'khac']) as[who] = (await login(app, who)).headers;
  });
  afterAll(async () => {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('an invalid file keeps its rows for the grid: every sheet row as text, with its number, paged; the bad cells are where the errors say', async () => {
    const preview = (await upload('tinh', 'text-in-number.csv')).json();
    expect(preview).toMatchObject({ status: 'invalid', grid: { rows: 4, columns: 4 } });
    const page = await importRows('tinh', preview.importId);
    expect(page.statusCode).toBe(200);
    expect(page.json()).toEqual({
      importId: preview.importId,
      offset: 0,
      total: 4,
      columns: 4,
      items: [
        { row: 1, cells: ['Mã đơn vị', 'Tên đơn vị', 'Số thôn có cáp quang', 'Tổng số thôn'] },
        { row: 2, cells: ['24611', 'Phường Nghĩa Đức', '12', '12'] },
        { row: 3, cells: ['24614', 'Phường Nghĩa Thành', 'chưa có', '10'] },
        { row: 4, cells: ['24617', 'Xã Đắk Nia', '14', '16a'] },
      ],
    });
    // C3 and D4: the errors' cells are the grid's (row 3, third column; row 4, fourth).
    expect(preview.errors.map((e: { cell: string }) => e.cell)).toEqual(['C3', 'D4']);
    const second = (await importRows('tinh', preview.importId, '?offset=2&limit=1')).json();
    expect(second).toMatchObject({ offset: 2, total: 4, items: [{ row: 3 }] });
    expect((await importRows('tinh', preview.importId, '?offset=10')).json().items).toEqual([]);
  });

  it('the access rule of GET /imports/{id}: 401 anonymous, 403 another reporter, 200 the uploader and an admin; 404 unknown; 400 past 500 a page', async () => {
    const preview = (await upload('tinh', 'text-in-number.csv')).json();
    expect((await importRows(null, preview.importId)).statusCode).toBe(401);
    expect((await importRows('khac', preview.importId)).statusCode).toBe(403);
    expect((await importRows('admin', preview.importId)).statusCode).toBe(200);
    expect((await importRows('admin', '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await importRows('tinh', preview.importId, '?limit=501')).statusCode).toBe(400);
    expect((await importRows('tinh', preview.importId, '?limit=500')).statusCode).toBe(200);
    expect((await importRows('tinh', preview.importId, '?offset=-1')).statusCode).toBe(400);
    expect((await importRows('tinh', preview.importId, '?page=2')).statusCode).toBe(400);
  });

  it('the preview counts what the commit would create, change and leave; once committed the rows are gone', async () => {
    const first = (await upload('tinh', 'libreoffice-merged-headers.xlsx', { dataset: 'CDS_XA', period: '2021' })).json();
    expect(first).toMatchObject({ status: 'ready', values: 24, changes: { created: 24, updated: 0, unchanged: 0 } });
    const grid = (await importRows('tinh', first.importId, '?limit=500')).json();
    expect(grid.total).toBe(first.grid.rows);
    // Title rows above the header are in the grid too, numbered as the sheet numbers them.
    expect(grid.items[0].row).toBe(1);
    const sampled = first.sample[0] as { row: number; cell: string };
    expect(grid.items.some((r: { row: number }) => r.row === sampled.row)).toBe(true);
    const commit = await app.inject({ method: 'POST', url: `/api/v1/imports/${first.importId}/commit`, headers: as.tinh });
    expect(commit.json()).toMatchObject({ created: 24 });
    expect((await importRows('tinh', first.importId)).json()).toMatchObject({ total: 0, items: [] });
    const left = await ctx.store.db.selectFrom('importRows').select('seq').where('importId', '=', first.importId).execute();
    expect(left).toEqual([]);
    const again = (await upload('tinh', 'libreoffice-merged-headers.xlsx', { dataset: 'CDS_XA', period: '2021' })).json();
    expect(again.changes).toEqual({ created: 0, updated: 0, unchanged: 24 });
  });
});
