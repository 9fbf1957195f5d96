import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../src/app/imports/read-spreadsheet.ts';
import type { ImportDescription } from '../../src/app/imports/types.ts';

const ROWS = 100_000;
const description: ImportDescription = {
  dataset: { code: 'BIG', name: 'Tệp lớn' },
  period: '202306',
  elements: [
    { code: 'HS_TIEP_NHAN', name: 'Tổng số hồ sơ tiếp nhận', valueType: 'integer' },
    { code: 'TL_DUNG_HAN', name: 'Tỷ lệ giải quyết đúng hạn', valueType: 'percentage' },
  ],
  units: Array.from({ length: ROWS }, (_, i) => ({ code: `U${String(i).padStart(6, '0')}`, name: `Đơn vị ${i}` })),
};

describe('a 100,000-row CSV', () => {
  let dir = '';
  let path = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dxioc-large-'));
    path = join(dir, 'large.csv');
    const out = createWriteStream(path);
    out.write('\ufeffMã đơn vị;Tên đơn vị;Tổng số hồ sơ tiếp nhận;Tỷ lệ giải quyết đúng hạn\r\n');
    for (let i = 0; i < ROWS; i++) {
      if (!out.write(`U${String(i).padStart(6, '0')};Đơn vị ${i};${(1000 + i).toLocaleString('vi-VN')};${(i % 100) + 0.5}%\r\n`.replace('.5%', ',5%')))
        await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('streams every row, reporting progress as it goes', async () => {
    const progress: number[] = [];
    const { preview, items } = await readSpreadsheet(path, {
      fileName: 'large.csv',
      description,
      onProgress: (n) => progress.push(n),
      progressEvery: 10_000,
      collectItems: true,
    });
    expect(preview.errorCount).toBe(0);
    expect([preview.rows, preview.values, preview.rowsRead]).toEqual([ROWS, 2 * ROWS, ROWS + 1]);
    expect(items).toHaveLength(2 * ROWS);
    expect(items[2 * 12345]).toMatchObject({ unit: 'U012345', dataElement: 'HS_TIEP_NHAN', value: 13345, cell: 'C12347' });
    expect(items[2 * 12345 + 1]).toMatchObject({ value: 45.5 });
    // Progress: every 10,000 rows, increasing, and the final count at the end.
    expect(progress.slice(0, 3)).toEqual([10_000, 20_000, 30_000]);
    expect(progress.at(-1)).toBe(ROWS + 1);
    expect(progress.length).toBeGreaterThanOrEqual(10);
  });

  it('a preview keeps counts and a sample, not the values', async () => {
    const { preview, items } = await readSpreadsheet(path, { fileName: 'large.csv', description });
    expect([preview.values, items.length, preview.sample.length]).toEqual([2 * ROWS, 0, 20]);
  });
});
