/**
 * Per-item checks of a collection write: shape, codes resolved (element by code, unit version in force at
 * the period's end), an element derived from a registry written only by the registry, period type, value type and bounds (the element's declared minValue/maxValue, else its
 * type's: counts from 0, percentages 0 to 100), duplicates, and the caller's permission.
 */
import type { Kysely } from 'kysely';
import { can, type Actor } from '../../domain/access.ts';
import { encodeValue, type DataValueContent } from '../../domain/values.ts';
import { parsePeriod } from '../../domain/periods.ts';
import { resolveUnitsAt, unitAtKey, type ResolvedUnit } from '../../store/collection/dataset-units.ts';
import { loadElementRefs, type ElementRef } from '../../store/metadata/element-refs.ts';
import type { Database } from '../../store/schema.ts';
import type { ItemProblem } from './errors.ts';
import type { RecordItem } from './record-values.ts';

export interface CheckedItem {
  index: number;
  element: ElementRef;
  unit: ResolvedUnit;
  period: string;
  value: DataValueContent;
  /** The stored number (null for text values and cleared ones). */
  valueNum: number | null;
  comment: string | null | undefined;
  evidence: string | null | undefined;
  /** Worked back from other figures, not reported (RecordItem.derived). */
  derived: boolean;
}

/** Optional text: undefined stays undefined (keep stored), null/'' → null, else the string; a non-string is a problem. */
function optionalText(value: unknown): string | null | undefined | false {
  if (value === undefined) return undefined;
  if (value === null || value === '') return null;
  return typeof value === 'string' ? value : false;
}

export async function checkItems(
  db: Kysely<Database>,
  items: readonly RecordItem[],
  actor: Actor,
  /** Who writes: only the registries ('registry') write an element derived from a registry. */
  source?: string,
): Promise<{ checked: CheckedItem[]; problems: ItemProblem[]; forbidden: ItemProblem[] }> {
  const problems: ItemProblem[] = [];
  const forbidden: ItemProblem[] = [];
  // A caller who may write nowhere (viewer, approver, a user without units) is refused before anything is looked up.
  if (!can(actor, 'write_values', { unitPath: actor.unitScopes.length ? actor.unitScopes : ['*'] })) {
    const message = `vai trò ${actor.role} không được ghi số liệu / this caller may not write values`;
    return { checked: [], problems, forbidden: items.map((_, index) => ({ index, field: 'unit', message })) };
  }
  const ends: Array<string | null> = items.map((item, index) => {
    const problem = (field: string, message: string) => problems.push({ index, field, message });
    if (typeof item !== 'object' || item === null) {
      problem('(item)', 'phải là một đối tượng JSON / must be an object');
      return null;
    }
    if (typeof item.dataElement !== 'string' || item.dataElement === '') problem('dataElement', 'bắt buộc, là mã phần tử dữ liệu / required element code');
    if (typeof item.unit !== 'string' || item.unit === '') problem('unit', 'bắt buộc, là mã đơn vị / required unit code');
    try {
      return parsePeriod(item.period).end;
    } catch (error) {
      problem('period', (error as Error).message);
      return null;
    }
  });
  const valid = (i: number) => typeof items[i] === 'object' && items[i] !== null;
  const elements = (
    await loadElementRefs(db, {
      codes: items
        .filter((_, i) => valid(i))
        .map((item) => item.dataElement)
        .filter((c) => typeof c === 'string'),
    })
  ).byCode;
  const pairs = items.flatMap((item, i) => (ends[i] && typeof item.unit === 'string' ? [{ code: item.unit, at: ends[i] as string }] : []));
  const units = await resolveUnitsAt(db, pairs);
  const seen = new Map<string, number>();
  const checked: CheckedItem[] = [];
  items.forEach((item, index) => {
    if (!valid(index)) return;
    const problem = (field: string, message: string) => problems.push({ index, field, message });
    const end = ends[index];
    const element = elements.get(item.dataElement);
    if (typeof item.dataElement === 'string' && item.dataElement && !element)
      problem('dataElement', `không có phần tử dữ liệu '${item.dataElement}' / unknown data element`);
    const unit = end && typeof item.unit === 'string' ? units.get(unitAtKey(item.unit, end)) : undefined;
    if (end && typeof item.unit === 'string' && item.unit && !unit) {
      problem(
        'unit',
        `không có đơn vị mã '${item.unit}' có hiệu lực vào cuối kỳ ${item.period} (${end}) / no unit with this code in force at the period's end`,
      );
    }
    if (element && unit && !can(actor, 'write_values', { unitPath: unit.path, unitIdPath: unit.pathIds, elementCode: element.code })) {
      forbidden.push({ index, field: 'unit', message: `không có quyền ghi số liệu ${element.code} của đơn vị ${unit.code} / not allowed to write this value` });
      return;
    }
    if (element?.derivedFrom && source !== 'registry') {
      problem(
        'dataElement',
        `${element.code} được tính từ sổ đăng ký (${element.derivedFrom}), không nhập tay; cập nhật hồ sơ trong sổ / computed from a registry, not entered`,
      );
    }
    if (element && end && parsePeriod(item.period).type !== element.periodType) {
      problem('period', `kỳ ${item.period} không phải kỳ ${element.periodType} mà phần tử ${element.code} thu thập / wrong period type`);
    }
    const encoded = element ? encodeValue(element.valueType, item.value === undefined ? Symbol('missing') : item.value, element.bounds) : null;
    if (encoded && 'error' in encoded)
      problem(
        'value',
        item.value === undefined
          ? 'bắt buộc (null để xoá) / required (null clears)'
          : `${encoded.error} (phần tử ${element?.code}, kiểu ${element?.valueType})`,
      );
    const comment = optionalText(item.comment);
    const evidence = optionalText(item.evidence);
    if (comment === false) problem('comment', 'phải là chuỗi / must be a string');
    if (evidence === false) problem('evidence', 'phải là chuỗi / must be a string');
    if (typeof comment === 'string' && comment.length > 5000) problem('comment', 'dài quá 5000 ký tự / longer than 5000 characters');
    if (typeof evidence === 'string' && evidence.length > 2000) problem('evidence', 'dài quá 2000 ký tự / longer than 2000 characters');
    if (!element || !unit || !end || !encoded || 'error' in encoded || comment === false || evidence === false) return;
    const key = `${element.id}|${unit.id}|${item.period}`;
    const first = seen.get(key);
    if (first !== undefined) return problem('dataElement', `trùng phần tử, đơn vị và kỳ với values[${first}] / duplicate of values[${first}]`);
    seen.set(key, index);
    checked.push({
      index,
      element,
      unit,
      period: item.period,
      value: item.value,
      valueNum: encoded.valueNum,
      comment,
      evidence,
      derived: item.derived === true,
    });
  });
  return { checked, problems, forbidden };
}
