/**
 * A unit scope names one unit VERSION (units.id), not just a code: on 1/7/2025 some codes were re-used by
 * different units (68 was the old Lâm Đồng, then the merged Lâm Đồng), so a code-only scope granted for the old
 * unit would silently widen to the new one. These helpers pick the version a code means on a date and print it.
 */
import { isCalendarDate } from './dates.ts';

export interface UnitVersion {
  id: number;
  code: string;
  level: string;
  name: string;
  /** First day in force (inclusive), 'YYYY-MM-DD'. */
  validFrom: string;
  /** First day no longer in force (exclusive), 'YYYY-MM-DD'; '9999-12-31' when open. */
  validTo: string;
}

/** A requested scope: a code, and the date whose version is meant (null: the caller's default). */
export interface ScopeSpec {
  code: string;
  at: string | null;
}

/** 'CODE' or 'CODE@YYYY-MM-DD' (e.g. '68@2024-06-30'); throws naming the field on a bad date. */
export function parseScopeSpec(text: string, field = '--unit'): ScopeSpec {
  const trimmed = text.trim();
  const at = trimmed.lastIndexOf('@');
  if (at < 0) return { code: trimmed, at: null };
  const date = trimmed.slice(at + 1).trim();
  if (!isCalendarDate(date)) {
    throw new Error(`Ngày "${date}" trong ${field} "${trimmed}" không hợp lệ: MÃ@YYYY-MM-DD / invalid date in ${field}: CODE@YYYY-MM-DD`);
  }
  return { code: trimmed.slice(0, at).trim(), at: date };
}

/**
 * The version of a code meant on `at`: the one in force that day (the alphabetically first level when a code
 * names two levels, as findUnit); else the latest that began on or before `at` (a code whose unit has ended
 * keeps meaning that unit); else the earliest (the date is before any version). Null when there is none.
 */
export function pickVersion(versions: readonly UnitVersion[], at: string): UnitVersion | null {
  const inForce = versions.filter((v) => v.validFrom <= at && at < v.validTo).sort((a, b) => a.level.localeCompare(b.level));
  if (inForce[0]) return inForce[0];
  const before = versions.filter((v) => v.validFrom <= at).sort((a, b) => b.validFrom.localeCompare(a.validFrom) || a.level.localeCompare(b.level));
  if (before[0]) return before[0];
  return [...versions].sort((a, b) => a.validFrom.localeCompare(b.validFrom) || a.level.localeCompare(b.level))[0] ?? null;
}

const OPEN_START = '0001-01-01';
const OPEN_END = '9999-12-31';

/** The day before an ISO date (validTo is exclusive; people read the last day in force). */
function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** 'from–to' with the last day in force, '…' for open ends: '…–2025-06-30', '2025-07-01–…'. */
export function validityText(v: Pick<UnitVersion, 'validFrom' | 'validTo'>): string {
  const from = v.validFrom <= OPEN_START ? '…' : v.validFrom;
  const to = v.validTo >= OPEN_END ? '…' : dayBefore(v.validTo);
  return `${from}–${to}`;
}

/** '68 (Lâm Đồng, …–2025-06-30)': the code with the version it names. */
export function describeVersion(v: UnitVersion): string {
  return `${v.code} (${v.name}, ${validityText(v)})`;
}

/** True when the version is no longer in force on `today` (its scope should be reviewed and re-granted). */
export function versionEnded(v: Pick<UnitVersion, 'validTo'>, today: string): boolean {
  return v.validTo <= today;
}
