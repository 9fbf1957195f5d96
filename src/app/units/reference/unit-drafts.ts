/** Small builders shared by the plan steps: dates of the reform and one unit version from a typed name. */
import { englishNames, unitSearchText, type TypedName } from '../../../domain/units-naming.ts';
import { unitKey, type UnitDraft } from '../../../domain/units-plan.ts';
import { REFORM_2025_DATE, type UnitLevel } from '../../../domain/units.ts';
import { BEGINNING_OF_TIME, END_OF_TIME } from '../../../store/dates.ts';

export { BEGINNING_OF_TIME, END_OF_TIME, REFORM_2025_DATE };

/** The last day of the old tree: units gone by then ended on an unknown day no later than this. */
export const LAST_OLD_DAY = '2025-06-30';

export const PROVINCE_LEGAL_BASIS = 'Nghị quyết 202/2025/QH15';
export const COMMUNE_LEGAL_BASIS = 'Nghị quyết của UBTVQH về sắp xếp ĐVHC cấp xã năm 2025';
export const DISTRICT_LEGAL_BASIS = 'Luật Tổ chức chính quyền địa phương số 72/2025/QH15';

export const NOTE_ENDED_UNKNOWN =
  'Không còn trong danh mục ngày 30/6/2025 (sắp xếp ĐVHC 2023–2025): đã kết thúc muộn nhất vào ngày 30/6/2025, ngày chính xác không có trong nguồn.';
export const NOTE_START_UNKNOWN = 'Ngày bắt đầu không có trong nguồn.';

export interface Validity {
  validFrom: string;
  validFromKnown: boolean;
  validTo: string;
  validToKnown: boolean;
}

/** Before our records, until the reform. */
export const OLD_TREE: Validity = { validFrom: BEGINNING_OF_TIME, validFromKnown: false, validTo: REFORM_2025_DATE, validToKnown: true };
/** From the reform, still valid. */
export const NEW_TREE: Validity = { validFrom: REFORM_2025_DATE, validFromKnown: true, validTo: END_OF_TIME, validToKnown: true };
/** Before our records, gone by 30/6/2025 on a day the sources do not give. */
export const ENDED_UNKNOWN: Validity = { validFrom: BEGINNING_OF_TIME, validFromKnown: false, validTo: LAST_OLD_DAY, validToKnown: false };

export function draftUnit(level: UnitLevel, code: string, typed: TypedName, validity: Validity, note: string | null, codeOfficial = true): UnitDraft {
  const { nameEn, fullNameEn } = englishNames(typed.name, typed.type);
  return {
    key: unitKey(level, code, validity.validFrom),
    code,
    level,
    type: typed.type,
    name: typed.name,
    nameEn,
    fullName: typed.fullName,
    fullNameEn,
    ...validity,
    codeOfficial,
    note,
  };
}

/** Joins note parts, skipping empty ones; null when nothing is left. */
export function joinNotes(...parts: Array<string | null | undefined | false>): string | null {
  const kept = parts.filter((p): p is string => typeof p === 'string' && p.length > 0);
  return kept.length ? kept.join(' ') : null;
}

export function searchTextOf(unit: UnitDraft): string {
  return unitSearchText(unit.name, unit.fullName, unit.nameEn);
}
