/**
 * The products a registry measure counts as they stood on a day (domain/dx-products.ts): each step's day is a
 * column, so "registered by 30/6/2023 and not withdrawn by then" is one WHERE. Products of that year only.
 * Counts are per owner unit (never its descendants: the roll-up adds those).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { ProductRow } from './repo.ts';

export type ProductCountMeasure = 'registered' | 'in_progress' | 'completed' | 'evaluated' | 'units_with_product';

function asOf(db: Kysely<Database>, measure: ProductCountMeasure, year: number, end: string, units: readonly string[] | null) {
  let q = db.selectFrom('dxProducts').where('year', '=', year);
  if (units) q = q.where('ownerUnit', 'in', units.length ? [...units] : ['']);
  const notWithdrawn = q.where((eb) => eb.or([eb('withdrawnOn', 'is', null), eb('withdrawnOn', '>', end)]));
  switch (measure) {
    case 'registered':
    case 'units_with_product':
      return notWithdrawn.where('registeredOn', '<=', end);
    case 'in_progress':
      return notWithdrawn.where('startedOn', '<=', end).where((eb) => eb.or([eb('completedOn', 'is', null), eb('completedOn', '>', end)]));
    case 'completed':
      return q.where('completedOn', '<=', end);
    case 'evaluated':
      return q.where('evaluatedOn', '<=', end);
  }
}

/** Owner unit → count (distinct owners — the agency within the unit — for units_with_product). */
export async function countProductsAsOf(
  db: Kysely<Database>,
  measure: ProductCountMeasure,
  year: number,
  end: string,
  units: readonly string[] | null,
): Promise<Map<string, number>> {
  const rows = await asOf(db, measure, year, end, units)
    .select((eb) => ['ownerUnit', (measure === 'units_with_product' ? eb.fn.count('agency').distinct() : eb.fn.countAll()).as('n')])
    .groupBy('ownerUnit')
    .execute();
  return new Map(rows.map((r) => [r.ownerUnit, Number(r.n)]));
}

/** The products a measure counts, by owner unit, agency then id (a page, and the total). */
export async function productsAsOf(
  db: Kysely<Database>,
  measure: ProductCountMeasure,
  year: number,
  end: string,
  units: readonly string[],
  page: { limit: number; offset: number },
): Promise<{ total: number; rows: ProductRow[] }> {
  const total = await asOf(db, measure, year, end, units)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  const rows = await asOf(db, measure, year, end, units)
    .selectAll()
    .orderBy('ownerUnit')
    .orderBy('agency')
    .orderBy('id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { total: Number(total?.n ?? 0), rows: rows.map((r) => ({ ...r, id: Number(r.id), year: Number(r.year), simulated: Number(r.simulated) })) };
}

/** The first day any product was registered, or null. */
export async function earliestProductDate(db: Kysely<Database>): Promise<string | null> {
  const row = await db
    .selectFrom('dxProducts')
    .select((eb) => eb.fn.min('registeredOn').as('first'))
    .executeTakeFirst();
  return (row?.first as string | null | undefined) ?? null;
}

/** For units_with_product: the first product of each owner (unit + agency), ids — the records that count 1. */
export async function firstProductOfOwners(db: Kysely<Database>, year: number, end: string, units: readonly string[]): Promise<Set<number>> {
  const rows = await asOf(db, 'units_with_product', year, end, units)
    .select((eb) => [eb.fn.min('id').as('id')])
    .groupBy(['ownerUnit', 'agency'])
    .execute();
  return new Set(rows.map((r) => Number(r.id)));
}
