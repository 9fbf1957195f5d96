import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dataValueSetCsv, readDataValueSetCsv, readDataValueSetJson, type Dhis2DataValue } from '../../src/domain/dhis2-data-value-set.ts';

const values: Dhis2DataValue[] = [
  { dataElement: 'XA_CAP_QUANG', period: '2022', orgUnit: '67', value: '71', storedBy: 'nhaplieu.daknong', lastUpdated: '2022-12-15T08:00:00.000Z' },
  { dataElement: 'THON_BANG_RONG', period: '2023S1', orgUnit: '58', value: '585', comment: 'Bài báo ghi "đạt tỷ lệ 93,8%", 585/624' },
  { dataElement: 'HS_TRUC_TUYEN', period: '2023Q2', orgUnit: '58', value: '81.17', categoryOptionCombo: 'default' },
  { dataElement: 'HS_TRUC_TUYEN', period: '202306', orgUnit: '58', value: '80' },
];

describe('DHIS2 data value sets', () => {
  it('reads a JSON set back to the same values, rows numbered from 1', () => {
    const { rows, problems } = readDataValueSetJson({ dataValues: values });
    expect(problems).toEqual([]);
    expect(rows.map(({ row, ...value }) => ({ row, value }))).toEqual(values.map((value, index) => ({ row: index + 1, value })));
  });

  it('writes CSV in DHIS2 column order that csv-parse reads back exactly, quotes and commas included', () => {
    const text = dataValueSetCsv(values);
    expect(text.split('\r\n')[0]).toBe('dataElement,period,orgUnit,categoryOptionCombo,attributeOptionCombo,value,storedBy,lastUpdated,comment');
    const { rows, problems } = readDataValueSetCsv(parse(text) as string[][]);
    expect(problems).toEqual([]);
    expect(rows.map((row) => row.comment ?? '')).toEqual(['', 'Bài báo ghi "đạt tỷ lệ 93,8%", 585/624', '', '']);
    expect(rows.map((row) => [row.dataElement, row.period, row.orgUnit, row.value])).toEqual(values.map((v) => [v.dataElement, v.period, v.orgUnit, v.value]));
  });

  it('names the row and field of every problem and keeps no row of a bad set', () => {
    const { problems } = readDataValueSetJson({
      dataValues: [
        values[0],
        { dataElement: 'XA_CAP_QUANG', period: '2022W3', orgUnit: '67', value: '1' },
        { dataElement: 'XA_CAP_QUANG', period: '2022', orgUnit: '', value: '1', categoryOptionCombo: 'Nam' },
        { ...values[0] },
      ],
    });
    expect(problems).toEqual([
      expect.objectContaining({ row: 2, field: 'period' }),
      expect.objectContaining({ row: 3, field: 'orgUnit' }),
      expect.objectContaining({ row: 3, field: 'categoryOptionCombo' }),
      expect.objectContaining({ row: 4, field: 'dataElement', message: expect.stringContaining('dòng 1') }),
    ]);
  });

  it('refuses a CSV without the required columns and a body without dataValues', () => {
    expect(readDataValueSetCsv([['dataElement', 'period', 'value']]).problems).toEqual([expect.objectContaining({ row: 0, field: 'orgUnit' })]);
    expect(readDataValueSetJson({ values: [] }).problems).toEqual([expect.objectContaining({ row: 0, field: 'dataValues' })]);
  });
});
