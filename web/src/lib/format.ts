/**
 * Numbers and dates for people, through Intl: Vietnamese as `vi-VN` (93,8%; 1.607.294; 21/3/2022;
 * 14:32 21/3/2025), English as `en-GB` (93.8%; 1,607,294; 21/03/2022). Times are shown in Vietnam's time
 * (Asia/Ho_Chi_Minh) whatever the browser's zone; calendar dates ('YYYY-MM-DD') are never shifted by a zone.
 * No imports: the browser tests check the screens with these same functions.
 */
export type Language = 'vi' | 'en';

export const INTL_LOCALE: Readonly<Record<Language, string>> = { vi: 'vi-VN', en: 'en-GB' };

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** What stands for a missing number. */
export const NO_VALUE = '—';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n:${language}:${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) cache.set(key, (format = new Intl.NumberFormat(INTL_LOCALE[language], options)));
  return format;
}

function dateFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return dateFormatFor(INTL_LOCALE[language], options);
}

/** 1607294 → "1.607.294"; 0.5934 → "0,5934"; at most `maxDecimals` decimals (default 2), trailing zeros dropped. */
export function formatNumber(value: number | null | undefined, language: Language, maxDecimals = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  return numberFormat(language, { maximumFractionDigits: maxDecimals }).format(value);
}

/** A value already in percent (93.8, as the API gives rates) → "93,8%". */
export function formatPercent(value: number | null | undefined, language: Language, maxDecimals = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  // Intl's percent style multiplies by 100; dividing first would add float noise (93.8 / 100 * 100 ≠ 93.8).
  return numberFormat(language, { style: 'percent', maximumFractionDigits: maxDecimals }).format(Number(`${value}e-2`));
}

/** A value in an indicator's unit of measure: "93,8%" for '%', "1.607.294 xã" for another unit, the bare number without one. */
export function formatMeasure(value: number | null | undefined, unitOfMeasure: string | null | undefined, language: Language): string {
  if (unitOfMeasure === '%') return formatPercent(value, language);
  const number = formatNumber(value, language);
  return unitOfMeasure && number !== NO_VALUE ? `${number} ${unitOfMeasure}` : number;
}

/** "71/71": a count against its total, each grouped (1.205/1.321). */
const COMPARISON_SIGNS: Readonly<Record<string, string>> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' };

/** A target's comparison as printed: "≥" for the stored ">=" (which is for machines). */
export function comparisonSign(comparison: string): string {
  return COMPARISON_SIGNS[comparison] ?? comparison;
}

/** A target with its comparison: "≥ 80%". */
export function formatTarget(comparison: string | null | undefined, target: string): string {
  return comparison ? `${comparisonSign(comparison)} ${target}` : target;
}

export function formatRatio(part: number | null | undefined, whole: number | null | undefined, language: Language): string {
  return `${formatNumber(part, language, 0)}/${formatNumber(whole, language, 0)}`;
}

/** A calendar day 'YYYY-MM-DD' → "21/3/2022" (vi) or "21/03/2022" (en); null → "—". */
export function formatDate(isoDate: string | null | undefined, language: Language): string {
  if (!isoDate) return NO_VALUE;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const instant = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return dateFormat(language, { day: 'numeric', month: language === 'vi' ? 'numeric' : '2-digit', year: 'numeric', timeZone: 'UTC' }).format(instant);
}

/** An instant → "14:32 21/3/2025" in Vietnam's time (as the data freshness is written); English "14:32 21/03/2025". */
export function formatDateTime(instant: Date | string | null | undefined, language: Language): string {
  if (!instant) return NO_VALUE;
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return NO_VALUE;
  const { year, month, day, hour, minute } = vietnamClock(date);
  return `${hour}:${minute} ${formatDate(`${year}-${month}-${day}`, language)}`;
}

/** The wall clock in Vietnam at an instant, as zero-padded fields. */
function vietnamClock(date: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const parts = dateFormatFor('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: VIETNAM_TIME_ZONE,
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

function dateFormatFor(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d:${locale}:${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) cache.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** The day before a calendar day: the last day of a unit whose (exclusive) `validTo` is given. */
export function dayBefore(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
}

/** Today in Vietnam, 'YYYY-MM-DD' (the API's default `at`). */
export function todayInVietnam(now: Date = new Date()): string {
  const { year, month, day } = vietnamClock(now);
  return `${year}-${month}-${day}`;
}
