/**
 * The administrative units as any signed-in caller reads them (reference data, not scoped): the units in force
 * at a date (by level, parent, accent-insensitive search, paged), one unit at a date, and a code's lineage. A
 * code that does not exist, or whose versions were none in force at the date, is 404 UNIT_NOT_FOUND saying which
 * (the versions in `details`); so is an unknown parent, rather than an empty page.
 */
import { appError, type AppError } from '../../domain/errors.ts';
import type { Store } from '../../store/db.ts';
import { findUnit, listUnits, unitLineage, type ListUnitsQuery } from '../../store/units/repo.ts';

async function unitNotFound(store: Store, code: string, at: string): Promise<AppError> {
  const lineage = await unitLineage(store.db, code);
  if (!lineage) return appError('UNIT_NOT_FOUND', { code, reason: 'mã này không tồn tại / no unit has this code' });
  const versions = lineage.versions.map(({ unit }) => ({ validFrom: unit.validFrom, validTo: unit.validTo }));
  return appError('UNIT_NOT_FOUND', { code, reason: `mã này không có hiệu lực vào ngày ${at} / the code was not in force on ${at}` }, versions);
}

export async function listUnitsAt(store: Store, options: ListUnitsQuery) {
  if (options.parentCode !== undefined && !(await findUnit(store.db, options.parentCode, options.at)))
    throw await unitNotFound(store, options.parentCode, options.at);
  return listUnits(store.db, options);
}

/** The version in force at `at`; without `at`, the one valid today, else the most recent (a code seen in old data still resolves). */
export async function getUnit(store: Store, code: string, at: string | undefined, today: string) {
  const unit = await findUnit(store.db, code, at);
  if (!unit) throw await unitNotFound(store, code, at ?? today);
  return unit;
}

export async function getLineage(store: Store, code: string) {
  const lineage = await unitLineage(store.db, code);
  if (!lineage) throw appError('UNIT_NOT_FOUND', { code, reason: 'mã này không tồn tại / no unit has this code' });
  return lineage;
}
