/**
 * Reporting periods with DHIS2-style ids: '2023' (year), '2023S1' (half), '2023Q2' (quarter),
 * '202306' (month). Pure functions; every function takes an id or a parsed Period.
 *
 * `start` and `end` are ISO dates and BOTH INCLUSIVE: 2023Q2 runs from '2023-04-01' to '2023-06-30'.
 */

/** From finest to coarsest. */
export const PERIOD_TYPES = ['monthly', 'quarterly', 'semiannual', 'yearly'] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

export function isPeriodType(value: unknown): value is PeriodType {
  return typeof value === 'string' && (PERIOD_TYPES as readonly string[]).includes(value);
}

export interface Period {
  id: string;
  type: PeriodType;
  year: number;
  /** 1-based position in the year: month 1..12, quarter 1..4, half 1..2, 1 for a year. */
  index: number;
  /** First day (inclusive), 'YYYY-MM-DD'. */
  start: string;
  /** Last day (inclusive), 'YYYY-MM-DD'. */
  end: string;
}

/** Years outside this range are almost surely typing mistakes ('2203'). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const PER_YEAR: Record<PeriodType, number> = { monthly: 12, quarterly: 4, semiannual: 2, yearly: 1 };
const MONTHS_PER_PERIOD: Record<PeriodType, number> = { monthly: 1, quarterly: 3, semiannual: 6, yearly: 12 };

export class PeriodError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PeriodError';
  }
}

const FORMATS = 'dùng 2023 (năm), 2023S1 (6 tháng), 2023Q2 (quý) hoặc 202306 (tháng) / use 2023, 2023S1, 2023Q2 or 202306';

/** Parses a period id; throws PeriodError saying exactly what is wrong. */
export function parsePeriod(id: string): Period {
  if (typeof id !== 'string') throw new PeriodError(`Mã kỳ phải là chuỗi / period id must be a string: ${String(id)}`);
  const match = /^(\d{4})(?:(S)(\d)|(Q)(\d)|(\d{2}))?$/.exec(id);
  if (!match) throw new PeriodError(`Mã kỳ không hợp lệ '${id}': ${FORMATS}`);
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new PeriodError(`Mã kỳ '${id}': năm ${year} ngoài khoảng ${MIN_YEAR}–${MAX_YEAR} / year out of range`);
  }
  if (match[2]) return build('semiannual', year, checkIndex(id, Number(match[3]), 2, 'nửa năm phải là S1 hoặc S2 / half must be S1 or S2'));
  if (match[4]) return build('quarterly', year, checkIndex(id, Number(match[5]), 4, 'quý phải từ Q1 đến Q4 / quarter must be Q1..Q4'));
  if (match[6]) return build('monthly', year, checkIndex(id, Number(match[6]), 12, 'tháng phải từ 01 đến 12 / month must be 01..12'));
  return build('yearly', year, 1);
}

function checkIndex(id: string, index: number, max: number, message: string): number {
  if (index < 1 || index > max) throw new PeriodError(`Mã kỳ không hợp lệ '${id}': ${message}`);
  return index;
}

/** True when `id` is a valid period id. */
export function isPeriodId(id: unknown): id is string {
  if (typeof id !== 'string') return false;
  try {
    parsePeriod(id);
    return true;
  } catch {
    return false;
  }
}

function build(type: PeriodType, year: number, index: number): Period {
  const firstMonth = (index - 1) * MONTHS_PER_PERIOD[type] + 1;
  const lastMonth = firstMonth + MONTHS_PER_PERIOD[type] - 1;
  return {
    id: formatId(type, year, index),
    type,
    year,
    index,
    start: isoDate(year, firstMonth, 1),
    end: isoDate(year, lastMonth, daysInMonth(year, lastMonth)),
  };
}

