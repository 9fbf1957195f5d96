import { parsePeriod, PERIOD_TYPES, rollUp, type PeriodType } from '../domain/periods.ts';

export const COARSE_TYPES = ['quarterly', 'semiannual', 'yearly'] as const;
export type CoarseType = (typeof COARSE_TYPES)[number];

export interface PeriodInfo {
  period: string;
  type: PeriodType;
  endDate: string;
  quarterly: string | null;
  semiannual: string | null;
  yearly: string | null;
}

/** A period's end date and the strictly coarser periods containing it ('202306' → 2023Q2, 2023S1, 2023). */
export function periodInfo(id: string): PeriodInfo {
  const p = parsePeriod(id);
  const rank = PERIOD_TYPES.indexOf(p.type);
  const up = (type: CoarseType) => (PERIOD_TYPES.indexOf(type) > rank ? rollUp(p, type) : null);
  return { period: p.id, type: p.type, endDate: p.end, quarterly: up('quarterly'), semiannual: up('semiannual'), yearly: up('yearly') };
}

/** The coarser periods of `info`, finest first. */
export function coarserPeriods(info: PeriodInfo): string[] {
  return COARSE_TYPES.map((t) => info[t]).filter((p): p is string => p !== null);
}
