/**
 * An analytics query's periods and listed units as the API and the CLI write them. Periods: one id
 * (`period=202406`), a range of ids of one type (`periods=202401..202412`, `2023Q1..2024Q4`, `2020..2025`), or a
 * `from`/`to` pair — exactly one of these — checked and bounded (limits.ts). Units: codes separated by commas.
 * A refusal is AppError BAD_REQUEST naming the field.
 */
import { appError } from '../../domain/errors.ts';
import { isPeriodId, parsePeriod, periodsBetween, type Period } from '../../domain/periods.ts';
import { formatViNumber } from '../../domain/vi-number.ts';
import { ANALYTICS_LIMITS } from './limits.ts';

export interface PeriodsInput {
  period?: string | undefined;
  periods?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

const PERIOD_HINT = 'dùng 2023, 2023S1, 2023Q2 hoặc 202306 / use 2023, 2023S1, 2023Q2 or 202306';

export function badPeriod(field: string, id: string) {
  return appError('BAD_REQUEST', { field, reason: `mã kỳ không hợp lệ '${id}' / invalid period` }, [{ field, message: PERIOD_HINT }]);
}

function refuse(field: string, reason: string) {
  return appError('BAD_REQUEST', { field, reason }, [{ field, message: reason }]);
}

/** The period ids asked, oldest first for a range. */
export function periodsOfInput(input: PeriodsInput): string[] {
  const forms = [input.period !== undefined, input.periods !== undefined, input.from !== undefined || input.to !== undefined].filter(Boolean).length;
  if (forms !== 1) {
    throw refuse(
      'period',
      forms === 0
        ? 'cần kỳ: period, periods hoặc from và to / a period is required: period, periods, or from and to'
        : 'chỉ dùng một trong: period, periods hoặc from và to / give only one of: period, periods, or from and to',
    );
  }
  if (input.period !== undefined) {
    if (!isPeriodId(input.period)) throw badPeriod('period', input.period);
    return [input.period];
  }
  if (input.periods !== undefined) {
    const parts = input.periods.split('..');
    if (parts.length !== 2) throw refuse('periods', `cần khoảng kỳ dạng ĐẦU..CUỐI, ví dụ 202401..202412 / expected a range FIRST..LAST, e.g. 202401..202412`);
    return range('periods', 'periods', parts[0]!, parts[1]!);
  }
  if (input.from === undefined || input.to === undefined) throw refuse(input.from === undefined ? 'from' : 'to', 'cần cả from và to / give both from and to');
  return range('from', 'to', input.from, input.to);
}

function range(firstField: string, lastField: string, first: string, last: string): string[] {
  if (!isPeriodId(first)) throw badPeriod(firstField, first);
  if (!isPeriodId(last)) throw badPeriod(lastField, last);
  const a = parsePeriod(first);
  const b = parsePeriod(last);
  if (a.type !== b.type) throw refuse(lastField, `hai kỳ ${first} và ${last} khác loại / the two periods are of different types`);
  if (b.start < a.start) throw refuse(lastField, `kỳ cuối ${last} trước kỳ đầu ${first} / the last period is before the first`);
  const ids = periodsBetween(a, b);
  checkCount(lastField, ids.length);
  return ids;
}

function checkCount(field: string, count: number): void {
  const max = ANALYTICS_LIMITS.periods;
  if (count > max)
    throw refuse(
      field,
      `tối đa ${formatViNumber(max)} kỳ trong một truy vấn, đã hỏi ${formatViNumber(count)} / at most ${max} periods per query, ${count} asked`,
    );
}

/** Period ids (any order, any types) as periods: each valid, each once, at least one and at most the limit. */
export function checkedPeriods(ids: readonly string[]): Period[] {
  const unique = [...new Set(ids)];
  if (unique.length === 0) throw refuse('periods', 'cần ít nhất một kỳ / at least one period is required');
  checkCount('periods', unique.length);
  return unique.map((id) => {
    if (!isPeriodId(id)) throw badPeriod('periods', id);
    return parsePeriod(id);
  });
}

/** Unit codes written `C1,C2, C3` (blanks around the commas ignored), each once, in the order written. */
export function unitsOfInput(text: string): string[] {
  const codes = [
    ...new Set(
      text
        .split(',')
        .map((c) => c.trim())
        .filter((c) => c !== ''),
    ),
  ];
  if (codes.length === 0) throw refuse('units', 'cần danh sách mã đơn vị, phân cách bằng dấu phẩy / list unit codes separated by commas');
  const max = ANALYTICS_LIMITS.listedUnits;
  if (codes.length > max) throw refuse('units', `tối đa ${formatViNumber(max)} đơn vị trong danh sách / at most ${max} units listed`);
  const long = codes.find((c) => c.length > 50);
  if (long) throw refuse('units', `mã đơn vị quá dài '${long.slice(0, 50)}…' / unit code too long`);
  return codes;
}
