/**
 * The DX products registry's counter (app/registries/registry-counter.ts), all stocks as the registry stood on the
 * period's last day, over the products of the period's year: products.registered (registered by then and not
 * withdrawn by then), products.in_progress (started, not yet completed nor withdrawn), products.completed
 * (completed — or since evaluated — by then), products.evaluated, products.units_with_product (distinct owners,
 * unit + agency, with a registered product). Counts at the owner unit only; the roll-up adds the descendants.
 */
import type { Kysely } from 'kysely';
import type { Period } from '../../domain/periods.ts';
import type { RegistryMeasure } from '../../domain/registry-measures.ts';
import { countProductsAsOf, earliestProductDate, firstProductOfOwners, productsAsOf, type ProductCountMeasure } from '../../store/products/as-of.ts';
import type { ProductRow } from '../../store/products/repo.ts';
import type { Database } from '../../store/schema.ts';
import type { RegistryCounter, RegistryRecord } from '../registries/registry-counter.ts';

function productMeasure(measure: RegistryMeasure): ProductCountMeasure {
  if (!measure.startsWith('products.')) throw new Error(`not a products measure: ${measure}`);
  return measure.slice('products.'.length) as ProductCountMeasure;
}

/** The day that places the product in the measure's figure. */
function dateOf(measure: ProductCountMeasure, row: ProductRow): string | null {
  if (measure === 'completed') return row.completedOn;
  if (measure === 'evaluated') return row.evaluatedOn;
  if (measure === 'in_progress') return row.startedOn;
  return row.registeredOn;
}

export const productsCounter: RegistryCounter = {
  registry: 'products',

  count(db: Kysely<Database>, measure: RegistryMeasure, period: Period, unitCodes: readonly string[] | null) {
    return countProductsAsOf(db, productMeasure(measure), period.year, period.end, unitCodes);
  },

  async records(db, measure, period, unitCodes, page) {
    const m = productMeasure(measure);
    const { total, rows } = await productsAsOf(db, m, period.year, period.end, unitCodes, page);
    const firsts = m === 'units_with_product' ? await firstProductOfOwners(db, period.year, period.end, unitCodes) : null;
    const out: RegistryRecord[] = rows.map((r) => ({
      id: String(r.id),
      title: r.agency ? `${r.name} (${r.agency})` : r.name,
      unit: r.ownerUnit,
      state: r.state,
      date: dateOf(m, r),
      counts: firsts ? (firsts.has(r.id) ? 1 : 0) : 1,
      simulated: r.simulated === 1,
    }));
    return { total, rows: out };
  },

  earliestDate(db) {
    return earliestProductDate(db);
  },
};
