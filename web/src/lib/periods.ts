/**
 * Period ids as the API writes them (DHIS2 style): year `2023`, half `2023S1`, quarter `2023Q2`, month `202306`.
 * Parsing, building, stepping and the calendar days a period covers; labels are in i18n (period.*).
 */
export type PeriodKind = 'year' | 'half' | 'quarter' | 'month';

export interface Period {
  kind: PeriodKind;
  year: number;
  /** 1–2 for a half, 1–4 for a quarter, 1–12 for a month; 0 for a year. */
  part: number;
}

export const PERIOD_KINDS: readonly PeriodKind[] = ['year', 'half', 'quarter', 'month'];

/** How many parts a year has for each kind. */
export const PARTS: Readonly<Record<PeriodKind, number>> = { year: 1, half: 2, quarter: 4, month: 12 };

const MONTHS_PER_PART: Readonly<Record<PeriodKind, number>> = { year: 12, half: 6, quarter: 3, month: 1 };

/** The period an id names, or null for anything else (`2023S3`, `202313`, `23`, ` 2023`). */
export function parsePeriodId(id: string): Period | null {
  let match = /^(\d{4})$/.exec(id);
  if (match) return { kind: 'year', year: Number(match[1]), part: 0 };
  match = /^(\d{4})S([12])$/.exec(id);
  if (match) return { kind: 'half', year: Number(match[1]), part: Number(match[2]) };
  match = /^(\d{4})Q([1-4])$/.exec(id);
  if (match) return { kind: 'quarter', year: Number(match[1]), part: Number(match[2]) };
  match = /^(\d{4})(0[1-9]|1[0-2])$/.exec(id);
  if (match) return { kind: 'month', year: Number(match[1]), part: Number(match[2]) };
  return null;
}

export function periodId({ kind, year, part }: Period): string {
  const y = String(year).padStart(4, '0');
  if (kind === 'year') return y;
  if (kind === 'half') return `${y}S${part}`;
  if (kind === 'quarter') return `${y}Q${part}`;
  return `${y}${String(part).padStart(2, '0')}`;
}

/** The period of the same kind `steps` later (negative: earlier): 2023Q4 + 1 = 2024Q1. */
export function shiftPeriod(period: Period, steps: number): Period {
  if (period.kind === 'year') return { ...period, year: period.year + steps };
  const parts = PARTS[period.kind];
  const index = period.year * parts + (period.part - 1) + steps;
  return { kind: period.kind, year: Math.floor(index / parts), part: (index % parts) + 1 };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** First month (1–12) of the period. */
function firstMonth({ kind, part }: Period): number {
  return kind === 'year' ? 1 : (part - 1) * MONTHS_PER_PART[kind] + 1;
}

/** First calendar day, 'YYYY-MM-DD'. */
export function periodStart(period: Period): string {
  return `${period.year}-${pad(firstMonth(period))}-01`;
}

/** Last calendar day, 'YYYY-MM-DD' (the day the `was` view reads the tree at). */
export function periodEnd(period: Period): string {
  const lastMonth = firstMonth(period) + MONTHS_PER_PART[period.kind] - 1;
  const lastDay = new Date(Date.UTC(period.year, lastMonth, 0)).getUTCDate();
  return `${period.year}-${pad(lastMonth)}-${pad(lastDay)}`;
}

/** The same period as another kind, the one containing its first month: 2023Q3 as a half is 2023S2. */
export function withKind(period: Period, kind: PeriodKind): Period {
  if (kind === 'year') return { kind, year: period.year, part: 0 };
  return { kind, year: period.year, part: Math.floor((firstMonth(period) - 1) / MONTHS_PER_PART[kind]) + 1 };
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** A quarter's Roman numeral, as Vietnamese documents write it (Quý II/2023). */
export function romanQuarter(part: number): string {
  return ROMAN[part - 1] ?? String(part);
}

/** How many periods a trend shows, ending at the screen's period: 7 years, 6 halves, 8 quarters, 12 months. */
export const TREND_LENGTH: Readonly<Record<PeriodKind, number>> = { year: 7, half: 6, quarter: 8, month: 12 };

/** The periods of a trend ending at `period`, oldest first (2023 → 2017…2023; 202306 → 202207…202306). */
export function trendPeriods(period: Period): Period[] {
  const length = TREND_LENGTH[period.kind];
  return Array.from({ length }, (_, i) => shiftPeriod(period, i - length + 1));
}

/** The server's period types (dataset.periodType) as the app's kinds. */
export const KIND_OF_PERIOD_TYPE: Readonly<Record<string, PeriodKind>> = { yearly: 'year', semiannual: 'half', quarterly: 'quarter', monthly: 'month' };

/**
 * The period of `kind` a screen's period points at for reporting: the one containing its last month (2022 as a
 * half is 2022S2, the year-end report; 202306 as a half is 2023S1; 2023Q2 as a year is 2023).
 */
export function reportingPeriod(period: Period, kind: PeriodKind): Period {
  const lastMonth = period.kind === 'year' ? 12 : period.kind === 'month' ? period.part : period.part * (12 / PARTS[period.kind]);
  return withKind({ kind: 'month', year: period.year, part: lastMonth }, kind);
}
