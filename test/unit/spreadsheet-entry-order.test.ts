/**
 * exceljs writes the parts of an XLSX in a varying order; when a worksheet comes before xl/workbook.xml its
 * streaming reader used to crash ("Cannot read properties of undefined (reading 'sheets')") and the upload was
 * reported as a damaged file. The reader must cope with any order of parts.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../src/app/imports/read-spreadsheet.ts';
import { buildTemplate } from '../../src/app/imports/template.ts';
import type { ImportDescription } from '../../src/app/imports/types.ts';

const description = {
  dataset: { code: 'HA_TANG', name: 'Hạ tầng số', nameEn: 'Digital infrastructure', periodType: 'yearly' },
  period: '2024',
  elements: [
    { code: 'XA_CAP_QUANG', name: 'Số xã có cáp quang', valueType: 'integer' },
    { code: 'XA_TONG', name: 'Tổng số xã', valueType: 'integer' },
  ],
  units: [{ code: '67', name: 'Đắk Nông', writable: true }],
} as unknown as ImportDescription;

/** The same workbook with the shared strings and relations first, then the worksheets, the workbook part last. */
async function reordered(xlsx: Buffer): Promise<Buffer> {
  const source = await JSZip.loadAsync(xlsx);
  const names = Object.keys(source.files).filter((n) => !source.files[n]!.dir);
  const rank = (n: string) => (n.startsWith('xl/worksheets/') ? 1 : n === 'xl/workbook.xml' ? 2 : 0);
  const target = new JSZip();
  for (const name of [...names].sort((a, b) => rank(a) - rank(b))) target.file(name, await source.files[name]!.async('nodebuffer'));
  return target.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('XLSX parts in any order', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dxioc-order-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('reads our template with the worksheets before xl/workbook.xml (after the shared strings) and still finds its hidden metadata', async () => {
    const path = join(dir, 'reordered.xlsx');
    await writeFile(path, await reordered(await buildTemplate(description)));
    const { preview } = await readSpreadsheet(path, { fileName: 'mau.xlsx', description });
    expect(preview.errors).toEqual([]);
    expect(preview.rows).toBe(1);

    // The hidden sheet still says which dataset and period the file is for: another period is refused.
    const { preview: other } = await readSpreadsheet(path, { fileName: 'mau.xlsx', description: { ...description, period: '2023' } as ImportDescription });
    expect(other.errors.map((e) => e.message).join(' ')).toMatch(/kỳ 2024|another dataset or period/);
  });
});
