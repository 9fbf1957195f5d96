/**
 * What a spreadsheet may unpack to, checked while it streams: zip bombs (a shared string of 100 million
 * characters in 400 KB, a part of zeros declared as 1 KB), a value at column XFD on every row, huge CSV cells and
 * rows, too many rows or cells; a damaged file ends at once (no hang), and an aborted read (the deadline) stops.
 * Whatever the file, the preview stays small.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSpreadsheet, type ReadOptions } from '../../src/app/imports/read-spreadsheet.ts';
import { SPREADSHEET_LIMITS } from '../../src/app/imports/spreadsheet-limits.ts';
import { buildTemplate } from '../../src/app/imports/template.ts';
import { FIXTURE_DESCRIPTION } from '../fixtures/spreadsheets/dataset.ts';
import {
  damagedTemplate,
  hugeCellCsv,
  manyRowsCsv,
  richTextBomb,
  sharedStringBomb,
  unclosedQuoteCsv,
  wideColumnXlsx,
  zeroPartBomb,
} from '../helpers/hostile-files.ts';

describe('spreadsheet limits, checked while the file streams', () => {
  let dir = '';
  let n = 0;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dxioc-limits-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  const read = async (content: Buffer, ext: 'xlsx' | 'csv', options: Partial<ReadOptions> = {}) => {
    const path = join(dir, `f${n++}.${ext}`);
    await writeFile(path, content);
    return readSpreadsheet(path, { fileName: `tep.${ext}`, description: FIXTURE_DESCRIPTION, ...options });
  };
  const small = (preview: unknown) => expect(JSON.stringify(preview).length).toBeLessThan(10_000);

  it('a shared string of 100 million characters (400 KB zipped, declared 1 KB) is refused at the first MiB of its text', async () => {
    for (const file of [await sharedStringBomb(100_000_000, { declared: 1024 }), await sharedStringBomb(100_000_000, { sheetFirst: true })]) {
      const { preview, items, failure } = await read(file, 'xlsx', { collectItems: true });
      expect(failure).toMatchObject({ kind: 'limit', limit: 'xmlTextBytes', max: SPREADSHEET_LIMITS.xmlTextBytes });
      expect(preview.errors[0]?.message).toContain('xl/sharedStrings.xml');
      expect([preview.errorCount, items]).toEqual([1, []]);
      small(preview);
    }
  });

  it('a shared string made of many short rich-text runs is refused past 32,767 characters', async () => {
    const { failure, preview } = await read(await richTextBomb(40, 1000), 'xlsx');
    expect(failure).toMatchObject({ kind: 'limit', limit: 'cellChars', max: 32_767 });
    expect(preview.errors[0]?.message).toMatch(/32\.767 ký tự.*shared string 1/);
  });

  it('a part of zeros nobody reads counts toward the unpacked total, whatever size the zip declares', async () => {
    const limits = { ...SPREADSHEET_LIMITS, unpackedBytes: 8 * 1024 * 1024 };
    const { failure } = await read(await zeroPartBomb(20 * 1024 * 1024, 1024), 'xlsx', { limits });
    expect(failure).toMatchObject({ kind: 'limit', limit: 'unpackedBytes', max: 8 * 1024 * 1024 });
    // Under the limit the same kind of file reads (the part is drained, the sheet is read).
    const fine = await read(await zeroPartBomb(1024 * 1024, 1024), 'xlsx', { limits });
    expect([fine.failure, fine.preview.values]).toEqual([undefined, 1]);
  });

  it('a part exceljs holds in memory is bounded on its own (shared strings of many small strings)', async () => {
    const limits = { ...SPREADSHEET_LIMITS, partBytes: 64 * 1024 };
    const { failure, preview } = await read(await richTextBomb(200, 500), 'xlsx', { limits });
    expect(failure).toMatchObject({ kind: 'limit', limit: 'partBytes' });
    expect(preview.errors[0]?.message).toContain('xl/sharedStrings.xml');
  });

  it('a value at column XFD on each of 100,000 rows is refused at its first cell, before the row is laid out', async () => {
    const { failure, preview } = await read(await wideColumnXlsx(100_000, 'XFD'), 'xlsx');
    expect(failure).toMatchObject({ kind: 'limit', limit: 'columns', max: 1024 });
    expect(preview.errors[0]?.message).toContain('XFD2');
    expect(preview.rowsRead).toBe(1);
    // The last column allowed is fine.
    expect((await read(await wideColumnXlsx(3, 'AMJ'), 'xlsx')).failure).toBeUndefined();
  });

  it('an empty formatted cell at XFD on every row (no value) counts toward the cells the rows span', async () => {
    const limits = { ...SPREADSHEET_LIMITS, spannedCells: 2_000_000 };
    const { failure, preview } = await read(await wideColumnXlsx(20_000, 'XFD', { empty: true }), 'xlsx', { limits });
    expect(failure).toMatchObject({ kind: 'limit', limit: 'spannedCells', max: 2_000_000 });
    expect(preview.rowsRead).toBeLessThan(200);
    // The default limit stops the same file too (about 3,000 rows that wide), where reading it all took minutes.
    expect((await read(await wideColumnXlsx(20_000, 'XFD', { empty: true }), 'xlsx')).failure).toMatchObject({ limit: 'spannedCells' });
  });

  it('CSV: a cell over 32,767 characters, and a row over 1 MiB (an unclosed quote), are refused naming the place', async () => {
    const cell = await read(hugeCellCsv(40_000), 'csv');
    expect(cell.failure).toMatchObject({ kind: 'limit', limit: 'cellChars', max: 32_767 });
    expect(cell.preview.errors[0]?.message).toContain('ô C2');
    small(cell.preview);
    const probe = await read(hugeCellCsv(50_000_000), 'csv');
    expect(probe.failure).toMatchObject({ kind: 'limit', limit: 'csvRowChars', max: SPREADSHEET_LIMITS.csvRowChars });
    small(probe.preview);
    const quote = await read(unclosedQuoteCsv(5_000_000), 'csv');
    expect(quote.failure).toMatchObject({ kind: 'limit', limit: 'csvRowChars' });
    expect(quote.preview.errors[0]?.message).toContain('dòng 2');
  });

  it('rows and cells with a value are counted over the whole file', async () => {
    const rows = await read(manyRowsCsv(1500), 'csv', { limits: { ...SPREADSHEET_LIMITS, rows: 1000 } });
    expect(rows.failure).toMatchObject({ kind: 'limit', limit: 'rows', max: 1000 });
    expect(rows.preview.rowsRead).toBe(1000);
    const cells = await read(manyRowsCsv(1500), 'csv', { limits: { ...SPREADSHEET_LIMITS, cells: 2001 } });
    expect(cells.failure).toMatchObject({ kind: 'limit', limit: 'cells', max: 2001 });
  });

  it('the preview stays small whatever the file: long texts clipped, lists bounded, counts exact', async () => {
    // 3,000 rows whose value is 3,000 characters of text: every row is an error quoting its cell (6 MB of errors).
    const text = 'z'.repeat(3000);
    const csv = Buffer.from(`Mã đơn vị;FIBRE_VILLAGES\n${Array.from({ length: 3000 }, (_, i) => `${24611 + 3 * (i % 8)};${text}`).join('\n')}\n`);
    const { preview, failure } = await read(csv, 'csv');
    expect(failure).toBeUndefined();
    expect(preview.errorCount).toBeGreaterThanOrEqual(3000);
    expect(preview.errors.length).toBeGreaterThan(0);
    expect(Math.max(...preview.errors.map((e) => e.message.length))).toBeLessThanOrEqual(1000);
    expect(JSON.stringify(preview).length).toBeLessThan(500_000);
  });
});

describe('a damaged or stalled file ends the read at once', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dxioc-damaged-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('the probe: a template with bytes 2,000–3,999 overwritten is unreadable (it used to wait for ever)', async () => {
    const path = join(dir, 'probe.xlsx');
    await writeFile(path, await damagedTemplate(FIXTURE_DESCRIPTION));
    const { failure, preview } = await readSpreadsheet(path, { fileName: 'mau.xlsx', description: FIXTURE_DESCRIPTION });
    expect(failure).toMatchObject({ kind: 'unreadable' });
    expect(preview.errors[0]?.message).toMatch(/bị hỏng hoặc không đầy đủ/);
  });

  it('1,000 bytes overwritten anywhere in the template: every read settles, with a failure or with what it could read, and throws nothing uncaught', async () => {
    const template = await buildTemplate(FIXTURE_DESCRIPTION);
    const outcomes: string[] = [];
    for (let from = 0; from < template.length; from += 250) {
      for (const byte of [0x00, 0x41, 0xff]) {
        const path = join(dir, `at-${from}-${byte}.xlsx`);
        await writeFile(path, await damagedTemplate(FIXTURE_DESCRIPTION, from, from + 1000, byte));
        const { failure, preview } = await readSpreadsheet(path, { fileName: 'mau.xlsx', description: FIXTURE_DESCRIPTION });
        outcomes.push(failure?.kind ?? (preview.errorCount > 0 ? 'errors' : 'read'));
      }
    }
    expect(outcomes.length).toBe(Math.ceil(template.length / 250) * 3);
    expect(outcomes).toContain('unreadable');
  });

  it('an aborted read (the deadline) stops and says why', async () => {
    const path = join(dir, 'rows.csv');
    await writeFile(path, manyRowsCsv(50_000));
    const controller = new AbortController();
    const { failure, preview } = await readSpreadsheet(path, {
      fileName: 'rows.csv',
      description: FIXTURE_DESCRIPTION,
      progressEvery: 1000,
      onProgress: (rows) => rows >= 1000 && controller.abort(new Error('quá thời hạn đọc tệp / read deadline passed')),
      signal: controller.signal,
    });
    expect(failure).toMatchObject({ kind: 'unreadable' });
    expect(failure?.message).toContain('read deadline passed');
    expect(preview.rowsRead).toBeLessThan(50_000);
    const xlsx = join(dir, 'template.xlsx');
    await writeFile(xlsx, await buildTemplate(FIXTURE_DESCRIPTION));
    const aborted = await readSpreadsheet(xlsx, { fileName: 'mau.xlsx', description: FIXTURE_DESCRIPTION, signal: AbortSignal.abort(new Error('deadline')) });
    expect(aborted.failure).toMatchObject({ kind: 'unreadable' });
  });
});
