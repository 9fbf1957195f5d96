/**
 * A DHIS2 data value set of current values (GET /dhis2/dataValueSets, `dx-ioc dhis2 export`): the elements of a
 * dataset or the listed ones × org units (with their descendants when `children`) × periods, mapped by CODE
 * (dataElement = element code, orgUnit = unit code, period = our period id, already DHIS2's form). Each org unit is
 * resolved at each period's end, the version in force then, and must be readable by the caller exactly as the
 * value history and the forms require (domain/access.ts `read` on its path: 404 UNIT_NOT_FOUND, 403 FORBIDDEN);
 * its descendants are within the same scope. Values are the current version whatever their form's state (draft,
 * submitted, returned, approved) — what the forms and the value history show their readers; a cleared value
 * (null) is left out, as DHIS2 has no empty value. `storedBy` and `comment` follow the value history's rule
 * (recordedDetailsVisible); the combos are DHIS2's default.
 */
import { can, type Actor } from '../../domain/access.ts';
import type { Dhis2DataValue } from '../../domain/dhis2-data-value-set.ts';
import { AppError, appError } from '../../domain/errors.ts';
import { parsePeriod, PeriodError } from '../../domain/periods.ts';
import { getDataset } from '../../store/collection/datasets.ts';
import { resolveUnitsAt, unitAtKey, type ResolvedUnit } from '../../store/collection/dataset-units.ts';
import type { Store } from '../../store/db.ts';
import { loadElementRefs } from '../../store/metadata/element-refs.ts';
import { childrenAt } from '../../store/units/tree-reads.ts';
import { listCurrentValues } from '../../store/values/repo.ts';
import { dhis2Text } from './dhis2-values.ts';

/** Units one export reads per period (an org unit and its descendants), and the values it may answer. */
export const MAX_EXPORT_UNITS = 5000;
export const MAX_EXPORT_VALUES = 200_000;
const UNIT_CHUNK = 500;
/** DHIS2's default category option combo (and attribute option combo). */
export const DEFAULT_COMBO = 'HllvX50cXC0';

export interface ExportQuery {
  dataSet?: string;
  dataElement?: readonly string[];
  orgUnit: readonly string[];
  children?: boolean;
  period: readonly string[];
}

/**
 * Who may see who recorded a value and its comment: the value history's rule (app/collection/history.ts and
 * GET /data-values/history): any caller who may read the value's unit. Usernames are personal data, so an
 * export leaves them out wherever this says no.
 */
export function recordedDetailsVisible(actor: Actor, unit: Pick<ResolvedUnit, 'path' | 'pathIds'>): boolean {
  return can(actor, 'read', { unitPath: unit.path, unitIdPath: unit.pathIds });
}

export async function exportDataValueSet(store: Store, actor: Actor, query: ExportQuery): Promise<Dhis2DataValue[]> {
  const elementIds = await elementsOf(store, query);
  const out: Dhis2DataValue[] = [];
  for (const period of [...new Set(query.period)]) {
    let end: string;
    try {
      end = parsePeriod(period).end;
    } catch (error) {
      if (!(error instanceof PeriodError)) throw error;
      throw appError('BAD_REQUEST', { field: 'period', reason: `${error.message}` }, [{ field: 'period', message: error.message }]);
    }
    const units = await unitsOf(store, actor, query, end);
    for (let i = 0; i < units.length; i += UNIT_CHUNK) {
      const chunk = units.slice(i, i + UNIT_CHUNK);
      const byId = new Map(chunk.map((u) => [u.id, u]));
      for (const v of await listCurrentValues(store.db, { elementIds, unitIds: chunk.map((u) => u.id), periods: [period] })) {
        const text = dhis2Text(v.value);
        const unit = byId.get(v.unitId);
        if (text === null || !unit) continue;
        const details = unit.detailsVisible;
        out.push({
          dataElement: v.elementCode,
          period: v.period,
          orgUnit: unit.code,
          categoryOptionCombo: DEFAULT_COMBO,
          attributeOptionCombo: DEFAULT_COMBO,
          value: text,
          storedBy: details ? v.author : '',
          lastUpdated: new Date(v.createdAt).toISOString(),
          comment: details ? (v.comment ?? '') : '',
        });
        if (out.length > MAX_EXPORT_VALUES) {
          const reason = `quá ${MAX_EXPORT_VALUES.toLocaleString('vi-VN')} số liệu; hãy thu hẹp đơn vị hoặc kỳ / more than ${MAX_EXPORT_VALUES} values; narrow the units or periods`;
          throw appError('BAD_REQUEST', { field: 'orgUnit', reason });
        }
      }
    }
  }
  return out;
}

async function elementsOf(store: Store, query: ExportQuery): Promise<number[]> {
  if (query.dataSet !== undefined) {
    const dataset = await getDataset(store.db, query.dataSet);
    if (!dataset) throw new AppError('NOT_FOUND', `Không có biểu mẫu '${query.dataSet}' / no dataset '${query.dataSet}'`);
    return [...dataset.elementIds.values()];
  }
  const codes = [...new Set(query.dataElement ?? [])];
  if (codes.length === 0) {
    const reason = 'cần dataSet hoặc ít nhất một dataElement / dataSet or at least one dataElement is required';
    throw appError('BAD_REQUEST', { field: 'dataSet', reason }, [{ field: 'dataSet', message: reason }]);
  }
  const refs = (await loadElementRefs(store.db, { codes })).byCode;
  const unknown = codes.filter((code) => !refs.has(code));
  if (unknown.length > 0) throw new AppError('NOT_FOUND', `Không có phần tử dữ liệu ${unknown.map((c) => `'${c}'`).join(', ')} / no such data element`);
  return codes.map((code) => refs.get(code)!.id);
}

type ExportUnit = { id: number; code: string; detailsVisible: boolean };

/** The org units at `end`, each readable by the caller, with their descendants when asked (breadth first). */
async function unitsOf(store: Store, actor: Actor, query: ExportQuery, end: string): Promise<ExportUnit[]> {
  const codes = [...new Set(query.orgUnit)];
  const resolved = await resolveUnitsAt(
    store.db,
    codes.map((code) => ({ code, at: end })),
  );
  const out = new Map<number, ExportUnit>();
  for (const code of codes) {
    const unit = resolved.get(unitAtKey(code, end));
    if (!unit) throw appError('UNIT_NOT_FOUND', { code, reason: `không có hiệu lực vào ${end} / not in force on ${end}` });
    if (!can(actor, 'read', { unitPath: unit.path, unitIdPath: unit.pathIds })) throw appError('FORBIDDEN', { action: 'read', target: code });
    const detailsVisible = recordedDetailsVisible(actor, unit);
    out.set(unit.id, { id: unit.id, code: unit.code, detailsVisible });
    if (!query.children) continue;
    // Below a unit the caller may read, every unit is within the same scope (a scope covers everything below it).
    let level = [unit.id];
    while (level.length > 0) {
      const next: number[] = [];
      for (const parentId of level) {
        for (const child of await childrenAt(store.db, parentId, end)) {
          if (out.has(child.id)) continue;
          out.set(child.id, { id: child.id, code: child.code, detailsVisible });
          next.push(child.id);
        }
      }
      if (out.size > MAX_EXPORT_UNITS) {
        const reason = `quá ${MAX_EXPORT_UNITS.toLocaleString('vi-VN')} đơn vị; hãy chọn đơn vị thấp hơn / more than ${MAX_EXPORT_UNITS} units; pick a lower unit`;
        throw appError('BAD_REQUEST', { field: 'children', reason });
      }
      level = next;
    }
  }
  return [...out.values()];
}
