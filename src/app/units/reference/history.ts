/**
 * The history the reference packages leave out: they name every unit as it stood on 30/6/2025, so a unit renamed
 * or reclassified before that day has its newest name for all its past. Each entry is an administrator's unit
 * event (domain/unit-events.ts) with its legal basis, applied by the same use case as POST /units/events
 * (app/units/events/apply-event.ts) after the packages' plan, in the load's transaction, so a real install that
 * loads the packages gets it as the demo does. An entry is applied once (its source names it); a store loaded
 * before an entry existed gets it at the next `dx-ioc units load`. Only what a cited decision establishes is here.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../store/schema.ts';
import { hasEventOfSource } from '../../../store/units/event-reads.ts';
import type { UnitEventInput } from '../../../domain/unit-events.ts';
import { applyUnitEventIn } from '../events/apply-event.ts';

export interface HistoryEntry {
  /** Stable id: the events' source is `reference-history:<id>`. */
  id: string;
  event: UnitEventInput;
}

export const REFERENCE_HISTORY: readonly HistoryEntry[] = [
  {
    id: 'hue-2025',
    event: {
      kind: 'reclassify',
      code: '46',
      level: 'province',
      date: '2025-01-01',
      fullName: 'Thành phố Huế',
      previousFullName: 'Tỉnh Thừa Thiên Huế',
      legalBasis: 'Nghị quyết 1314/NQ-UBTVQH15 ngày 30/11/2024 của Ủy ban Thường vụ Quốc hội',
      note: 'Tỉnh Thừa Thiên Huế trở thành thành phố Huế trực thuộc trung ương từ ngày 1/1/2025.',
    },
  },
];

export interface HistoryReport {
  /** The entries applied by this load (none when applied before). */
  applied: string[];
  /** The unit versions they made. */
  versions: number;
}

/** Applies the entries not applied yet; what it applied. */
export async function applyReferenceHistoryIn(trx: Kysely<Database>, entries: readonly HistoryEntry[] = REFERENCE_HISTORY): Promise<HistoryReport> {
  const report: HistoryReport = { applied: [], versions: 0 };
  for (const entry of entries) {
    const source = `reference-history:${entry.id}`;
    if (await hasEventOfSource(trx, source)) continue;
    const { versions } = await applyUnitEventIn(trx, entry.event, source);
    report.applied.push(entry.id);
    report.versions += versions;
  }
  return report;
}
