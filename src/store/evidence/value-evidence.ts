/**
 * The evidence the current values of some elements cite, for one unit and some periods: what a report's appendix of
 * sources lists (app/evidence/value-sources.ts). One read of the cited ids, then the records themselves.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { getEvidence, type Evidence } from './repo.ts';

export interface CitedEvidence {
  element: string;
  period: string;
  /** The value was worked back from other figures, not reported. */
  derived: boolean;
  evidence: Evidence;
}

export async function evidenceOfValues(
  db: Kysely<Database>,
  key: { unitId: number; periods: readonly string[]; elements: readonly string[] },
): Promise<CitedEvidence[]> {
  if (key.periods.length === 0 || key.elements.length === 0) return [];
  const rows = await db
    .selectFrom('currentValues as cv')
    .innerJoin('dataValues as dv', 'dv.id', 'cv.valueId')
    .innerJoin('dataElements as de', 'de.id', 'cv.elementId')
    .select(['de.code as element', 'cv.period as period', 'dv.evidenceRef as evidenceRef', 'dv.derived as derived'])
    .where('cv.unitId', '=', key.unitId)
    .where('cv.period', 'in', [...key.periods])
    .where('de.code', 'in', [...key.elements])
    .where('dv.evidenceRef', 'is not', null)
    .orderBy('de.code')
    .orderBy('cv.period')
    .execute();
  const records = new Map<string, Evidence | null>();
  const out: CitedEvidence[] = [];
  for (const row of rows) {
    const ref = row.evidenceRef!;
    if (!records.has(ref)) records.set(ref, await getEvidence(db, ref));
    const evidence = records.get(ref);
    if (evidence) out.push({ element: row.element, period: row.period, derived: Number(row.derived) === 1, evidence });
  }
  return out;
}
