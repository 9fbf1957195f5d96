import { describe, expect, it } from 'vitest';
import { isCalendarDate, todayIsoDate } from '../../src/domain/dates.ts';

describe('isCalendarDate', () => {
  it('accepts real dates, including 29 February in leap years', () => {
    for (const date of ['2025-07-01', '2025-01-31', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31', '2025-04-30']) {
      expect(isCalendarDate(date), date).toBe(true);
    }
  });

  it('rejects impossible days and months', () => {
    for (const date of ['2025-02-29', '2025-02-30', '1900-02-29', '2025-13-01', '2025-00-10', '2025-04-31', '2025-01-00', '0000-01-01']) {
      expect(isCalendarDate(date), date).toBe(false);
    }
  });

  it('rejects anything not written exactly YYYY-MM-DD', () => {
    for (const text of ['2025-7-1', '01/07/2025', '2025-07-01T00:00:00Z', ' 2025-07-01', '2025-07-01 ', 'yesterday', '', '20250701', '２０２５-07-01']) {
      expect(isCalendarDate(text), JSON.stringify(text)).toBe(false);
    }
  });
});

describe('todayIsoDate', () => {
  it("gives Vietnam's date by default, which is already the next day at 20:00 UTC", () => {
    expect(todayIsoDate(new Date('2025-06-30T20:00:00Z'))).toBe('2025-07-01');
    expect(todayIsoDate(new Date('2025-06-30T16:59:59Z'))).toBe('2025-06-30');
  });

  it('follows the time zone it is given', () => {
    const instant = new Date('2025-06-30T20:00:00Z');
    expect(todayIsoDate(instant, 'UTC')).toBe('2025-06-30');
    expect(todayIsoDate(instant, 'America/New_York')).toBe('2025-06-30');
  });

  it('pads small years and always returns a calendar date', () => {
    expect(todayIsoDate(new Date('0005-06-01T00:00:00Z'), 'UTC')).toBe('0005-06-01');
    expect(isCalendarDate(todayIsoDate())).toBe(true);
  });
});
