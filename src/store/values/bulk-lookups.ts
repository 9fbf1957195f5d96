/**
 * What a large load resolves codes against, read once at its start (app/collection/bulk-values.ts): every data
 * element with its type and bounds, every unit version with its life. A few thousand rows at national scale.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export async function readBulkLookups(db: Kysely<Database>) {
  const elements = await db.selectFrom('dataElements').select(['id', 'code', 'valueType', 'periodType', 'minValue', 'maxValue']).execute();
  const units = await db.selectFrom('units').select(['id', 'code', 'level', 'validFrom', 'validTo']).execute();
  return { elements, units };
}
