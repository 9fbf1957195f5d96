import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../src/app/imports/read-spreadsheet.ts';
import type { ImportDescription, ImportUnit } from '../../src/app/imports/types.ts';
import { FIXTURE_DESCRIPTION } from '../fixtures/spreadsheets/dataset.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dxioc-long-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

const yearly: ImportDescription = { ...FIXTURE_DESCRIPTION, periodType: 'yearly' };
async function read(text: string, description: ImportDescription = yearly, name = 'long.csv') {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.csv`);
  await writeFile(path, text);
  return readSpreadsheet(path, { fileName: name, description, collectItems: true });
}

describe('long files: one value per row', () => {
  it('Vietnamese headers: elements and units by code or name, vi-VN numbers, comment and evidence per row', async () => {
    const { preview, items, fieldColumns } = await read(
      [
        'STT;Mã chỉ tiêu;Mã đơn vị;Kỳ;Giá trị;Ghi chú;Minh chứng',
        '1;ONLINE_FILES;24611;2023;1.607.294;Số liệu từ Cổng DVC;QĐ 12/QĐ-UBND',
        '2;Tổng số thôn;xa quang khe;;13;;',
        '3;fibre_rate;24614;2023;73,08%;;',
        '4;PLAN_ISSUED;24617;2023;có;;https://example.vn/kh.pdf',
      ].join('\n'),
    );
    expect(preview.errors).toEqual([]);
    expect(preview).toMatchObject({ shape: 'long', rows: 4, values: 4, periods: ['2023'], columns: ['ONLINE_FILES', 'VILLAGES', 'FIBRE_RATE', 'PLAN_ISSUED'] });
    expect(items).toEqual([
      {
        dataElement: 'ONLINE_FILES',
        unit: '24611',
        period: '2023',
        value: 1607294,
        comment: 'Số liệu từ Cổng DVC',
        evidence: 'QĐ 12/QĐ-UBND',
        row: 2,
        cell: 'E2',
      },
      { dataElement: 'VILLAGES', unit: '24620', period: '2023', value: 13, row: 3, cell: 'E3' },
      { dataElement: 'FIBRE_RATE', unit: '24614', period: '2023', value: 73.08, row: 4, cell: 'E4' },
      { dataElement: 'PLAN_ISSUED', unit: '24617', period: '2023', value: true, evidence: 'https://example.vn/kh.pdf', row: 5, cell: 'E5' },
    ]);
    expect(fieldColumns).toMatchObject({ unit: { index: 2, label: 'Mã đơn vị' }, comment: { index: 5 }, evidence: { index: 6, label: 'Minh chứng' } });
  });

  it('every bad cell is named: unknown element, unit not in the dataset, wrong or other period, bad value, a key twice; an empty value is skipped', async () => {
    const { preview, items } = await read(
      [
        'dataElement,orgUnit,period,value',
        'NOPE,24611,2023,1', // row 2: unknown element
        'VILLAGES,99999,2023,1', // row 3: unit not in the dataset
        'VILLAGES,24611,2023Q1,1', // row 4: quarterly, the dataset is yearly
        'VILLAGES,24611,2022,1', // row 5: not the upload's period
        'VILLAGES,24611,2023,16a', // row 6: not a number
        'VILLAGES,24614,2023,7', // row 7: fine
        'VILLAGES,24614,2023,8', // row 8: the same key as row 7
        'ONLINE_FILES,24614,2023,', // row 9: no value: skipped with a warning
      ].join('\n'),
    );
    expect(preview.errors.map((e) => [e.row, e.column, e.cell])).toEqual([
      [2, 'dataElement', 'A2'],
      [3, 'orgUnit', 'B3'],
      [4, 'period', 'C4'],
      [5, 'period', 'C5'],
      [6, 'value', 'D6'],
      [8, 'value', 'D8'],
    ]);
    expect(preview.errors[3]?.message).toMatch(/khác kỳ đã chọn 2023/);
    expect(preview.errors[5]?.message).toMatch(/dòng 7/);
    expect(items.map((i) => i.row)).toEqual([7]);
    expect(preview.warnings.map((w) => [w.row, w.cell])).toEqual([[9, 'D9']]);
  });

  it("DHIS2's data value set CSV imports when its codes are ours; bookkeeping columns are ignored; a disaggregation is refused", async () => {
    const { preview, items } = await read(
      [
        'dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value,storedby,lastupdated,comment,followup',
        'VILLAGES,2023,24611,HllvX50cXC0,HllvX50cXC0,12,admin,2024-01-10T08:00:00.000+0000,,false',
        'FIBRE_VILLAGES,2023,24611,,,11,admin,2024-01-10T08:00:00.000+0000,"đã kiểm tra",false',
        'FIBRE_VILLAGES,2023,24614,Nam,HllvX50cXC0,5,admin,2024-01-10T08:00:00.000+0000,,false',
      ].join('\n'),
    );
    expect(preview.warnings).toEqual([]);
    expect(preview.errors).toEqual([
      expect.objectContaining({ row: 4, column: 'categoryoptioncombo', cell: 'D4', message: expect.stringMatching(/Phân tổ "Nam"/) }),
    ]);
    expect(items.map((i) => [i.dataElement, i.unit, i.value, i.comment ?? null, i.cell])).toEqual([
      ['VILLAGES', '24611', 12, null, 'F2'],
      ['FIBRE_VILLAGES', '24611', 11, 'đã kiểm tra', 'F3'],
    ]);
  });

  it('without an upload period the rows name it: each period gets its own units, asked once', async () => {
    const asked: string[] = [];
    const unitsFor = async (period: string): Promise<ImportUnit[]> => {
      asked.push(period);
      // Before 2023 the commune 24629 did not exist yet.
      return FIXTURE_DESCRIPTION.units.filter((u) => period >= '2023' || u.code !== '24629');
    };
    const description: ImportDescription = { ...yearly, period: '', units: [], unitsFor };
    const { preview, items } = await read(
      [
        'Mã chỉ tiêu;Mã đơn vị;Kỳ;Giá trị',
        'VILLAGES;24611;2022;10',
        'VILLAGES;24611;2023;11',
        'VILLAGES;24629;2023;4',
        'VILLAGES;24629;2022;3',
        'VILLAGES;24614;;3',
      ].join('\n'),
      description,
    );
    expect(asked).toEqual(['2022', '2023']);
    expect(items.map((i) => `${i.unit}@${i.period}=${i.value}`)).toEqual(['24611@2022=10', '24611@2023=11', '24629@2023=4']);
    expect(preview.periods).toEqual(['2022', '2023']);
    expect(preview.errors.map((e) => [e.cell, e.message.slice(0, 20)])).toEqual([
      ['B5', 'Mã đơn vị "24629" kh'],
      ['C6', 'Thiếu kỳ / no period'],
    ]);
    expect(preview.errors[0]?.message).toContain('kỳ 2022');
  });

  it('the header decides the shape: a long header without a unit or (no upload period) a period column, and a wide file without a period, are errors', async () => {
    const noUnit = await read('Mã chỉ tiêu;Kỳ;Giá trị\nVILLAGES;2023;1');
    expect(noUnit.preview.errors[0]?.message).toMatch(/cần cột "Mã đơn vị"/);
    const noPeriod = await read('Mã chỉ tiêu;Mã đơn vị;Giá trị\nVILLAGES;24611;1', { ...yearly, period: '' });
    expect(noPeriod.preview.errors[0]?.message).toMatch(/cần cột "Kỳ"/);
    const wide = await read('Mã đơn vị;Tổng số thôn\n24611;12', { ...yearly, period: '' });
    expect(wide.preview.errors.map((e) => e.message)).toEqual([expect.stringMatching(/Tệp dạng bảng .* cần chọn kỳ/)]);
    // The same wide file with a period, and a "Ghi chú" and "Minh chứng" column: every value of the row carries them.
    const withNotes = await read('Mã đơn vị;Tổng số thôn;Số thôn có cáp quang;Ghi chú;Minh chứng\n24611;12;11;Theo báo cáo quý IV;CV 45/UBND\n24614;9;;;');
    expect(withNotes.preview).toMatchObject({ shape: 'wide', errorCount: 0 });
    // The note columns are used, not warned about as unknown (only the elements without a column are).
    expect(withNotes.preview.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^Tệp không có cột cho: FIBRE_RATE/)]);
    expect(withNotes.items.map((i) => [i.dataElement, i.unit, i.comment ?? null, i.evidence ?? null])).toEqual([
      ['VILLAGES', '24611', 'Theo báo cáo quý IV', 'CV 45/UBND'],
      ['FIBRE_VILLAGES', '24611', 'Theo báo cáo quý IV', 'CV 45/UBND'],
      ['VILLAGES', '24614', null, null],
    ]);
    expect(withNotes.fieldColumns).toMatchObject({ comment: { index: 3 }, evidence: { index: 4 } });
  });

  it('an XLSX sheet in the long shape, below a title, is read too', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Dữ liệu');
    sheet.addRow(['SỐ LIỆU XUẤT TỪ HỆ THỐNG MỘT CỬA']);
    sheet.addRow(['Mã chỉ tiêu', 'Tên đơn vị', 'Kỳ', 'Giá trị']);
    sheet.addRow(['ONLINE_FILES', 'Phường Nghĩa Đức', 2023, 1607294]);
    sheet.addRow(['ONLINE_FILES', 'Tổng cộng', 2023, 1607294]);
    const path = join(dir, 'long.xlsx');
    await wb.xlsx.writeFile(path);
    const { preview, items } = await readSpreadsheet(path, { fileName: 'long.xlsx', description: yearly, collectItems: true });
    expect(preview).toMatchObject({ shape: 'long', sheet: 'Dữ liệu', errorCount: 0, values: 1 });
    expect(items[0]).toMatchObject({ unit: '24611', period: '2023', value: 1607294, cell: 'D3' });
    expect(preview.warnings.map((w) => [w.cell, w.message.slice(0, 14)])).toEqual([['B4', 'Dòng 4 là dòng']]);
  });
});
