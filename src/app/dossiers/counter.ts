/**
 * The dossiers' counter (app/registries/registry-counter.ts), all flows: dossiers.received (received within the
 * period), received_online (through the online channel), received_online_full (online, end to end — toàn trình),
 * finished (finished within the period), finished_on_time (finished within it, on time). Filters: `field` (lĩnh
 * vực) and `level`. Counts at the receiving unit only; the roll-up adds the descendants'.
 */
import type { Kysely } from 'kysely';
import { fieldName } from '../../domain/dossiers.ts';
import type { Period } from '../../domain/periods.ts';
import type { DerivationFilter, RegistryMeasure } from '../../domain/registry-measures.ts';
import { countDossiersByUnit, earliestDossierDate, pageOfDossiers, type DossierSelection } from '../../store/dossiers/repo.ts';
import type { Database } from '../../store/schema.ts';
import type { RegistryCounter, RegistryRecord } from '../registries/registry-counter.ts';

/** The selection a measure counts over a period, or null when the filter contradicts the measure (a count of 0). */
export function dossierSelection(
  measure: RegistryMeasure,
  period: Period,
  units: readonly string[] | null,
  filter: DerivationFilter = {},
): DossierSelection | null {
  if (!measure.startsWith('dossiers.')) throw new Error(`not a dossiers measure: ${measure}`);
  const m = measure.slice('dossiers.'.length);
  const s: DossierSelection = { dateOf: m.startsWith('finished') ? 'finished' : 'received', from: period.start, to: period.end, units };
  if (filter.field) s.field = filter.field;
  if (filter.level) s.level = filter.level;
  if (m === 'received_online' || m === 'received_online_full') s.channel = 'online';
  if (m === 'received_online_full') {
    if (filter.level && filter.level !== 'full') return null;
    s.level = 'full';
  }
  if (m === 'finished_on_time') s.result = 'on_time';
  return s;
}

export const dossiersCounter: RegistryCounter = {
  registry: 'dossiers',

  async count(db: Kysely<Database>, measure, period, unitCodes, filter) {
    const selection = dossierSelection(measure, period, unitCodes, filter);
    return selection ? countDossiersByUnit(db, selection) : new Map();
  },

  async records(db, measure, period, unitCodes, page, filter) {
    const selection = dossierSelection(measure, period, unitCodes, filter);
    if (!selection) return { total: 0, rows: [] };
    const { total, rows } = await pageOfDossiers(db, selection, page);
    const out: RegistryRecord[] = rows.map((r) => ({
      id: String(r.id),
      title: `${r.procedureName ?? r.procedureCode} · ${fieldName(r.field)} · ${r.sourceId}`,
      unit: r.unit,
      state: r.state,
      date: selection.dateOf === 'finished' ? r.finishedOn : r.receivedOn,
      counts: 1,
      simulated: r.simulated === 1,
    }));
    return { total, rows: out };
  },

  earliestDate(db) {
    return earliestDossierDate(db);
  },
};
