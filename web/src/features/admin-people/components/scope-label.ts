/** A unit scope as a person reads it: "Lâm Đồng (68)", "Lâm Đồng (68), hết hiệu lực 1/7/2025", or the bare code. */
import type { TFunction } from 'i18next';
import { dayBefore, formatDate, type Language } from '@/lib/format';
import type { Scope } from '../api/types';

export function scopeLabel(scope: Scope, t: TFunction, language: Language): string {
  if (!scope.name) return t('adminPeople.review.unknown', { code: scope.code });
  const name = `${scope.name} (${scope.code})`;
  return scope.validTo ? `${name}, ${t('adminPeople.users.scopeEnded', { date: formatDate(dayBefore(scope.validTo), language) })}` : name;
}

/** The scope spec that names exactly this version for a removal: its last day, or the bare code when it is in force. */
export function scopeSpec(scope: Scope): string {
  return scope.validTo ? `${scope.code}@${dayBefore(scope.validTo)}` : scope.code;
}
