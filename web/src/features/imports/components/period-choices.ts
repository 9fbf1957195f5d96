/**
 * The periods an import may be for, of a dataset's period type: the current one and the earlier ones (six years'
 * worth, at most 24), newest first. The default is the one before today's: the period being reported now.
 */
import { KIND_OF_PERIOD_TYPE, periodId, shiftPeriod, withKind, type Period } from '../../../lib/periods';

const COUNT: Readonly<Record<string, number>> = { year: 6, half: 12, quarter: 24, month: 24 };

export function periodChoices(periodType: string | undefined, today: string): string[] {
  const kind = KIND_OF_PERIOD_TYPE[periodType ?? 'yearly'] ?? 'year';
  const month: Period = { kind: 'month', year: Number(today.slice(0, 4)), part: Number(today.slice(5, 7)) };
  const current = withKind(month, kind);
  return Array.from({ length: COUNT[kind] ?? 12 }, (_, i) => periodId(shiftPeriod(current, -i)));
}

/** The period being reported now: the one before today's (its deadline runs now). */
export function defaultPeriod(choices: readonly string[]): string {
  return choices[1] ?? choices[0] ?? '';
}
