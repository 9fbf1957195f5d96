/**
 * Hostile uploads through POST /imports: a zip bomb, a value at column XFD on every row, huge CSV cells and
 * rows are refused 413 naming the limit; a damaged template (the probe: it hung until the socket's timeout) and a
 * read past its deadline are 422 FILE_UNREADABLE. Each time the refused upload leaves no import row (its id was
 * never given out) and its file is deleted from the imports directory; a multipart field over its size is 413 naming it.
 * On both dialects, and on a SQLite file, where the reading runs in a worker thread as in production (the
 * in-memory SQLite of describeEachDialect reads in the server's thread).
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import type { ImportRunnerOptions } from '../../src/app/imports/import-runner.ts';
import { SPREADSHEET_LIMITS } from '../../src/app/imports/spreadsheet-limits.ts';
import { buildTemplate } from '../../src/app/imports/template.ts';
import { openStore, type Store } from '../../src/store/db.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';
import { FIXTURE_DESCRIPTION } from '../fixtures/spreadsheets/dataset.ts';
import { multipartBody } from '../fixtures/spreadsheets/multipart.ts';
import { seedFixtureDataset } from '../fixtures/spreadsheets/seed-store.ts';
import { createUser, login } from '../helpers/auth.ts';
import { damagedTemplate, hugeCellCsv, sharedStringBomb, unclosedQuoteCsv, wideColumnXlsx } from '../helpers/hostile-files.ts';
import { describeEachDialect } from '../helpers/stores.ts';

function hostileUploads(ctx: { readonly store: Store }, runner: ImportRunnerOptions = {}): void {
  let app: FastifyInstance;
  let late: FastifyInstance;
  let dir = '';
  let headers: Record<string, string> = {};

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dxioc-imports-limits-'));
    await seedFixtureDataset(ctx.store);
    await createUser(ctx.store, { username: 'tinh', role: 'reporter', units: ['67'] });
    app = buildApp({ store: ctx.store, today: () => '2025-08-15', files: { importsDir: dir, importRunner: runner } });
    // The same server with a read deadline already passed when the reading starts.
    late = buildApp({ store: ctx.store, today: () => '2025-08-15', files: { importsDir: dir, importRunner: { ...runner, readDeadlineMs: 0 } } });
    await Promise.all([app.ready(), late.ready()]);
    headers = (await login(app, 'tinh')).headers;
  });
  afterAll(async () => {
    await Promise.all([app.close(), late.close()]);
    await rm(dir, { recursive: true, force: true });
  });

  /** Import rows before the last upload: a refused upload must leave none behind. */
  let rowsBefore = 0;
  const importRows = async () => (await ctx.store.db.selectFrom('imports').select('id').execute()).length;
  const upload = async (name: string, content: Buffer, fields: Record<string, string> = { dataset: 'CDS_XA', period: '2023' }, to = app) => {
    rowsBefore = await importRows();
    const body = multipartBody(fields, { field: 'file', name, content });
    return to.inject({ method: 'POST', url: '/api/v1/imports', payload: body.payload, headers: { ...headers, ...body.headers } });
  };
  const uploads = async () => (await readdir(dir)).filter((name) => name.endsWith('.upload'));
  /** The refused upload left no import row (its id was never given out) and no file in the imports directory. */
  const refusedAndCleaned = async () => {
    expect(await importRows()).toBe(rowsBefore);
    expect(await uploads()).toEqual([]);
  };

  it('a legacy .xls and a file named .xlsx that is not one are 422 FILE_UNREADABLE, not a preview of one error', async () => {
    const xls = await upload('cu.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    expect([xls.statusCode, xls.json().error.code]).toEqual([422, 'FILE_UNREADABLE']);
    expect(xls.json().error.message).toContain('.xls');
    await refusedAndCleaned();
    const fake = await upload('gia.xlsx', Buffer.from('không phải tệp nén'));
    expect([fake.statusCode, fake.json().error.code]).toEqual([422, 'FILE_UNREADABLE']);
    await refusedAndCleaned();
  });

  it("the probe's zip bomb (one shared string of 100 million characters, 400 KB) is 413 naming the limit", async () => {
    const response = await upload('bom.xlsx', await sharedStringBomb(100_000_000));
    expect([response.statusCode, response.json().error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    expect(response.json().error.details).toEqual([
      { field: 'file', limit: 'xmlTextBytes', max: SPREADSHEET_LIMITS.xmlTextBytes, message: expect.stringContaining('xl/sharedStrings.xml') },
    ]);
    await refusedAndCleaned();
  });

  it('a value at column XFD on every one of 100,000 rows is 413 at its first cell', async () => {
    const response = await upload('rong.xlsx', await wideColumnXlsx(100_000, 'XFD'));
    expect([response.statusCode, response.json().error.details[0].limit]).toEqual([413, 'columns']);
    expect(response.json().error.details[0].message).toContain('XFD2');
    await refusedAndCleaned();
  });

  it('CSV: a 40,000-character comment and an unclosed quote over 1 MiB are 413 naming the cell and the row', async () => {
    const cell = await upload('ghi-chu.csv', hugeCellCsv(40_000));
    expect([cell.statusCode, cell.json().error.details[0].limit]).toEqual([413, 'cellChars']);
    expect(cell.json().error.details[0].message).toContain('C2');
    await refusedAndCleaned();
    const row = await upload('ngoac.csv', unclosedQuoteCsv(2_000_000));
    expect([row.statusCode, row.json().error.details[0].limit]).toEqual([413, 'csvRowChars']);
    await refusedAndCleaned();
  });

  it("the probe's damaged template (bytes 2,000–3,999 overwritten) is 422 FILE_UNREADABLE at once, not a hang", async () => {
    const response = await upload('mau.xlsx', await damagedTemplate(FIXTURE_DESCRIPTION));
    expect([response.statusCode, response.json().error.code]).toEqual([422, 'FILE_UNREADABLE']);
    expect(response.json().error.message).toMatch(/bị hỏng hoặc không đầy đủ/);
    expect(response.json().error.details).toEqual([{ field: 'file', message: expect.stringContaining('damaged') }]);
    await refusedAndCleaned();
  });

  it('a read past its deadline is 422 FILE_UNREADABLE saying so; the same file reads on a server with time to read it', async () => {
    const template = await buildTemplate(FIXTURE_DESCRIPTION);
    const response = await upload('mau.xlsx', template, undefined, late);
    expect([response.statusCode, response.json().error.code]).toEqual([422, 'FILE_UNREADABLE']);
    expect(response.json().error.message).toContain('quá thời hạn');
    await refusedAndCleaned();
    const fine = await upload('mau.xlsx', template);
    expect([fine.statusCode, fine.json().status]).toEqual([201, 'ready']);
  });

  it('a multipart field over 1,000 bytes is 413 naming it (it was cut short silently), before any file is kept', async () => {
    const before = (await ctx.store.db.selectFrom('imports').select('id').execute()).length;
    const files = await uploads();
    const response = await upload('mau.xlsx', await buildTemplate(FIXTURE_DESCRIPTION), { dataset: 'CDS_XA', period: `2023${' '.repeat(1000)}` });
    expect([response.statusCode, response.json().error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    expect(response.json().error.details).toEqual([{ field: 'period', message: expect.any(String) }]);
    expect((await ctx.store.db.selectFrom('imports').select('id').execute()).length).toBe(before);
    expect(await uploads()).toEqual(files);
  });
}

describeEachDialect('imports: hostile files', (ctx) => hostileUploads(ctx));

describe('imports: hostile files [sqlite file, read in a worker thread]', () => {
  let dir = '';
  let store: Store | null = null;
  const ctx = {
    get store(): Store {
      if (!store) throw new Error('store not open yet');
      return store;
    },
  };
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dxioc-imports-limits-db-'));
    store = openStore(join(dir, 'dx-ioc.sqlite'));
    await migrateToLatest(store);
  });
  afterAll(async () => {
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  });
  hostileUploads(ctx);
  it('reads in a worker thread', () => {
    expect(ctx.store.shareable?.()).toMatchObject({ target: join(dir, 'dx-ioc.sqlite') });
  });
});
