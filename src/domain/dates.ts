/** Calendar dates as ISO text 'YYYY-MM-DD': checking them and knowing which day it is. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Vietnam's time zone: "today" for a Vietnamese province is today in Hà Nội, whatever the server's clock zone. */
export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * True for a real Gregorian date written exactly 'YYYY-MM-DD' with year 0001..9999:
 * '2024-02-29' yes, '2025-02-29', '2025-02-30', '2025-13-01', '2025-7-1' no.
 */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Today's date 'YYYY-MM-DD' in the given IANA time zone (default Vietnam's). */
export function todayIsoDate(now: Date = new Date(), timeZone: string = DEFAULT_TIME_ZONE): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** The day before an ISO date: the last day in force of a range whose end (`validTo`) is exclusive. */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
