/**
 * Who is expected to report an element, when forms say so: the units assigned to every dataset that collects
 * it (dataset_units: a unit, or every unit of a level under one, on each sub-period's last day), counted for a
 * unit when they are that unit or below it in the view. So a count a province states itself (the number of
 * departments listing procedures by QR code) expects one report from the province, not one per commune; a
 * commune form expects every commune. Elements no dataset collects keep the default: the leaf units below.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { parsePeriod, type Period } from '../../domain/periods.ts';
import { datasetUnitsOfElement, expectedUnits } from '../../store/collection/dataset-units.ts';
import { readClosureAncestors } from '../../store/aggregates/read.ts';
import type { IndicatorDefinition } from './indicator.ts';
import { subPeriods, type UnitTotal } from './unit-totals.ts';
import type { View } from './unit-resolve.ts';

/** Expected reports per `${period}|${unitId}`, or null when no dataset collects the indicator's lead element. */
export type ExpectedReports = Map<string, number>;

export async function datasetExpectedReports(
  db: Kysely<Database>,
  view: View,
  def: IndicatorDefinition,
  unitIds: readonly number[],
  periods: readonly Period[],
  rows: readonly UnitTotal[],
): Promise<ExpectedReports | null> {
  const lead = def.elements.find((e) => e.inNumerator) ?? def.elements[0];
  if (!lead || lead.hierarchyAggregation === 'none') return null;
  const specs = await datasetUnitsOfElement(db, lead.id);
  if (!specs) return null;
  const lastOf = new Map(rows.filter((r) => r.elementId === lead.id).map((r) => [`${r.period}|${r.unitId}`, r.lastPeriod]));
  // The sub-periods each (period, unit) owes: all of a flow's, a stock's latest reported one (or the last).
  const owed = new Map<string, Period[]>();
  const dates = new Set<string>();
  for (const period of periods) {
    const subs = subPeriods(lead, period).map((p) => parsePeriod(p));
    for (const unitId of unitIds) {
      let chosen = subs;
      if (lead.timeAggregation !== 'sum' && subs.length > 1) {
        const last = lastOf.get(`${period.id}|${unitId}`) ?? subs[subs.length - 1]!.id;
        chosen = subs.filter((s) => s.id === last);
      }
      owed.set(`${period.id}|${unitId}`, chosen);
      for (const s of chosen) dates.add(s.end);
    }
  }
  const reportersAt = new Map<string, number[]>();
  for (const date of dates)
    reportersAt.set(
      date,
      (await expectedUnits(db, specs, date)).map((u) => u.id),
    );
  const allReporters = [...new Set([...reportersAt.values()].flat())];
  const ancestors = new Map<number, Array<{ ancestorId: number; validFrom: string; validTo: string }>>();
  for (const a of await readClosureAncestors(db, view, allReporters)) {
    const list = ancestors.get(a.unitId);
    if (list) list.push(a);
    else ancestors.set(a.unitId, [a]);
  }
  const counts: ExpectedReports = new Map();
  for (const [key, subs] of owed) {
    const unitId = Number(key.slice(key.indexOf('|') + 1));
    let count = 0;
    for (const s of subs) {
      for (const reporter of reportersAt.get(s.end) ?? []) {
        if ((ancestors.get(reporter) ?? []).some((a) => a.ancestorId === unitId && (view === 'now' || (a.validFrom <= s.end && s.end < a.validTo)))) count += 1;
      }
    }
    counts.set(key, count);
  }
  return counts;
}
