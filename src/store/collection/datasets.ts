/** Datasets keyed by code: elements (ordered, with sections and the evidence flag) and reporting units. */
import type { Kysely } from 'kysely';
import { AppError, appError } from '../../domain/errors.ts';
import { ValidationError } from '../../domain/metadata.ts';
import type { PeriodType } from '../../domain/periods.ts';
import type { UnitLevel } from '../../domain/units.ts';
import { validateDataset, type Dataset } from '../../domain/validation-dataset.ts';
import type { Database } from '../schema.ts';

/** A stored dataset with its row id and the element ids (for joins). */
export interface StoredDataset extends Dataset {
  id: number;
  elementIds: Map<string, number>;
}

/** The dataset with this code, or null. */
export async function getDataset(db: Kysely<Database>, code: string): Promise<StoredDataset | null> {
  const row = await db.selectFrom('datasets').selectAll().where('code', '=', code).executeTakeFirst();
  if (!row) return null;
  const elements = await db
    .selectFrom('datasetElements as de')
    .innerJoin('dataElements as e', 'e.id', 'de.elementId')
    .select(['e.id', 'e.code', 'de.section', 'de.evidenceRequired'])
    .where('de.datasetId', '=', row.id)
    .orderBy('de.position')
    .execute();
  const units = await db.selectFrom('datasetUnits').select(['unitCode', 'level']).where('datasetId', '=', row.id).orderBy('id').execute();
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    nameEn: row.nameEn,
    periodType: row.periodType as PeriodType,
    deadlineDays: Number(row.deadlineDays),
    elements: elements.map((e) => ({ code: e.code, ...(e.section ? { section: e.section } : {}), evidenceRequired: Number(e.evidenceRequired) === 1 })),
    units: units.map((u) => ({ unit: u.unitCode, ...(u.level ? { level: u.level as UnitLevel } : {}) })),
    elementIds: new Map(elements.map((e) => [e.code, e.id])),
  };
}

/** Every dataset, by code. */
export async function listDatasets(db: Kysely<Database>): Promise<StoredDataset[]> {
  const rows = await db.selectFrom('datasets').select('code').orderBy('code').execute();
  const out: StoredDataset[] = [];
  for (const r of rows) out.push((await getDataset(db, r.code)) as StoredDataset);
  return out;
}

/**
 * Creates (mode 'create': 409-style error when it exists) or replaces (mode 'update': error when missing)
 * a dataset, in the caller's transaction. Throws ValidationError naming every bad field.
 * Returns the stored dataset before the change (null when created).
 */
export async function saveDataset(
  trx: Kysely<Database>,
  raw: unknown,
  mode: 'create' | 'update',
  now: Date = new Date(),
): Promise<{ before: StoredDataset | null; after: StoredDataset }> {
  const elementRows = await trx.selectFrom('dataElements').select(['id', 'code', 'periodType']).execute();
  const elementIds = new Map(elementRows.map((e) => [e.code, e.id]));
  const { value: dataset, problems } = validateDataset(raw, new Set(elementIds.keys()));
  if (!dataset) throw new ValidationError(problems, 'Biểu mẫu không hợp lệ / invalid dataset');
  const periodOf = new Map(elementRows.map((e) => [e.code, e.periodType]));
  const wrongPeriod = dataset.elements
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => periodOf.get(e.code) !== dataset.periodType)
    .map(({ e, i }) => ({
      path: `dataset.elements[${i}].code`,
      message: `phần tử ${e.code} thu thập theo kỳ ${periodOf.get(e.code)}, biểu mẫu theo kỳ ${dataset.periodType} / period type differs`,
    }));
  if (wrongPeriod.length > 0) throw new ValidationError(wrongPeriod, 'Biểu mẫu không hợp lệ / invalid dataset');
  const before = await getDataset(trx, dataset.code);
  if (mode === 'create' && before) throw appError('CONFLICT', { reason: `Biểu mẫu '${dataset.code}' đã tồn tại / dataset already exists` });
  if (mode === 'update' && !before) throw new AppError('NOT_FOUND', `Không có biểu mẫu '${dataset.code}' / no such dataset`);
  const at = now.toISOString();
  const row = {
    code: dataset.code,
    name: dataset.name,
    nameEn: dataset.nameEn,
    periodType: dataset.periodType,
    deadlineDays: dataset.deadlineDays,
    updatedAt: at,
  };
  let id: number;
  if (before) {
    id = before.id;
    await trx.updateTable('datasets').set(row).where('id', '=', id).execute();
    await trx.deleteFrom('datasetElements').where('datasetId', '=', id).execute();
    await trx.deleteFrom('datasetUnits').where('datasetId', '=', id).execute();
  } else {
    id = (
      await trx
        .insertInto('datasets')
        .values({ ...row, createdAt: at })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  }
  await trx
    .insertInto('datasetElements')
    .values(
      dataset.elements.map((e, position) => ({
        datasetId: id,
        elementId: elementIds.get(e.code) as number,
        position,
        section: e.section ?? null,
        evidenceRequired: e.evidenceRequired ? 1 : 0,
      })),
    )
    .execute();
  await trx
    .insertInto('datasetUnits')
    .values(dataset.units.map((u) => ({ datasetId: id, unitCode: u.unit, level: u.level ?? null })))
    .execute();
  return { before, after: (await getDataset(trx, dataset.code)) as StoredDataset };
}

/** Datasets containing any of these elements, with their units and evidence flags (for value checks). */
export async function datasetsWithElements(db: Kysely<Database>, elementIds: readonly number[]): Promise<StoredDataset[]> {
  if (elementIds.length === 0) return [];
  const rows = await db
    .selectFrom('datasetElements as de')
    .innerJoin('datasets as d', 'd.id', 'de.datasetId')
    .select('d.code')
    .distinct()
    .where('de.elementId', 'in', [...new Set(elementIds)])
    .execute();
  const out: StoredDataset[] = [];
  for (const r of rows) out.push((await getDataset(db, r.code)) as StoredDataset);
  return out;
}

/** The codes of the datasets that collect this element. */
export async function datasetCodesWithElement(db: Kysely<Database>, elementId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('datasetElements as de')
    .innerJoin('datasets as d', 'd.id', 'de.datasetId')
    .select('d.code')
    .where('de.elementId', '=', elementId)
    .execute();
  return rows.map((r) => r.code);
}
