/**
 * Which periods the list of forms (GET /forms) covers for a dataset: one period asked; the periods overlapping a
 * range [from, to] that have begun by today; or, when neither is asked, the dataset's last DEFAULT_FORM_PERIODS
 * periods that have begun by today (the current one included: for a half-yearly report on 2/12/2026, 2023S1 to
 * 2026S2), so a reporter sees what is open now and what is late without naming a period.
 */
import { appError } from '../../domain/errors.ts';
import { childrenOf, isPeriodId, parsePeriod, previousPeriod, type PeriodType } from '../../domain/periods.ts';

/** Periods per dataset when none is asked. */
export const DEFAULT_FORM_PERIODS = 8;
/** The longest range asked at once, in calendar years. */
export const MAX_FORM_YEARS = 10;

export interface PeriodChoice {
  period?: string;
  from?: string;
  to?: string;
}

/** Checks the choice (400 naming the field) and answers the [start, end] dates of a range, if one was given. */
export function checkPeriodChoice(choice: PeriodChoice): { start: string; end: string } | null {
  const given = (['period', 'from', 'to'] as const).filter((f) => choice[f] !== undefined);
  for (const field of given)
    if (!isPeriodId(choice[field])) throw appError('BAD_REQUEST', { field, reason: `mã kỳ không hợp lệ '${choice[field]}' / invalid period` });
  if (choice.period !== undefined && (choice.from !== undefined || choice.to !== undefined))
    throw appError('BAD_REQUEST', { field: 'period', reason: 'dùng period hoặc from/to, không dùng cả hai / use period or from/to, not both' });
  if (choice.from === undefined && choice.to === undefined) return null;
  const start = choice.from !== undefined ? parsePeriod(choice.from).start : '1900-01-01';
  const end = choice.to !== undefined ? parsePeriod(choice.to).end : '2100-12-31';
  if (end < start) throw appError('BAD_REQUEST', { field: 'to', reason: `kỳ ${choice.to} trước kỳ ${choice.from} / ends before it starts` });
  if (choice.from !== undefined && choice.to !== undefined && Number(end.slice(0, 4)) - Number(start.slice(0, 4)) >= MAX_FORM_YEARS)
    throw appError('BAD_REQUEST', { field: 'to', reason: `tối đa ${MAX_FORM_YEARS} năm một lần / at most ${MAX_FORM_YEARS} years at once` });
  return { start, end };
}

/** The period of `type` containing the date. */
function periodContaining(type: PeriodType, date: string): string {
  return childrenOf(date.slice(0, 4), type).find((id) => parsePeriod(id).end >= date) as string;
}

/** The periods of a dataset of `type` the list covers, oldest first. */
export function formPeriods(type: PeriodType, choice: PeriodChoice, range: { start: string; end: string } | null, today: string): string[] {
  if (choice.period !== undefined) return parsePeriod(choice.period).type === type ? [choice.period] : [];
  if (range === null) {
    const out = [periodContaining(type, today)];
    while (out.length < DEFAULT_FORM_PERIODS) out.unshift(previousPeriod(out[0] as string));
    return out;
  }
  // Open ends: up to today, and back at most MAX_FORM_YEARS before the other end.
  const end = range.end < today ? range.end : today;
  const floor = `${Number(end.slice(0, 4)) - MAX_FORM_YEARS + 1}-01-01`;
  const start = range.start > floor ? range.start : floor;
  const out: string[] = [];
  for (let year = Number(start.slice(0, 4)); year <= Number(end.slice(0, 4)); year++)
    for (const id of childrenOf(String(year), type)) {
      const p = parsePeriod(id);
      if (p.start <= end && p.end >= start) out.push(id);
    }
  return out;
}
