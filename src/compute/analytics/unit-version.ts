/**
 * Which version of a unit code a plan or a target means over a span of days. A code can name several units
 * (68 is Lâm Đồng before 1/7/2025 and the merged Lâm Đồng after it; 19 likewise), so a code is read as the unit
 * it named when the span began — the unit the plan was written for — else the one it names at the span's end
 * (a unit created within the span), else its last version before the end (a unit that ended earlier), else its
 * first version. The chosen version may end before the span does: that unit was reorganised meanwhile.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { dayBefore } from '../../domain/dates.ts';
import { unitVersionsOfCodes } from '../../store/units/tree-reads.ts';

export interface UnitVersion {
  id: number;
  code: string;
  name: string;
  level: string;
  validFrom: string;
  /** Exclusive: the first day the version is no longer in force (the sentinel 9999-12-31 when open). */
  validTo: string;
}

/** The version of `code` meant over [from, to] (see above), or null when no unit ever had the code. */
export async function unitVersionOver(db: Kysely<Database>, code: string, from: string, to: string): Promise<UnitVersion | null> {
  return versionOver(await unitVersionsOfCodes(db, [code]), from, to);
}

/** unitVersionOver over the versions of one code already read (by first day, then level). */
export function versionOver(versions: readonly UnitVersion[], from: string, to: string): UnitVersion | null {
  // On one day a code may name units at two levels: the alphabetically first level, as everywhere (units-in-force.ts).
  const inForce = (at: string) => versions.filter((v) => v.validFrom <= at && at < v.validTo).sort((a, b) => a.level.localeCompare(b.level))[0];
  return inForce(from) ?? inForce(to) ?? versions.filter((v) => v.validFrom <= to).at(-1) ?? versions[0] ?? null;
}

/** True when the version ended on or before `to` (the last day of the span): reorganised within or before it. */
export function endedBy(version: Pick<UnitVersion, 'validTo'>, to: string): boolean {
  return version.validTo <= to;
}

/** The last day up to `to` on which the version is in force (its first day, for a version that began after `to`). */
export function lastDayInForce(version: Pick<UnitVersion, 'validFrom' | 'validTo'>, to: string): string {
  if (version.validFrom > to) return version.validFrom;
  return endedBy(version, to) ? dayBefore(version.validTo) : to;
}
