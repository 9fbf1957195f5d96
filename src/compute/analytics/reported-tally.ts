/**
 * What a unit reported of its annual plan's progress ("có 8/19 chỉ tiêu đạt và vượt kế hoạch"), beside what the plan
 * status computes from the targets it knows ("2/2 chỉ tiêu có số liệu"): the values of two data elements of a fixed
 * meaning — REPORTED_TALLY.met and .total, "số chỉ tiêu của kế hoạch CĐS năm đạt và vượt / tổng số (theo báo cáo)" —
 * at the plan's unit, for the latest half of the plan's year that began by `asOf` and holds both. Only for a plan of
 * one year with a unit (the elements mean the unit's annual plan); never turned into targets.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { childrenOf, parsePeriod } from '../../domain/periods.ts';
import { REPORTED_TALLY } from '../../domain/targets.ts';
import { getCurrentValue } from '../../store/values/repo.ts';
import { unitVersionOver } from './unit-version.ts';

export interface ReportedTally {
  /** Targets met or exceeded, as the unit reported. */
  met: number;
  total: number;
  /** The half-year the report is of, e.g. '2023S1'. */
  period: string;
  /** The evidence record the reported count cites (the article, the report), or null. */
  evidence: string | null;
  text: string;
}

export async function reportedTally(
  db: Kysely<Database>,
  plan: { unitCode: string | null; startPeriod: string | null; endPeriod: string | null },
  asOf: string,
): Promise<ReportedTally | null> {
  if (!plan.unitCode || !plan.startPeriod || plan.startPeriod !== plan.endPeriod) return null;
  const year = parsePeriod(plan.startPeriod);
  if (year.type !== 'yearly') return null;
  const unit = await unitVersionOver(db, plan.unitCode, year.start, year.end);
  if (!unit) return null;
  const halves = childrenOf(year, 'semiannual').filter((h) => parsePeriod(h).start <= asOf);
  for (const period of halves.reverse()) {
    const met = await getCurrentValue(db, { elementCode: REPORTED_TALLY.met, unitId: unit.id, period });
    const total = await getCurrentValue(db, { elementCode: REPORTED_TALLY.total, unitId: unit.id, period });
    if (typeof met?.value === 'number' && typeof total?.value === 'number') {
      return {
        met: met.value,
        total: total.value,
        period,
        evidence: met.evidenceRef,
        text: `${met.value}/${total.value} chỉ tiêu đạt và vượt kế hoạch (theo báo cáo)`,
      };
    }
  }
  return null;
}
