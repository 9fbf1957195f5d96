/** A target's statuses as the API names them, in the order a leader reads them, and the tone each is shown in. */
import type { TFunction } from 'i18next';
import type { Tone } from '@/components/ui/badge';
import { formatMeasure, formatNumber, type Language } from './format';

export const TARGET_STATUSES = ['exceeded', 'met', 'at_risk', 'not_met', 'no_data', 'reorganised'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

export const STATUS_TONE: Record<TargetStatus, Tone> = {
  exceeded: 'success',
  met: 'success',
  not_met: 'danger',
  at_risk: 'warning',
  no_data: 'neutral',
  reorganised: 'info',
};

/** The status of an API answer, or undefined when it is not one of ours. */
export function targetStatus(value: string | null | undefined): TargetStatus | undefined {
  return TARGET_STATUSES.find((s) => s === value);
}

/** "vượt 11,17 điểm %" / "thiếu 14,09 điểm %" for a percentage, "vượt 3 xã" for a count, "đạt đúng mục tiêu" at 0. */
export function gapText(gap: number, unitOfMeasure: string | null, language: Language, t: TFunction): string {
  if (gap === 0) return t('overview.gapNone');
  const amount =
    unitOfMeasure === '%' ? t('overview.points', { value: formatNumber(Math.abs(gap), language) }) : formatMeasure(Math.abs(gap), unitOfMeasure, language);
  return t(gap > 0 ? 'overview.gapAhead' : 'overview.gapBehind', { amount });
}
