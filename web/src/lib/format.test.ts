import { describe, expect, it } from 'vitest';
import {
  dayBefore,
  formatDate,
  formatDateTime,
  formatMeasure,
  formatNumber,
  formatPercent,
  formatRatio,
  formatTarget,
  NO_VALUE,
  todayInVietnam,
} from './format';

describe("vi-VN numbers and dates (the articles' own notation)", () => {
  it('writes rates, counts and scores as Vietnamese documents do', () => {
    expect(formatPercent(93.8, 'vi')).toBe('93,8%');
    expect(formatPercent(73.08, 'vi')).toBe('73,08%');
    expect(formatPercent(100, 'vi')).toBe('100%');
    expect(formatPercent((17 / 19) * 100, 'vi')).toBe('89,47%');
    expect(formatNumber(1607294, 'vi')).toBe('1.607.294');
    expect(formatNumber(0.5934, 'vi', 4)).toBe('0,5934');
    expect(formatNumber(-11.17, 'vi')).toBe('-11,17');
    expect(formatRatio(585, 624, 'vi')).toBe('585/624');
    expect(formatRatio(28514, 31181, 'vi')).toBe('28.514/31.181');
  });

  it("writes calendar days without leading zeros, never shifted by the browser's time zone", () => {
    expect(formatDate('2022-03-21', 'vi')).toBe('21/3/2022');
    expect(formatDate('2025-07-01', 'vi')).toBe('1/7/2025');
    expect(formatDate('2025-12-31', 'vi')).toBe('31/12/2025');
  });

  it('writes an instant as the time in Vietnam, then the day', () => {
    expect(formatDateTime('2025-03-21T07:32:00Z', 'vi')).toBe('14:32 21/3/2025');
    expect(formatDateTime(new Date('2025-03-21T17:05:00Z'), 'vi')).toBe('00:05 22/3/2025'); // past midnight in Hà Nội
    expect(todayInVietnam(new Date('2025-06-30T17:30:00Z'))).toBe('2025-07-01');
    expect(dayBefore('2025-07-01')).toBe('2025-06-30');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2025-01-01')).toBe('2024-12-31');
  });

  it('has the English notation for the English interface', () => {
    expect(formatPercent(93.8, 'en')).toBe('93.8%');
    expect(formatNumber(1607294, 'en')).toBe('1,607,294');
    expect(formatDate('2022-03-21', 'en')).toBe('21/03/2022');
    expect(formatDateTime('2025-03-21T07:32:00Z', 'en')).toBe('14:32 21/03/2025');
  });

  it('shows a dash for what is missing, never "NaN" or "null"', () => {
    for (const missing of [null, undefined, Number.NaN, Infinity]) {
      expect(formatNumber(missing, 'vi')).toBe(NO_VALUE);
      expect(formatPercent(missing, 'vi')).toBe(NO_VALUE);
    }
    expect(formatDate(null, 'vi')).toBe(NO_VALUE);
    expect(formatDateTime('not a date', 'vi')).toBe(NO_VALUE);
    expect(formatRatio(null, 71, 'vi')).toBe(`${NO_VALUE}/71`);
  });
});

describe('formatMeasure', () => {
  it('writes a value in its unit of measure', () => {
    expect(formatMeasure(93.8, '%', 'vi')).toBe('93,8%');
    expect(formatMeasure(1607294, 'xã', 'vi')).toBe('1.607.294 xã');
    expect(formatMeasure(0.5934, null, 'vi')).toBe('0,59');
    expect(formatMeasure(null, 'xã', 'vi')).toBe('—');
  });
});

describe('formatTarget', () => {
  it('prints the comparison as a sign, never the stored ">="', () => {
    expect(formatTarget('>=', '80%')).toBe('≥ 80%');
    expect(formatTarget('<=', '5 ngày')).toBe('≤ 5 ngày');
    expect(formatTarget('=', '100%')).toBe('= 100%');
    expect(formatTarget(null, '80%')).toBe('80%');
  });
});
