/**
 * What a file for a stored dataset and period may hold: the dataset's elements (name, type, section as
 * the group header) and the units it expects on the period's last day. With an actor, units the actor
 * may not write values for are marked `writable: false` (their rows become errors, the template leaves them out).
 */
import { can, type Actor } from '../../domain/access.ts';
import { parsePeriod, periodLabel, type Period } from '../../domain/periods.ts';
import type { Store } from '../../store/db.ts';
import { getDataset, type StoredDataset } from '../../store/collection/datasets.ts';
import { expectedUnits, resolveUnitsAt, unitAtKey } from '../../store/collection/dataset-units.ts';
import { elementLabelsByCode } from '../../store/metadata/elements.ts';
import { appError } from '../../domain/errors.ts';
import type { ImportDescription, ImportUnit } from './types.ts';

/**
 * `periodId` '' describes the dataset without a period (a long file naming its periods row by row):
 * no units up front, `unitsFor` gives each period's.
 */
export async function describeDataset(store: Store, datasetCode: string, periodId: string, actor?: Actor): Promise<ImportDescription> {
  const dataset = await getDataset(store.db, datasetCode);
  if (!dataset)
    throw appError('NOT_FOUND', {}, [{ field: 'dataset', message: `Không có biểu mẫu (bộ dữ liệu) mã "${datasetCode}" / no dataset "${datasetCode}"` }]);
  let period: Period | null = null;
  if (periodId !== '') {
    try {
      period = parsePeriod(periodId);
    } catch (error) {
      throw appError('BAD_REQUEST', { field: 'period', reason: (error as Error).message }, [{ field: 'period', message: (error as Error).message }]);
    }
    if (period.type !== dataset.periodType) {
      const message = `Kỳ ${period.id} là kỳ ${period.type}, biểu mẫu ${dataset.code} báo cáo theo kỳ ${dataset.periodType} / wrong period type`;
      throw appError('BAD_REQUEST', { field: 'period', reason: message }, [{ field: 'period', message }]);
    }
  }
  const byCode = await elementLabelsByCode(
    store.db,
    dataset.elements.map((e) => e.code),
  );
  const elements = dataset.elements.flatMap((e) => {
    const row = byCode.get(e.code);
    return row
      ? [
          {
            code: row.code,
            name: row.name,
            valueType: row.valueType,
            bounds: { min: row.minValue, max: row.maxValue },
            ...(e.section ? { group: e.section } : {}),
          },
        ]
      : [];
  });
  const unitsFor = (id: string) => unitsAt(store, dataset, parsePeriod(id), actor);
  return {
    dataset: { code: dataset.code, name: dataset.name },
    period: period?.id ?? '',
    ...(period ? { periodLabel: periodLabel(period, 'vi') } : {}),
    periodType: dataset.periodType,
    elements,
    units: period ? await unitsFor(period.id) : [],
    unitsFor,
  };
}

/** The units the dataset expects on the period's last day, sorted by code; those the actor may not write marked. */
async function unitsAt(store: Store, dataset: StoredDataset, period: Period, actor: Actor | undefined): Promise<ImportUnit[]> {
  const units: ImportUnit[] = (await expectedUnits(store.db, dataset.units, period.end)).map((u) => ({ code: u.code, name: u.name }));
  if (actor && actor.role !== 'admin') {
    const paths = await resolveUnitsAt(
      store.db,
      units.map((u) => ({ code: u.code, at: period.end })),
    );
    for (const u of units) {
      const resolved = paths.get(unitAtKey(u.code, period.end));
      if (!can(actor, 'write_values', { unitPath: resolved?.path ?? [u.code], unitIdPath: resolved?.pathIds ?? [] })) u.writable = false;
    }
  }
  return units.sort((a, b) => a.code.localeCompare(b.code));
}
