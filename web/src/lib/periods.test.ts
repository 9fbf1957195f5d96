import { describe, expect, it } from 'vitest';
import { parsePeriodId, periodEnd, periodId, periodStart, reportingPeriod, shiftPeriod, trendPeriods, withKind } from './periods';

describe('period ids', () => {
  it('reads and writes the four kinds', () => {
    for (const id of ['2023', '2023S1', '2023S2', '2023Q2', '202306', '202312']) expect(periodId(parsePeriodId(id)!)).toBe(id);
    expect(parsePeriodId('2023Q2')).toEqual({ kind: 'quarter', year: 2023, part: 2 });
    for (const bad of ['2023S3', '2023Q5', '202313', '202300', '23', ' 2023', '2023-06', '', '2023s1']) expect(parsePeriodId(bad), bad).toBeNull();
  });

  it('gives the days a period covers (the was view reads the tree on the last one)', () => {
    expect([periodStart(parsePeriodId('2022')!), periodEnd(parsePeriodId('2022')!)]).toEqual(['2022-01-01', '2022-12-31']);
    expect(periodEnd(parsePeriodId('2023S1')!)).toBe('2023-06-30');
    expect(periodStart(parsePeriodId('2023Q3')!)).toBe('2023-07-01');
    expect(periodEnd(parsePeriodId('202402')!)).toBe('2024-02-29');
    expect(periodEnd(parsePeriodId('202302')!)).toBe('2023-02-28');
  });

  it('steps across years and changes kind around the same months', () => {
    expect(periodId(shiftPeriod(parsePeriodId('2023Q4')!, 1))).toBe('2024Q1');
    expect(periodId(shiftPeriod(parsePeriodId('202301')!, -1))).toBe('202212');
    expect(periodId(shiftPeriod(parsePeriodId('2023S1')!, -1))).toBe('2022S2');
    expect(periodId(shiftPeriod(parsePeriodId('2022')!, 3))).toBe('2025');
    expect(periodId(withKind(parsePeriodId('2023Q3')!, 'half'))).toBe('2023S2');
    expect(periodId(withKind(parsePeriodId('202311')!, 'quarter'))).toBe('2023Q4');
    expect(periodId(withKind(parsePeriodId('2023S2')!, 'month'))).toBe('202307');
    expect(periodId(withKind(parsePeriodId('2023Q2')!, 'year'))).toBe('2023');
  });
});

describe('trend periods', () => {
  it('end at the screen’s period, oldest first, across year boundaries', () => {
    expect(trendPeriods(parsePeriodId('2023')!).map(periodId)).toEqual(['2017', '2018', '2019', '2020', '2021', '2022', '2023']);
    const months = trendPeriods(parsePeriodId('202306')!).map(periodId);
    expect([months.length, months[0], months[11]]).toEqual([12, '202207', '202306']);
    expect(trendPeriods(parsePeriodId('2024Q1')!).map(periodId)).toEqual(['2022Q2', '2022Q3', '2022Q4', '2023Q1', '2023Q2', '2023Q3', '2023Q4', '2024Q1']);
    expect(trendPeriods(parsePeriodId('2023S1')!).map(periodId)).toEqual(['2020S2', '2021S1', '2021S2', '2022S1', '2022S2', '2023S1']);
  });
});

describe('reporting periods', () => {
  it('point at the period of a kind containing the screen period’s last month', () => {
    const of = (id: string, kind: 'year' | 'half' | 'quarter' | 'month') => periodId(reportingPeriod(parsePeriodId(id)!, kind));
    expect([of('2022', 'half'), of('2022', 'quarter'), of('2022', 'month'), of('2022', 'year')]).toEqual(['2022S2', '2022Q4', '202212', '2022']);
    expect([of('202306', 'half'), of('2023Q2', 'year'), of('2023S1', 'quarter'), of('2023Q3', 'half')]).toEqual(['2023S1', '2023', '2023Q2', '2023S2']);
  });
});
