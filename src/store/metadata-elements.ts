import type { Kysely } from 'kysely';
import { validateDataElement, ValidationError, type DataElement, type ValidationProblem, type ValueType } from '../domain/metadata.ts';
import type { Database, DataElementsTable } from './schema.ts';
import { byCode, inTransaction, pickPresent, sameContent, type UpsertAction } from './metadata-transaction.ts';

const COLUMNS = ['code', 'name', 'nameEn', 'description', 'valueType', 'timeAggregation', 'hierarchyAggregation', 'periodType', 'unitOfMeasure'] as const;

function toDomain(row: Pick<DataElementsTable, (typeof COLUMNS)[number]>): DataElement {
  return pickPresent(row, COLUMNS) as DataElement;
}

/** The element with this code, or null. */
export async function getDataElement(db: Kysely<Database>, code: string): Promise<DataElement | null> {
  const row = await db.selectFrom('dataElements').select(COLUMNS).where('code', '=', code).executeTakeFirst();
  return row ? toDomain(row) : null;
}

/** Every element, by code. */
export async function listDataElements(db: Kysely<Database>): Promise<DataElement[]> {
  const rows = await db.selectFrom('dataElements').select(COLUMNS).execute();
  return rows.map(toDomain).sort(byCode);
}

/** Element codes with their value types (what formulas may refer to). */
export async function dataElementTypes(db: Kysely<Database>): Promise<Map<string, ValueType>> {
  const rows = await db.selectFrom('dataElements').select(['code', 'valueType']).execute();
  return new Map(rows.map((r) => [r.code, r.valueType as ValueType]));
}

export interface ElementLabel {
  code: string;
  name: string;
  nameEn: string;
  valueType: ValueType;
}

/** Names and value types of the elements with these codes (a form's or a template's), by code; codes not stored are absent. */
export async function elementLabelsByCode(db: Kysely<Database>, codes: readonly string[]): Promise<Map<string, ElementLabel>> {
  if (codes.length === 0) return new Map();
  const rows = await db.selectFrom('dataElements').select(['code', 'name', 'nameEn', 'valueType']).where('code', 'in', [...codes]).execute();
  return new Map(rows.map((r) => [r.code, { ...r, valueType: r.valueType as ValueType }]));
}

/**
 * Creates or updates the element with this code. Throws ValidationError for a bad definition, or when
 * the value type or period type would change while values are stored for it.
 */
export async function upsertDataElement(db: Kysely<Database>, input: DataElement, now: Date = new Date()): Promise<UpsertAction> {
  const { value: element, problems } = validateDataElement(input);
  if (!element) throw new ValidationError(problems, 'Phần tử dữ liệu không hợp lệ / invalid data element');
  return inTransaction(db, async (trx) => {
    const existing = await trx.selectFrom('dataElements').select(['id', ...COLUMNS]).where('code', '=', element.code).executeTakeFirst();
    const row = { ...element, description: element.description ?? null, unitOfMeasure: element.unitOfMeasure ?? null, updatedAt: now.toISOString() };
    if (!existing) {
      await trx.insertInto('dataElements').values({ ...row, createdAt: row.updatedAt }).execute();
      return 'created';
    }
    const { id, ...current } = existing;
    if (sameContent(toDomain(current), toDomain(row))) return 'unchanged';
    await refuseTypeChangeWithValues(trx, id, current, element);
    await trx.updateTable('dataElements').set(row).where('id', '=', id).execute();
    return 'updated';
  });
}

async function refuseTypeChangeWithValues(db: Kysely<Database>, id: number, current: { valueType: string; periodType: string }, next: DataElement): Promise<void> {
  const changed = (['valueType', 'periodType'] as const).filter((field) => current[field] !== next[field]);
  if (changed.length === 0) return;
  const stored = await db.selectFrom('dataValues').select('id').where('elementId', '=', id).limit(1).executeTakeFirst();
  if (!stored) return;
  const problems: ValidationProblem[] = changed.map((field) => ({
    path: `dataElement.${field}`,
    message: `không thể đổi từ '${current[field]}' sang '${next[field]}' khi đã có số liệu / cannot change while values are stored`,
  }));
  throw new ValidationError(problems, `Phần tử ${next.code} đã có số liệu / element has values`);
}
