/** Row → domain shapes for units, and the checks every unit query applies to its inputs. */
import type { Selectable } from 'kysely';
import type { UnitsTable } from '../schema.ts';
import { openToNull } from '../dates.ts';
import { isUnitLevel, type Unit } from '../../domain/units.ts';
import { isCalendarDate } from '../../domain/dates.ts';

export type UnitRow = Selectable<UnitsTable>;

export function toUnit(row: UnitRow, parentCode: string | null): Unit {
  if (!isUnitLevel(row.level)) throw new Error(`đơn vị ${row.code}: cấp "${row.level}" không hợp lệ`);
  return {
    code: row.code,
    level: row.level,
    type: row.type,
    name: row.name,
    nameEn: row.nameEn,
    fullName: row.fullName,
    fullNameEn: row.fullNameEn,
    validFrom: openToNull(row.validFrom),
    validTo: openToNull(row.validTo),
    validToKnown: Number(row.validToKnown) === 1,
    codeOfficial: Number(row.codeOfficial) === 1,
    parentCode,
    note: row.note,
  };
}

/** Throws a clear error unless `value` is a real calendar date 'YYYY-MM-DD'. */
export function assertIsoDate(value: string, field: string): void {
  if (!isCalendarDate(value)) throw new Error(`Ngày không hợp lệ ở "${field}": "${value}" (cần dạng YYYY-MM-DD) / invalid date`);
}

/** A LIKE pattern matching `term` anywhere, with %, _ and \ escaped (use with ESCAPE '\'). */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
