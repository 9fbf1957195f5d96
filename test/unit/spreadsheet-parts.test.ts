import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { columnLetter } from '../../src/app/imports/cell-ref.ts';
import { readCell } from '../../src/app/imports/cell-value.ts';
import { detectDelimiter } from '../../src/app/imports/csv-rows.ts';
import { matchHeader } from '../../src/app/imports/header-match.ts';
import { sniffEncoding } from '../../src/app/imports/text-encoding.ts';
import { isTotal, UnitMatcher } from '../../src/app/imports/unit-match.ts';
import type { SheetRow } from '../../src/app/imports/types.ts';
import { FIXTURE_DESCRIPTION } from '../fixtures/spreadsheets/dataset.ts';
import { toWindows1258Form } from '../fixtures/spreadsheets/make-fixtures.ts';

const rows = (...cells: Array<Array<string | number | null>>): SheetRow[] => cells.map((c, i) => ({ rowNumber: i + 1, cells: c }));

describe('encoding detection', () => {
  const text = 'Mã đơn vị;Tên đơn vị\n24611;Phường Nghĩa Đức\n';
  it('byte-order marks, UTF-16 without a mark, UTF-8', () => {
    expect(sniffEncoding(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), true)).toEqual({ encoding: 'utf8', bomLength: 3 });
    expect(sniffEncoding(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16be')]), true)).toEqual({ encoding: 'utf16be', bomLength: 2 });
    expect(sniffEncoding(iconv.encode('Ma don vi;Ten\n1;Nghia Duc\n', 'utf16le'), true)).toEqual({ encoding: 'utf16le', bomLength: 0 });
    expect(sniffEncoding(Buffer.from(text), true).encoding).toBe('utf8');
  });
  it('a UTF-8 sequence cut by the end of the sample is still UTF-8, unless the sample is the whole file', () => {
    const cut = Buffer.from('Nghĩa').subarray(0, 4); // "Ngh" + the first byte of "ĩ"
    expect(sniffEncoding(cut, false).encoding).toBe('utf8');
    expect(sniffEncoding(cut, true).encoding).not.toBe('utf8');
  });
  it('Windows-1258 (combining tones) versus Windows-1252 (Western accents)', () => {
    expect(sniffEncoding(iconv.encode(toWindows1258Form('Xã Quảng Khê;Phường Nghĩa Đức;Tổng cộng'), 'windows1258'), true).encoding).toBe('windows1258');
    expect(sniffEncoding(iconv.encode('Xã Hòa Bình;Café;Thành', 'windows1252'), true).encoding).toBe('windows1252');
  });
});

describe('delimiter detection', () => {
  it('the consistent splitter wins; commas inside quotes and vi-VN decimals do not fool it', () => {
    expect(detectDelimiter('a;b;c\n1;73,08;3\n2;1,5;4')).toBe(';');
    expect(detectDelimiter('a,b,c\n1,"73,08",3\n2,"1,5",4')).toBe(',');
    expect(detectDelimiter('Báo cáo, năm 2023\na\tb\tc\n1\t2\t3')).toBe('\t');
  });
});

describe('header matching', () => {
  const { elements } = FIXTURE_DESCRIPTION;
  it('titles above, a group row, names below, codes in a third row: codes win', () => {
    const match = matchHeader(
      rows(
        ['BÁO CÁO SỐ LIỆU'],
        ['STT', 'Mã đơn vị', 'Tên đơn vị', 'Hạ tầng số', null, 'Ghi chú'],
        [null, null, null, 'Tổng số thôn', 'Số thôn có cáp quang', null],
        [null, null, null, 'FIBRE_VILLAGES', 'VILLAGES', null],
        [1, '24611', 'Phường Nghĩa Đức', 12, 12, null],
      ),
      elements,
    );
    expect(match).not.toBeNull();
    expect(match!.lastHeaderRow).toBe(4);
    expect([match!.unitCodeColumn, match!.unitNameColumn]).toEqual([1, 2]);
    // The names row says the opposite of the codes row: the codes decide.
    expect([...match!.elementColumns].map(([c, e]) => [c, e.code])).toEqual([
      [3, 'FIBRE_VILLAGES'],
      [4, 'VILLAGES'],
    ]);
  });
  it('codes in the header text, unknown columns warned about, no unit column an error', () => {
    const match = matchHeader(rows(['Đơn vị', 'Số hồ sơ (ONLINE_FILES)', 'Số máy tính']), elements)!;
    expect(match.elementColumns.get(1)?.code).toBe('ONLINE_FILES');
    expect(match.warnings.map((w) => w.cell)).toEqual(['C1', '']);
    expect(match.errors).toEqual([]);
    const noUnit = matchHeader(rows(['Xã', 'VILLAGES']), elements)!;
    expect(noUnit.errors[0]?.message).toMatch(/Mã đơn vị/);
    expect(matchHeader(rows(['Họ và tên', 'Chức vụ']), elements)).toBeNull();
  });
  it('the same element twice is an error naming both columns', () => {
    const match = matchHeader(rows(['Mã đơn vị', 'VILLAGES', 'Tổng số thôn']), elements)!;
    expect(match.errors[0]?.message).toMatch(/cột B và cột C/);
  });
});

describe('units by code or name', () => {
  const units = new UnitMatcher([...FIXTURE_DESCRIPTION.units, { code: '00042', name: 'Thôn 4' }]);
  it('codes win; leading zeros a spreadsheet dropped are tolerated; names without accents or prefix', () => {
    expect(units.resolve('24611', 'Xã Quảng Khê')).toMatchObject({ kind: 'unit', unit: { code: '24611' } });
    expect(units.resolve('42', '')).toMatchObject({ kind: 'unit', unit: { code: '00042' } });
    expect(units.resolve('', 'xa dak nia')).toMatchObject({ kind: 'unit', unit: { code: '24617' } });
    expect(units.resolve('', 'Đắk Nia')).toMatchObject({ kind: 'unit', unit: { code: '24617' } });
    expect(units.resolve('', "XÃ ĐẮK R'MOAN")).toMatchObject({ kind: 'unit', unit: { code: '24626' } });
  });
  it('unknown codes and unknown or ambiguous names are errors; totals are recognised', () => {
    expect(units.resolve('99999', 'Phường Nghĩa Đức')).toMatchObject({ kind: 'error' });
    expect(units.resolve('', 'Xã Không Có')).toMatchObject({ kind: 'error' });
    const ambiguous = units.resolve('', 'Xã Quảng Sơn');
    expect(ambiguous.kind).toBe('error');
    expect(ambiguous.kind === 'error' && ambiguous.message).toMatch(/24629.*24632/);
    expect(units.resolve('', 'Tổng cộng')).toEqual({ kind: 'total', label: 'Tổng cộng' });
    expect(units.resolve('', '')).toEqual({ kind: 'blank' });
    expect([isTotal('TOÀN TỈNH'), isTotal('Tong cong'), isTotal('Tòng Đậu'), isTotal('Xã Tổng Cọt')]).toEqual([true, true, false, false]);
  });
});

describe('cell values', () => {
  it('vi-VN text, numbers, percentages, yes/no, blanks and dashes', () => {
    expect(readCell('1.607.294', 'integer')).toEqual({ kind: 'value', value: 1607294 });
    expect(readCell('73,08%', 'percentage')).toEqual({ kind: 'value', value: 73.08 });
    expect(readCell({ percent: 73.08 }, 'percentage')).toEqual({ kind: 'value', value: 73.08 });
    expect(readCell(0.5934, 'number')).toEqual({ kind: 'value', value: 0.5934 });
    expect(readCell('Có', 'boolean')).toEqual({ kind: 'value', value: true });
    expect(readCell('chưa', 'boolean')).toEqual({ kind: 'value', value: false });
    expect(readCell('-', 'integer')).toEqual({ kind: 'empty' });
    expect(readCell(null, 'integer')).toEqual({ kind: 'empty' });
    expect(readCell(12, 'text')).toEqual({ kind: 'value', value: '12' });
  });
  it('bad cells say why, in Vietnamese first', () => {
    expect(readCell('12,5', 'integer')).toMatchObject({ kind: 'error', message: expect.stringMatching(/số nguyên/) });
    expect(readCell('120%', 'percentage')).toMatchObject({ kind: 'error', message: expect.stringMatching(/0 đến 100/) });
    expect(readCell('có lẽ', 'boolean')).toMatchObject({ kind: 'error', message: expect.stringMatching(/có\/không/) });
    expect(readCell(true, 'integer')).toMatchObject({ kind: 'error' });
  });
  it('column letters', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
