/** A target's statuses as the API names them, in the order a leader reads them, and the tone each is shown in. */
import type { Tone } from '@/components/ui/badge';

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
