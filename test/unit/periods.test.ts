import { describe, expect, it } from 'vitest';
import {
  aggregateOverTime,
  childrenOf,
  comparePeriods,
  contains,
  isPeriodId,
  nextPeriod,
  parsePeriod,
  PeriodError,
  periodLabel,
  periodsBetween,
  previousPeriod,
  rollUp,
  samePeriodLastYear,
} from '../../src/domain/periods.ts';

describe('parsePeriod', () => {
  it('parses each type with inclusive start and end', () => {
    expect(parsePeriod('2023')).toEqual({ id: '2023', type: 'yearly', year: 2023, index: 1, start: '2023-01-01', end: '2023-12-31' });
    expect(parsePeriod('2023S2')).toMatchObject({ type: 'semiannual', index: 2, start: '2023-07-01', end: '2023-12-31' });
    expect(parsePeriod('2023Q2')).toMatchObject({ type: 'quarterly', index: 2, start: '2023-04-01', end: '2023-06-30' });
    expect(parsePeriod('202306')).toMatchObject({ type: 'monthly', index: 6, start: '2023-06-01', end: '2023-06-30' });
  });

  it('knows leap years', () => {
    expect(parsePeriod('202402').end).toBe('2024-02-29');
    expect(parsePeriod('202302').end).toBe('2023-02-28');
    expect(parsePeriod('2024Q1').end).toBe('2024-03-31');
  });

  it.each([
    ['2023Q5', /quý phải từ Q1 đến Q4/],
    ['2023Q0', /quý/],
    ['202313', /tháng phải từ 01 đến 12/],
    ['202300', /tháng/],
    ['2023S3', /S1 hoặc S2/],
    ['abc', /Mã kỳ không hợp lệ 'abc'/],
    ['', /Mã kỳ không hợp lệ/],
    ['2023q2', /Mã kỳ không hợp lệ/],
    ['20236', /Mã kỳ không hợp lệ/],
    ['1800', /năm 1800 ngoài khoảng/],
  ])('rejects %j precisely', (id, message) => {
    expect(() => parsePeriod(id)).toThrow(PeriodError);
    expect(() => parsePeriod(id)).toThrow(message);
    expect(isPeriodId(id)).toBe(false);
  });
});

describe('period arithmetic', () => {
  it('contains', () => {
    expect(contains('2023', '202306')).toBe(true);
    expect(contains('2023Q2', '202306')).toBe(true);
    expect(contains('2023Q2', '202307')).toBe(false);
    expect(contains('2023S1', '2023Q3')).toBe(false);
    expect(contains('2023Q2', '2023Q2')).toBe(true);
    expect(contains('202306', '2023Q2')).toBe(false);
  });

  it('childrenOf', () => {
    expect(childrenOf('2023Q2', 'monthly')).toEqual(['202304', '202305', '202306']);
    expect(childrenOf('2023', 'quarterly')).toEqual(['2023Q1', '2023Q2', '2023Q3', '2023Q4']);
    expect(childrenOf('2023S2', 'quarterly')).toEqual(['2023Q3', '2023Q4']);
    expect(childrenOf('2023', 'monthly')).toHaveLength(12);
    expect(childrenOf('2023Q4', 'quarterly')).toEqual(['2023Q4']);
    expect(() => childrenOf('202306', 'yearly')).toThrow(PeriodError);
  });

  it('rollUp walks month → quarter → half → year', () => {
    expect(rollUp('202306', 'quarterly')).toBe('2023Q2');
    expect(rollUp('2023Q2', 'semiannual')).toBe('2023S1');
    expect(rollUp('2023S1', 'yearly')).toBe('2023');
    expect(rollUp('202307', 'semiannual')).toBe('2023S2');
    expect(rollUp('202312', 'quarterly')).toBe('2023Q4');
    expect(() => rollUp('2023', 'monthly')).toThrow(/không thể gộp/i);
  });

  it('every month rolls up into a quarter that contains it', () => {
    for (const month of childrenOf('2023', 'monthly')) {
      const quarter = rollUp(month, 'quarterly');
      expect(contains(quarter, month)).toBe(true);
      expect(childrenOf(quarter, 'monthly')).toContain(month);
    }
  });

  it('periodsBetween across a year boundary', () => {
    expect(periodsBetween('202311', '202402')).toEqual(['202311', '202312', '202401', '202402']);
    expect(periodsBetween('2022Q4', '2023Q1')).toEqual(['2022Q4', '2023Q1']);
    expect(periodsBetween('2023', '2023')).toEqual(['2023']);
    expect(periodsBetween('2024', '2023')).toEqual([]);
    expect(() => periodsBetween('2023', '202301')).toThrow(/khác loại/);
  });

  it('previous, next and same period last year', () => {
    expect(previousPeriod('202301')).toBe('202212');
    expect(previousPeriod('2023Q1')).toBe('2022Q4');
    expect(previousPeriod('2023S1')).toBe('2022S2');
    expect(nextPeriod('2023Q4')).toBe('2024Q1');
    expect(samePeriodLastYear('2023Q2')).toBe('2022Q2');
    expect(samePeriodLastYear('202306')).toBe('202206');
    expect(samePeriodLastYear('2023')).toBe('2022');
  });

  it('comparePeriods sorts by start, coarsest first', () => {
    const ids = ['202301', '2023Q1', '2022', '2023', '2023S1', '202212'];
    expect([...ids].sort(comparePeriods)).toEqual(['2022', '202212', '2023', '2023S1', '2023Q1', '202301']);
  });
});

