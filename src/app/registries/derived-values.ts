/**
 * The values of the elements derived from a registry (data_elements.derived_from), computed from its records and
 * written through THE write path (`recordValuesIn`, source 'registry', actor `registry`), so targets, the roll-up
 * through the reform, rankings, reports and open data use them like any reported value and their history is
 * versioned like every value. Run inside the registry command's transaction: a record saved and the figures it
 * moves commit together, and the next read sees both.
 *
 * For each element fed by the counter's measures and each period of the element's type from the change's date to
 * today's: the counter's figure at each unit concerned, written where it differs from the stored one (a unit
 * whose records went is written 0 where it held a value; a unit never counted is not written at all). Units not in
 * force at a period's end (a commune merged on 1/7/2025) are skipped for that period: their records count in
 * their successor through the aggregates' `now` view.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../domain/access.ts';
import { todayIsoDate } from '../../domain/dates.ts';
import { parsePeriod, periodsBetween, rollUp, type PeriodType } from '../../domain/periods.ts';
import { parseDerivation } from '../../domain/registry-measures.ts';
import { resolveUnitsAt, unitAtKey } from '../../store/collection/dataset-units.ts';
import { listDerivedElements, unitsWithCurrentValues } from '../../store/registries/derived-elements.ts';
import type { Database } from '../../store/schema.ts';
import { recordValuesIn, type RecordItem, type RecordResult } from '../collection/record-values.ts';
import type { RegistryCounter } from './registry-counter.ts';

/** The writer the registries' figures are recorded under (audit actor `registry`). */
export const REGISTRY_ACTOR: Actor = { kind: 'user', name: 'registry', role: 'admin', unitScopes: [] };

export interface RefreshScope {
  /** The units whose own figures may have moved (a record's owner, before and after an edit); null: every unit. */
  unitCodes: readonly string[] | null;
  /** The first day the change concerns ('YYYY-MM-DD'); absent: the registry's earliest date. */
  from?: string;
  /**
   * The last day the change concerns ('YYYY-MM-DD'); absent: today. Only for registries whose measures are all
   * flows over dated records (a dossier received and finished on known days moves only those days' periods).
   */
  until?: string;
  now?: Date;
}

/** The period of this type that contains the day. */
export function periodOfDate(date: string, type: PeriodType): string {
  return rollUp(`${date.slice(0, 4)}${date.slice(5, 7)}`, type);
}

/** Recomputes and writes the derived values a change of the counter's registry may have moved; returns the write's counts. */
export async function refreshDerivedValues(trx: Kysely<Database>, counter: RegistryCounter, scope: RefreshScope): Promise<RecordResult> {
  const now = scope.now ?? new Date();
  const elements = (await listDerivedElements(trx, null)).flatMap((e) => {
    const derivation = parseDerivation(e.derivedFrom);
    return derivation && derivation.registry === counter.registry ? [{ ...e, derivation }] : [];
  });
  const empty: RecordResult = { created: 0, updated: 0, unchanged: 0, warnings: [] };
  if (elements.length === 0 || (scope.unitCodes && scope.unitCodes.length === 0)) return empty;
  const from = scope.from ?? (await counter.earliestDate(trx));
  if (!from) return empty;
  const today = todayIsoDate(now);
  const items: RecordItem[] = [];
  for (const element of elements) {
    const type = element.periodType as PeriodType;
    const last = scope.until && scope.until < today ? scope.until : today;
    const first = periodOfDate(from < last ? from : last, type);
    const periods = periodsBetween(first, periodOfDate(last, type));
    const stored = await unitsWithCurrentValues(trx, element.id, periods, scope.unitCodes);
    for (const id of periods) {
      const period = parsePeriod(id);
      const counts = await counter.count(trx, element.derivation.measure, period, scope.unitCodes, element.derivation.filter);
      const held = stored.get(id) ?? new Set<string>();
      const units = new Set([...counts.keys(), ...[...held].filter((code) => !scope.unitCodes || scope.unitCodes.includes(code))]);
      for (const unit of units) {
        const value = counts.get(unit) ?? 0;
        if (value !== 0 || held.has(unit)) items.push({ dataElement: element.code, unit, period: id, value });
      }
    }
  }
  const inForce = await resolveUnitsAt(
    trx,
    items.map((item) => ({ code: item.unit, at: parsePeriod(item.period).end })),
  );
  const writable = items.filter((item) => inForce.has(unitAtKey(item.unit, parsePeriod(item.period).end)));
  return recordValuesIn(trx, writable, { actor: REGISTRY_ACTOR, source: 'registry', via: counter.registry, now });
}
