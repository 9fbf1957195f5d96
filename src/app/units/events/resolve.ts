/**
 * The checks of a unit event against the tree, each problem named by its field: the version of a code in force on
 * the date (an unknown code, a date before the unit exists or after it ended, a version that already starts that
 * day), a code free for a new version, a new name's type at its level. Also the drafts (units-plan.ts) of stored
 * versions, which a plan names by key.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../store/schema.ts';
import { versionsOfCodes } from '../../../store/units/event-reads.ts';
import type { UnitRow } from '../../../store/units/rows.ts';
import { openToNull } from '../../../store/dates.ts';
import type { ValidationProblem } from '../../../domain/metadata.ts';
import { unitKey, type UnitDraft } from '../../../domain/units-plan.ts';
import { englishNames } from '../../../domain/units-naming.ts';
import { typeOfName } from '../../../domain/unit-events.ts';
import type { UnitLevel } from '../../../domain/units.ts';

export class EventChecks {
  readonly problems: ValidationProblem[] = [];
  private readonly versions = new Map<string, UnitRow[]>();

  constructor(
    private readonly db: Kysely<Database>,
    readonly date: string,
  ) {}

  async load(codes: readonly string[]): Promise<void> {
    for (const row of await versionsOfCodes(
      this.db,
      codes.filter((c) => !this.versions.has(c)),
    )) {
      this.versions.set(row.code, [...(this.versions.get(row.code) ?? []), row]);
    }
  }

  problem(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  /** The version of `code` in force on the date that a new version may follow from that day, or null (a problem named `path`). */
  inForce(code: string, path: string, level?: string, allowStart = false): UnitRow | null {
    const all = (this.versions.get(code) ?? []).filter((v) => level === undefined || v.level === level);
    if (!all.length) {
      this.problem(path, `Không có đơn vị mã ${code}${level ? ` cấp ${level}` : ''} / no unit has this code`);
      return null;
    }
    const found = all.find((v) => v.validFrom <= this.date && this.date < v.validTo);
    if (found && (allowStart || found.validFrom < this.date)) return found;
    if (found) this.problem('date', `Phiên bản hiện có của ${code} đã bắt đầu đúng ngày ${this.date} / a version of ${code} already starts that day`);
    else if (all.every((v) => v.validFrom > this.date))
      this.problem('date', `Ngày ${this.date} trước khi đơn vị ${code} tồn tại (từ ${all[0]!.validFrom}) / the date is before the unit exists`);
    else this.problem('date', `Đơn vị ${code} đã kết thúc trước ngày ${this.date} (ngày ${openToNull(all.at(-1)!.validTo)}) / the unit had ended by then`);
    return null;
  }

  /** A problem unless no version of `code` at `level` is in force on the date or starts on it (other than `except`). */
  free(code: string, level: string, path: string, except: readonly string[] = []): void {
    if (except.includes(code)) return;
    const taken = (this.versions.get(code) ?? []).some((v) => v.level === level && v.validTo > this.date && v.validFrom <= this.date);
    const starts = (this.versions.get(code) ?? []).some((v) => v.level === level && v.validFrom === this.date);
    if (taken || starts) this.problem(path, `Mã ${code} đang được một đơn vị khác dùng vào ngày ${this.date} / the code is in use on that day`);
  }

  /** The typed name at a level, or null (a problem named `path`). */
  typed(fullName: string, level: UnitLevel, path: string): { type: string; name: string; fullName: string } | null {
    const typed = typeOfName(fullName, level);
    if (typeof typed === 'string') {
      this.problem(path, typed);
      return null;
    }
    return typed;
  }
}

/** A stored version as a plan's draft (the writer skips it: it is there so that keys resolve). */
export function draftOfRow(row: UnitRow): UnitDraft {
  return {
    key: unitKey(row.level as UnitLevel, row.code, row.validFrom),
    code: row.code,
    level: row.level as UnitLevel,
    type: row.type,
    name: row.name,
    nameEn: row.nameEn,
    fullName: row.fullName,
    fullNameEn: row.fullNameEn,
    validFrom: row.validFrom,
    validFromKnown: Number(row.validFromKnown) === 1,
    validTo: row.validTo,
    validToKnown: Number(row.validToKnown) === 1,
    codeOfficial: Number(row.codeOfficial) === 1,
    note: row.note,
  };
}

/** A new version from `date` until `validTo`, named by a typed name. */
export function newDraft(
  code: string,
  level: UnitLevel,
  typed: { type: string; name: string; fullName: string },
  date: string,
  end: { validTo: string; validToKnown: boolean },
): UnitDraft {
  return {
    key: unitKey(level, code, date),
    code,
    level,
    ...typed,
    ...englishNames(typed.name, typed.type),
    validFrom: date,
    validFromKnown: true,
    validTo: end.validTo,
    validToKnown: end.validToKnown,
    codeOfficial: true,
    note: null,
  };
}