describe('periodLabel', () => {
  it('in Vietnamese', () => {
    expect(periodLabel('2023Q2')).toBe('Quý 2/2023');
    expect(periodLabel('202306')).toBe('Tháng 6/2023');
    expect(periodLabel('2023S1')).toBe('6 tháng đầu năm 2023');
    expect(periodLabel('2023S2')).toBe('6 tháng cuối năm 2023');
    expect(periodLabel('2023')).toBe('Năm 2023');
  });
  it('in English', () => {
    expect(periodLabel('2023Q2', 'en')).toBe('Q2 2023');
    expect(periodLabel('202306', 'en')).toBe('June 2023');
    expect(periodLabel('2023S1', 'en')).toBe('First half of 2023');
    expect(periodLabel('2023', 'en')).toBe('2023');
  });
});

describe('aggregateOverTime', () => {
  const q2 = [
    { period: '202305', value: 20 },
    { period: '202304', value: 10 },
    { period: '202306', value: null },
  ];

  it('sum, average, max, min count only reported sub-periods', () => {
    expect(aggregateOverTime(q2, 'sum')).toEqual({ value: 30, reported: 2 });
    expect(aggregateOverTime(q2, 'average')).toEqual({ value: 15, reported: 2 });
    expect(aggregateOverTime(q2, 'max')).toEqual({ value: 20, reported: 2 });
    expect(aggregateOverTime(q2, 'min')).toEqual({ value: 10, reported: 2 });
  });

  it('last takes the latest reported period, whatever the input order', () => {
    expect(aggregateOverTime(q2, 'last')).toEqual({ value: 20, reported: 2 });
    expect(
      aggregateOverTime(
        [
          { period: '202306', value: 7 },
          { period: '202304', value: 9 },
        ],
        'last',
      ).value,
    ).toBe(7);
  });

  it('none and nothing reported give null', () => {
    expect(aggregateOverTime(q2, 'none')).toEqual({ value: null, reported: 2 });
    expect(aggregateOverTime([{ period: '202301', value: undefined }], 'sum')).toEqual({ value: null, reported: 0 });
    expect(aggregateOverTime([], 'sum')).toEqual({ value: null, reported: 0 });
  });

  it('zero is a reported value', () => {
    expect(aggregateOverTime([{ period: '202301', value: 0 }], 'sum')).toEqual({ value: 0, reported: 1 });
  });

  it('rejects a period given twice and bad ids', () => {
    expect(() =>
      aggregateOverTime(
        [
          { period: '202301', value: 1 },
          { period: '202301', value: 2 },
        ],
        'sum',
      ),
    ).toThrow(/hai lần/);
    expect(() => aggregateOverTime([{ period: '202313', value: 1 }], 'sum')).toThrow(PeriodError);
  });
});
