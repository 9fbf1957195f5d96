/** "từ 1/7/2025", "đến hết 30/6/2025", "từ … đến hết …": the days a unit version was in force (validTo is exclusive). */
import type { TFunction } from 'i18next';
import { dayBefore, formatDate, type Language } from '@/lib/format';

export function validityText(unit: { validFrom: string | null; validTo: string | null }, t: TFunction, language: Language): string {
  const from = unit.validFrom ? formatDate(unit.validFrom, language) : null;
  const to = unit.validTo ? formatDate(dayBefore(unit.validTo), language) : null;
  if (from && to) return t('unitPage.validBetween', { from, to });
  if (from) return t('unitPage.validFrom', { from });
  if (to) return t('unitPage.validUntil', { to });
  return t('unitPage.validAlways');
}
