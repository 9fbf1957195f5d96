import { describe, expect, it } from 'vitest';
import { columnLetters, parseCellRef, problemsByCell } from './cell-refs';
import { defaultPeriod, periodChoices } from './period-choices';

describe('cell references of the import grid', () => {
  it('column letters as a spreadsheet names them, and back', () => {
    expect([0, 3, 25, 26, 27, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'D', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
    for (const column of [0, 3, 25, 26, 701, 702, 1023]) expect(parseCellRef(`${columnLetters(column)}7`)).toEqual({ row: 7, column });
    expect(parseCellRef('d7')).toEqual({ row: 7, column: 3 });
    for (const bad of ['', '7', 'D', 'Tên đơn vị', 'D7:E8']) expect(parseCellRef(bad), bad).toBeNull();
  });

  it('errors by cell: several on one cell kept together, whole-file errors left out', () => {
    const byCell = problemsByCell([
      { row: 7, cell: 'D7', message: 'a' },
      { row: 7, cell: 'D7', message: 'b' },
      { row: 0, cell: '', message: 'cả tệp' },
    ]);
    expect([...byCell]).toEqual([['7:3', ['a', 'b']]]);
  });
});

describe('periods an import may be for', () => {
  it("of the dataset's period type, newest first; the default is the one before today's", () => {
    const halves = periodChoices('semiannual', '2026-12-02');
    expect(halves.slice(0, 3)).toEqual(['2026S2', '2026S1', '2025S2']);
    expect(halves).toHaveLength(12);
    expect(defaultPeriod(halves)).toBe('2026S1');
    expect(periodChoices('monthly', '2026-01-15').slice(0, 2)).toEqual(['202601', '202512']);
    expect(periodChoices('yearly', '2026-01-15')).toEqual(['2026', '2025', '2024', '2023', '2022', '2021']);
    expect(periodChoices('quarterly', '2026-05-01')[0]).toBe('2026Q2');
  });
});
