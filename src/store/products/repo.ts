/**
 * The DX products registry's rows (migration 0022): products, the indicators each should move, and each step of
 * its life. No rules and no audit here (app/products/ has them). A state change is a compare-and-set on the state
 * read, so of two writers racing from one state only the first moves it.
 */
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { DxProductStepsTable, DxProductsTable } from './schema.ts';

export type ProductRow = Selectable<DxProductsTable>;
export type ProductStepRow = Selectable<DxProductStepsTable>;

const num = <T extends { id: number }>(r: T): T => ({ ...r, id: Number(r.id) });
const product = (r: ProductRow): ProductRow => ({
  ...r,
  id: Number(r.id),
  year: Number(r.year),
  simulated: Number(r.simulated),
  score: r.score === null ? null : Number(r.score),
});

export interface ProductFilter {
  /** Owner units (null: any). */
  units?: readonly string[] | null;
  year?: number;
  states?: readonly string[];
  agency?: string;
}

function filtered(db: Kysely<Database>, filter: ProductFilter) {
  let q = db.selectFrom('dxProducts');
  if (filter.units) q = q.where('ownerUnit', 'in', filter.units.length ? [...filter.units] : ['']);
  if (filter.year !== undefined) q = q.where('year', '=', filter.year);
  if (filter.states?.length) q = q.where('state', 'in', [...filter.states]);
  if (filter.agency !== undefined) q = q.where('agency', '=', filter.agency);
  return q;
}

/** Products matching the filter, by owner unit, agency then id. */
export async function listProductRows(db: Kysely<Database>, filter: ProductFilter): Promise<ProductRow[]> {
  const rows = await filtered(db, filter).selectAll().orderBy('ownerUnit').orderBy('agency').orderBy('id').execute();
  return rows.map(product);
}

export async function getProductRow(db: Kysely<Database>, id: number): Promise<ProductRow | undefined> {
  const row = await db.selectFrom('dxProducts').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? product(row) : undefined;
}

export async function insertProduct(db: Kysely<Database>, row: Insertable<DxProductsTable>): Promise<number> {
  const r = await db.insertInto('dxProducts').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

/** Changes a product whose state is still `from`; false when another writer moved it first. */
export async function updateProductFrom(
  db: Kysely<Database>,
  id: number,
  from: string,
  change: Partial<Omit<ProductRow, 'id' | 'createdBy' | 'createdAt'>>,
): Promise<boolean> {
  const result = await db.updateTable('dxProducts').set(change).where('id', '=', id).where('state', '=', from).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function replaceProductIndicators(db: Kysely<Database>, productId: number, codes: readonly string[]): Promise<void> {
  await db.deleteFrom('dxProductIndicators').where('productId', '=', productId).execute();
  if (codes.length)
    await db
      .insertInto('dxProductIndicators')
      .values(codes.map((indicatorCode) => ({ productId, indicatorCode })))
      .execute();
}

/** The indicator codes of each product, sorted. */
export async function productIndicatorCodes(db: Kysely<Database>, ids: readonly number[]): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('dxProductIndicators')
    .selectAll()
    .where('productId', 'in', [...ids])
    .orderBy('indicatorCode')
    .execute();
  for (const r of rows) out.set(Number(r.productId), [...(out.get(Number(r.productId)) ?? []), r.indicatorCode]);
  return out;
}

export async function insertProductStep(db: Kysely<Database>, row: Insertable<DxProductStepsTable>): Promise<number> {
  const r = await db.insertInto('dxProductSteps').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

/** A product's steps, oldest first. */
export async function productSteps(db: Kysely<Database>, productId: number): Promise<ProductStepRow[]> {
  return (await db.selectFrom('dxProductSteps').selectAll().where('productId', '=', productId).orderBy('id').execute()).map((r) => ({
    ...num(r),
    productId: Number(r.productId),
  }));
}