function formatId(type: PeriodType, year: number, index: number): string {
  switch (type) {
    case 'yearly':
      return String(year);
    case 'semiannual':
      return `${year}S${index}`;
    case 'quarterly':
      return `${year}Q${index}`;
    case 'monthly':
      return `${year}${String(index).padStart(2, '0')}`;
  }
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toPeriod(period: string | Period): Period {
  return typeof period === 'string' ? parsePeriod(period) : period;
}

/** A running number per type, so neighbours differ by one (2023Q4 + 1 = 2024Q1). */
function ordinal(p: Period): number {
  return p.year * PER_YEAR[p.type] + (p.index - 1);
}

function fromOrdinal(type: PeriodType, n: number): Period {
  const perYear = PER_YEAR[type];
  const year = Math.floor(n / perYear);
  if (year < MIN_YEAR || year > MAX_YEAR) throw new PeriodError(`Kỳ ngoài khoảng năm ${MIN_YEAR}–${MAX_YEAR} / period out of range`);
  return build(type, year, (n % perYear) + 1);
}

function rank(type: PeriodType): number {
  return PERIOD_TYPES.indexOf(type);
}

/** True when `inner` lies wholly within `outer` (a period contains itself). */
export function contains(outer: string | Period, inner: string | Period): boolean {
  const o = toPeriod(outer);
  const i = toPeriod(inner);
  return o.start <= i.start && i.end <= o.end;
}

/** The periods of a finer (or the same) type inside `period`, in order: months of 2023Q2 → 202304, 202305, 202306. */
export function childrenOf(period: string | Period, type: PeriodType): string[] {
  const p = toPeriod(period);
  if (rank(type) > rank(p.type)) {
    throw new PeriodError(`Không thể chia kỳ ${p.id} (${p.type}) thành kỳ ${type} lớn hơn / cannot split a ${p.type} period into ${type} periods`);
  }
  const count = PER_YEAR[type] / PER_YEAR[p.type];
  const first = (p.index - 1) * count + 1;
  return Array.from({ length: count }, (_, k) => formatId(type, p.year, first + k));
}

/** The period of a coarser (or the same) type containing `period`: '202306' → '2023Q2' → '2023S1' → '2023'. */
export function rollUp(period: string | Period, toType: PeriodType): string {
  const p = toPeriod(period);
  if (rank(toType) < rank(p.type)) {
    throw new PeriodError(`Không thể gộp kỳ ${p.id} (${p.type}) lên kỳ ${toType} nhỏ hơn / cannot roll a ${p.type} period up to ${toType}`);
  }
  const size = PER_YEAR[p.type] / PER_YEAR[toType];
  return formatId(toType, p.year, Math.floor((p.index - 1) / size) + 1);
}

/** Every period from `from` to `to`, both included, oldest first; [] when `to` is before `from`. Both must have the same type. */
export function periodsBetween(from: string | Period, to: string | Period): string[] {
  const a = toPeriod(from);
  const b = toPeriod(to);
  if (a.type !== b.type) throw new PeriodError(`Hai kỳ ${a.id} và ${b.id} khác loại / periods of different types`);
  const out: string[] = [];
  for (let n = ordinal(a); n <= ordinal(b); n++) out.push(fromOrdinal(a.type, n).id);
  return out;
}

/** The period just before, of the same type: '202301' → '202212', '2023Q1' → '2022Q4'. */
export function previousPeriod(period: string | Period): string {
  const p = toPeriod(period);
  return fromOrdinal(p.type, ordinal(p) - 1).id;
}

/** The period just after, of the same type. */
export function nextPeriod(period: string | Period): string {
  const p = toPeriod(period);
  return fromOrdinal(p.type, ordinal(p) + 1).id;
}

/** The same period one year earlier (cùng kỳ năm trước): '2023Q2' → '2022Q2'. */
export function samePeriodLastYear(period: string | Period): string {
  const p = toPeriod(period);
  return fromOrdinal(p.type, ordinal(p) - PER_YEAR[p.type]).id;
}

/** Orders period ids by start date, then coarsest first (2023 before 2023S1 before 2023Q1 before 202301). */
export function comparePeriods(a: string | Period, b: string | Period): number {
  const pa = toPeriod(a);
  const pb = toPeriod(b);
  if (pa.start !== pb.start) return pa.start < pb.start ? -1 : 1;
  return rank(pb.type) - rank(pa.type);
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Human label: vi 'Năm 2023', '6 tháng đầu năm 2023', 'Quý 2/2023', 'Tháng 6/2023'; en '2023', 'First half of 2023', 'Q2 2023', 'June 2023'. */
export function periodLabel(period: string | Period, language: 'vi' | 'en' = 'vi'): string {
  const p = toPeriod(period);
  if (language === 'en') {
    switch (p.type) {
      case 'yearly':
        return String(p.year);
      case 'semiannual':
        return `${p.index === 1 ? 'First' : 'Second'} half of ${p.year}`;
      case 'quarterly':
        return `Q${p.index} ${p.year}`;
      case 'monthly':
        return `${MONTHS_EN[p.index - 1]} ${p.year}`;
    }
  }
  switch (p.type) {
    case 'yearly':
      return `Năm ${p.year}`;
    case 'semiannual':
      return `6 tháng ${p.index === 1 ? 'đầu' : 'cuối'} năm ${p.year}`;
    case 'quarterly':
      return `Quý ${p.index}/${p.year}`;
    case 'monthly':
      return `Tháng ${p.index}/${p.year}`;
  }
}

/** How sub-period values combine into a longer period: flows add up (sum), stocks take the latest (last). */
export const TIME_AGGREGATIONS = ['sum', 'last', 'average', 'max', 'min', 'none'] as const;
export type TimeAggregation = (typeof TIME_AGGREGATIONS)[number];

export interface PeriodValue {
  period: string;
  /** null/undefined: not reported (not counted, never read as 0). */
  value: number | null | undefined;
}

export interface TimeAggregate {
  /** null when nothing was reported, or when the aggregation is 'none'. */
  value: number | null;
  /** How many sub-periods reported a value. */
  reported: number;
}

/**
 * Combines values of sub-periods: sum | average | max | min over the reported ones, 'last' = the
 * value of the latest period that reported (so a missing December does not blank a yearly stock),
 * 'none' = not aggregatable over time (value null). A period given twice is an error.
 */
export function aggregateOverTime(values: readonly PeriodValue[], aggregation: TimeAggregation): TimeAggregate {
  const seen = new Set<string>();
  const reported: Array<{ period: Period; value: number }> = [];
  for (const { period, value } of values) {
    const p = parsePeriod(period);
    if (seen.has(p.id)) throw new PeriodError(`Kỳ ${p.id} xuất hiện hai lần / period ${p.id} given twice`);
    seen.add(p.id);
    if (value === null || value === undefined) continue;
    if (!Number.isFinite(value)) throw new PeriodError(`Giá trị kỳ ${p.id} không phải số hữu hạn / not a finite number: ${value}`);
    reported.push({ period: p, value });
  }
  const count = reported.length;
  if (count === 0 || aggregation === 'none') return { value: null, reported: count };
  const numbers = reported.map((r) => r.value);
  switch (aggregation) {
    case 'sum':
      return { value: numbers.reduce((a, b) => a + b, 0), reported: count };
    case 'average':
      return { value: numbers.reduce((a, b) => a + b, 0) / count, reported: count };
    case 'max':
      return { value: Math.max(...numbers), reported: count };
    case 'min':
      return { value: Math.min(...numbers), reported: count };
    case 'last': {
      const latest = reported.reduce((a, b) => (comparePeriods(b.period, a.period) > 0 ? b : a));
      return { value: latest.value, reported: count };
    }
  }
}
