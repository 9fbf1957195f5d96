import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { readSpreadsheet } from '../../src/app/imports/read-spreadsheet.ts';
import { FIXTURE_DESCRIPTION } from '../fixtures/spreadsheets/dataset.ts';

const fixture = (name: string) => join(import.meta.dirname, '../fixtures/spreadsheets', name);
const read = (name: string) => readSpreadsheet(fixture(name), { fileName: name, description: FIXTURE_DESCRIPTION, collectItems: true });
const table = (items: Array<{ unit: string; dataElement: string; value: unknown }>) =>
  Object.fromEntries(items.map((i) => [`${i.unit}.${i.dataElement}`, i.value]));

describe('spreadsheet fixtures', () => {
  it('an XLSX saved by LibreOffice with merged headers and vi-VN number text imports correctly', async () => {
    const { preview, items } = await read('libreoffice-merged-headers.xlsx');
    expect(preview.errors).toEqual([]);
    expect(preview.sheet).toBe('Biểu 01');
    expect(preview.columns).toEqual(['FIBRE_VILLAGES', 'VILLAGES', 'FIBRE_RATE', 'ONLINE_FILES', 'PLAN_ISSUED']);
    expect(preview.rows).toBe(5);
    expect(preview.values).toBe(items.length);
    const values = table(items);
    expect(values['24611.ONLINE_FILES']).toBe(1607294); // "1.607.294" typed as text
    expect(values['24614.FIBRE_RATE']).toBe(90); // "90,00%"
    expect(values['24617.FIBRE_RATE']).toBe(87.5);
    expect(values['24623.FIBRE_RATE']).toBe(73.08); // 0,7308 formatted as a percentage
    expect(values['24623.ONLINE_FILES']).toBe(9876); // "9.876,0"
    expect(values['24620.VILLAGES']).toBe(13); // "xa quang khe": name without accents
    expect(values['24611.PLAN_ISSUED']).toBe(true); // "x"
    expect(values['24617.PLAN_ISSUED']).toBe(false); // "không"
    expect(values['24620.PLAN_ISSUED']).toBeUndefined(); // blank cell: no value
    expect(items.find((i) => i.unit === '24611' && i.dataElement === 'ONLINE_FILES')?.cell).toBe('F7');
    // The total row and the signature footer are skipped and said so.
    expect(preview.warnings.map((w) => w.row)).toEqual([13, 15]);
    expect(preview.warnings[0]?.message).toContain('Tổng cộng');
  });

  it('a parser slower than the disk (a busy machine) loses no part of the workbook', async () => {
    // unzipper says 'end' once the file is read, while parts it has pushed still wait in its buffer: the CI
    // machine under load once lost the relations and shared strings this way ("Sheet1", no header found).
    const proto = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as { _parseWorkbook(entry: unknown): Promise<void> };
    const parseWorkbook = proto._parseWorkbook;
    const slow = vi.spyOn(proto, '_parseWorkbook').mockImplementation(async function (this: unknown, entry: unknown) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return parseWorkbook.call(this, entry);
    });
    try {
      const { preview, items } = await read('libreoffice-merged-headers.xlsx');
      expect(slow).toHaveBeenCalledTimes(1);
      expect(preview.errors).toEqual([]);
      expect(preview.sheet).toBe('Biểu 01');
      expect(table(items)['24611.ONLINE_FILES']).toBe(1607294);
    } finally {
      slow.mockRestore();
    }
  });

  it('a truncated XLSX is an error, not an exception, and yields no values', async () => {
    const { preview, items } = await read('truncated.xlsx');
    expect(items).toEqual([]);
    expect(preview.errorCount).toBe(1);
    expect(preview.errors[0]?.message).toMatch(/bị hỏng hoặc không đầy đủ/);
  });

  it('a workbook without a matching sheet names the sheets it looked at', async () => {
    const { preview, items } = await read('wrong-sheet.xlsx');
    expect(items).toEqual([]);
    expect(preview.errors).toHaveLength(1);
    expect(preview.errors[0]?.message).toContain('"Hướng dẫn", "Danh sách cán bộ"');
  });

  it('text in a number column is an error naming the cell', async () => {
    const { preview } = await read('text-in-number.csv');
    expect(preview.encoding).toBe('utf8');
    expect(preview.delimiter).toBe(';');
    expect(preview.errors.map((e) => [e.cell, e.column])).toEqual([
      ['C3', 'FIBRE_VILLAGES'],
      ['D4', 'VILLAGES'],
    ]);
    expect(preview.errors[0]?.message).toContain('"chưa có"');
  });

  it('UTF-16 LE with a BOM, tab-separated (Excel "Unicode text")', async () => {
    const { preview, items } = await read('utf16le.csv');
    expect([preview.encoding, preview.delimiter, preview.errorCount]).toEqual(['utf16le', '\t', 0]);
    expect(table(items)).toMatchObject({ '24611.ONLINE_FILES': 1607294, '24617.VILLAGES': 16 });
  });

  it('Windows-1258 with combining tone marks: names match after NFC', async () => {
    const { preview, items } = await read('windows-1258.csv');
    expect([preview.encoding, preview.errorCount]).toEqual(['windows1258', 0]);
    expect(table(items)).toEqual({
      '24611.FIBRE_VILLAGES': 12,
      '24611.VILLAGES': 12,
      '24611.FIBRE_RATE': 100,
      '24617.FIBRE_VILLAGES': 14,
      '24617.VILLAGES': 16,
      '24617.FIBRE_RATE': 87.5,
      '24620.FIBRE_VILLAGES': 11,
      '24620.VILLAGES': 13,
      '24620.FIBRE_RATE': 84.62,
    });
    expect(preview.warnings.some((w) => w.row === 5 && w.message.includes('Tổng cộng'))).toBe(true);
  });

  it('Windows-1252, comma-separated, codes as headers', async () => {
    const { preview, items } = await read('windows-1252.csv');
    expect([preview.encoding, preview.delimiter, preview.errorCount]).toEqual(['windows1252', ',', 0]);
    expect(table(items)).toEqual({
      '24620.FIBRE_VILLAGES': 11,
      '24620.VILLAGES': 13,
      '24623.FIBRE_VILLAGES': 19,
      '24623.VILLAGES': 26,
      '24611.FIBRE_VILLAGES': 12,
      '24611.VILLAGES': 12,
    });
  });
});
