/**
 * The drill-down from a derived number to the records behind it: for an element derived from a registry, a unit,
 * a period and a view, the records its figure counts — those owned by the units that count towards the unit in
 * that view (the aggregates' closure, so the list adds up to the number, through the 2025 reform in the `now`
 * view). Read access as for the number itself (the unit at the resolved date). Records only, never personal data.
 * Paged as JSON, or the whole list as CSV.
 */
import type { Actor } from '../../domain/access.ts';
import { appError } from '../../domain/errors.ts';
import { parsePeriod } from '../../domain/periods.ts';
import { parseDerivation } from '../../domain/registry-measures.ts';
import { resolveQueryUnit, type View } from '../../compute/analytics/unit-resolve.ts';
import type { Store } from '../../store/db.ts';
import { getDerivedElement, unitsCountingTowards } from '../../store/registries/derived-elements.ts';
import { unitVersionsOfCodes } from '../../store/units/tree-reads.ts';
import { authorizeUnit } from '../policy.ts';
import type { RegistryRecord } from './registry-counter.ts';
import { counterOf } from './registry-counters.ts';

export interface RegistryRecordsQuery {
  element: string;
  unit: string;
  period: string;
  view?: View;
  limit?: number;
  offset?: number;
}

export interface RegistryRecordsPage {
  element: string;
  /** The element's names (what the figure counts). */
  name: string;
  nameEn: string;
  measure: string;
  registry: string;
  unit: { code: string; name: string };
  period: string;
  view: View;
  total: number;
  limit: number;
  offset: number;
  items: NamedRegistryRecord[];
}

export interface NamedRegistryRecord extends RegistryRecord {
  /** The owner unit's name on the period's last day. */
  unitName: string;
}

/** Each record with its owner's name as it was on the period's last day (or its last version before then, else its first). */
async function withUnitNames(store: Store, rows: RegistryRecord[], at: string): Promise<NamedRegistryRecord[]> {
  const versions = await unitVersionsOfCodes(store.db, [...new Set(rows.map((r) => r.unit))]);
  const nameOf = (code: string) => {
    const own = versions.filter((v) => v.code === code);
    const version = own.find((v) => v.validFrom <= at && v.validTo > at) ?? own.filter((v) => v.validFrom <= at).at(-1) ?? own[0];
    return version?.name ?? code;
  };
  return rows.map((r) => ({ ...r, unitName: nameOf(r.unit) }));
}

/** The whole list as CSV at most (a figure counts far fewer records in practice). */
export const RECORDS_CSV_MAX = 200_000;

/** Every record behind the figure as CSV (UTF-8 with BOM, server/csv.ts's rules are the caller's), in the list's order. */
export async function registryRecordsCsv(store: Store, actor: Actor, query: Omit<RegistryRecordsQuery, 'limit' | 'offset'>) {
  const page = await registryRecords(store, actor, { ...query, limit: RECORDS_CSV_MAX, offset: 0 });
  return {
    page,
    header: [
      'Mã hồ sơ / id',
      'Tên / title',
      'Mã đơn vị / unit',
      'Đơn vị / unit name',
      'Tình trạng / state',
      'Ngày / date',
      'Số đếm / counts',
      'Mô phỏng / simulated',
    ],
    rows: page.items.map((r) => [r.id, r.title, r.unit, r.unitName, r.state, r.date, r.counts, r.simulated]),
  };
}

export async function registryRecords(store: Store, actor: Actor, query: RegistryRecordsQuery): Promise<RegistryRecordsPage> {
  const element = await getDerivedElement(store.db, query.element);
  const derivation = element ? parseDerivation(element.derivedFrom) : null;
  if (!element || !derivation)
    throw appError('RECORD_NOT_FOUND', { what: 'phần tử tính từ sổ đăng ký', whatEn: 'element derived from a registry', id: query.element });
  const period = parsePeriod(query.period);
  const view = query.view ?? 'was';
  const { unit, at } = await resolveQueryUnit(store.db, query.unit, view, [period]);
  await authorizeUnit(store, actor, 'read', unit.code, at);
  const { measure, registry, filter } = derivation;
  const counter = counterOf(registry);
  const limit = query.limit ?? 50;
  const offset = query.offset ?? 0;
  const base = {
    element: element.code,
    name: element.name,
    nameEn: element.nameEn,
    measure,
    registry,
    unit: { code: unit.code, name: unit.name },
    period: period.id,
    view,
    limit,
    offset,
  };
  if (!counter) return { ...base, total: 0, items: [] };
  const units = await unitsCountingTowards(store.db, unit.id, view, period.end);
  const { total, rows } = await counter.records(store.db, measure, period, units.length ? units : [unit.code], { limit, offset }, filter);
  return { ...base, total, items: await withUnitNames(store, rows, period.end) };
}
