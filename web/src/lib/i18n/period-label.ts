/** "Quý II/2023", "6 tháng đầu năm 2023", "Tháng 6/2023" / "Q2 2023", "First half of 2023", "June 2023". */
import type { TFunction } from 'i18next';
import { INTL_LOCALE, type Language } from '../format';
import { parsePeriodId, romanQuarter, type Period } from '../periods';

export function monthName(month: number, language: Language): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[language], { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1)));
}

export function periodLabel(period: Period | string, t: TFunction, language: Language): string {
  const p = typeof period === 'string' ? parsePeriodId(period) : period;
  if (!p) return String(period);
  const year = String(p.year);
  if (p.kind === 'year') return t('period.year', { year });
  if (p.kind === 'half') return p.part === 1 ? t('period.half1', { year }) : t('period.half2', { year });
  if (p.kind === 'quarter') return t('period.quarter', { year, part: p.part, roman: romanQuarter(p.part) });
  return t('period.month', { year, month: p.part, monthName: monthName(p.part, language) });
}
