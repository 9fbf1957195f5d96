import { sql, type Kysely } from 'kysely';
import { validateDataElement, ValidationError, type DataElement, type ValidationProblem, type ValueType } from '../../domain/metadata.ts';
import { valueBounds } from '../../domain/values.ts';
import type { Database, DataElementsTable } from '../schema.ts';
import { byCode, inTransaction, pickPresent, sameContent, type UpsertAction } from '../transaction.ts';

const COLUMNS = [
  'code',
  'name',
  'nameEn',
  'description',
  'valueType',
  'timeAggregation',
  'hierarchyAggregation',
  'periodType',
  'unitOfMeasure',
  'minValue',
  'maxValue',
  'derivedFrom',
] as const;

function toDomain(row: Pick<DataElementsTable, (typeof COLUMNS)[number]>): DataElement {
  const element = pickPresent(row, COLUMNS) as DataElement;
  // PostgreSQL gives double precision as a number already; be explicit for any driver that gives text.
  if (element.minValue !== undefined) element.minValue = Number(element.minValue);
  if (element.maxValue !== undefined) element.maxValue = Number(element.maxValue);
  return element;
}

/** The element with this code, or null. */
export async function getDataElement(db: Kysely<Database>, code: string): Promise<DataElement | null> {
  const row = await db.selectFrom('dataElements').select(COLUMNS).where('code', '=', code).executeTakeFirst();
  return row ? toDomain(row) : null;
}

/** The row id of the element with this code (for joins), or null. */
export async function elementIdByCode(db: Kysely<Database>, code: string): Promise<{ id: number } | null> {
  return (await db.selectFrom('dataElements').select('id').where('code', '=', code).executeTakeFirst()) ?? null;
}

/** Every element, by code. */
export async function listDataElements(db: Kysely<Database>): Promise<DataElement[]> {
  const rows = await db.selectFrom('dataElements').select(COLUMNS).execute();
  return rows.map(toDomain).sort(byCode);
}

/** The elements with these codes, by code; codes not stored are absent. */
export async function getDataElements(db: Kysely<Database>, codes: readonly string[]): Promise<Map<string, DataElement>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .selectFrom('dataElements')
    .select(COLUMNS)
    .where('code', 'in', [...new Set(codes)])
    .execute();
  return new Map(rows.map((row) => [row.code, toDomain(row)]));
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
  /** '%', 'xã', 'triệu đồng'… (null: none declared). */
  unitOfMeasure: string | null;
  /** The bounds its values must keep (declared, else the type's default; null: none). */
  minValue: number | null;
  maxValue: number | null;
}

/** Names, value types and bounds of the elements with these codes (a form's or a template's), by code; codes not stored are absent. */
export async function elementLabelsByCode(db: Kysely<Database>, codes: readonly string[]): Promise<Map<string, ElementLabel>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .selectFrom('dataElements')
    .select(['code', 'name', 'nameEn', 'valueType', 'unitOfMeasure', 'minValue', 'maxValue'])
    .where('code', 'in', [...codes])
    .execute();
  return new Map(
    rows.map((r) => {
      const valueType = r.valueType as ValueType;
      const bounds = valueBounds({
        valueType,
        minValue: r.minValue === null ? null : Number(r.minValue),
        maxValue: r.maxValue === null ? null : Number(r.maxValue),
      });
      return [
        r.code,
        { code: r.code, name: r.name, nameEn: r.nameEn, valueType, unitOfMeasure: r.unitOfMeasure ?? null, minValue: bounds.min, maxValue: bounds.max },
      ];
    }),
  );
}

/**
 * Creates or updates the element with this code. Throws ValidationError for a bad definition, when the value
 * type or period type would change while values are stored for it, or when its bounds would leave current
 * values outside them (correct those values first).
 */
export async function upsertDataElement(db: Kysely<Database>, input: DataElement, now: Date = new Date()): Promise<UpsertAction> {
  const { value: element, problems } = validateDataElement(input);
  if (!element) throw new ValidationError(problems, 'Phần tử dữ liệu không hợp lệ / invalid data element');
  return inTransaction(db, async (trx) => {
    const existing = await trx
      .selectFrom('dataElements')
      .select(['id', ...COLUMNS])
      .where('code', '=', element.code)
      .executeTakeFirst();
    const row = {
      ...element,
      description: element.description ?? null,
      unitOfMeasure: element.unitOfMeasure ?? null,
      minValue: element.minValue ?? null,
      maxValue: element.maxValue ?? null,
      derivedFrom: element.derivedFrom ?? null,
      updatedAt: now.toISOString(),
    };
    if (!existing) {
      await trx
        .insertInto('dataElements')
        .values({ ...row, createdAt: row.updatedAt })
        .execute();
      return 'created';
    }
    const { id, ...current } = existing;
    if (sameContent(toDomain(current), toDomain(row))) return 'unchanged';
    await refuseTypeChangeWithValues(trx, id, current, element);
    await refuseBoundsLeavingValuesOut(trx, id, toDomain(current), element);
    await trx.updateTable('dataElements').set(row).where('id', '=', id).execute();
    return 'updated';
  });
}

async function refuseTypeChangeWithValues(
  db: Kysely<Database>,
  id: number,
  current: { valueType: string; periodType: string },
  next: DataElement,
): Promise<void> {
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

/**
 * A bound that narrows (a higher minimum, a lower maximum, or one where there was none) may not leave current
 * values of the element outside it: one count query, only for the sides that narrow. Unchanged bounds are not
 * checked, so re-importing a file never fails on values stored before the bounds existed.
 */
async function refuseBoundsLeavingValuesOut(
  db: Kysely<Database>,
  id: number,
  current: Pick<DataElement, 'valueType' | 'minValue' | 'maxValue'>,
  next: DataElement,
): Promise<void> {
  const before = valueBounds(current);
  const { min, max } = valueBounds(next);
  const minNarrows = min !== null && (before.min === null || min > before.min);
  const maxNarrows = max !== null && (before.max === null || max < before.max);
  if (!minNarrows && !maxNarrows) return;
  const outside = await db
    .selectFrom('currentValues')
    .select(sql<number>`count(*)`.as('n'))
    .where('elementId', '=', id)
    .where((eb) => eb.or([...(minNarrows ? [eb('valueNum', '<', min)] : []), ...(maxNarrows ? [eb('valueNum', '>', max)] : [])]))
    .executeTakeFirstOrThrow();
  const n = Number(outside.n);
  if (n === 0) return;
  const range = `${min ?? '−∞'}..${max ?? '+∞'}`;
  throw new ValidationError(
    [
      {
        path: `dataElement.${minNarrows ? 'minValue' : 'maxValue'}`,
        message: `${n} giá trị hiện có của ${next.code} nằm ngoài khoảng ${range}; sửa các giá trị đó trước / ${n} current values lie outside ${range}; correct them first`,
      },
    ],
    `Phần tử ${next.code} có giá trị ngoài giới hạn mới / values outside the new bounds`,
  );
}
