import type { Kysely } from 'kysely';
import type { DialectName } from '../db.ts';
import { double } from './column-types.ts';

/**
 * Declared bounds of a data element's values (domain/metadata.ts `minValue`, `maxValue`; inclusive). NULL means
 * "not declared": the value type's default applies (integer counts from 0, percentages 0 to 100), so existing
 * elements get those defaults without a row being rewritten, and an export shows only what was declared. Values
 * stored before are not re-checked; a new write outside the bounds is refused.
 */
export function valueBounds(_dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('data_elements').addColumn('min_value', double).execute();
      await db.schema.alterTable('data_elements').addColumn('max_value', double).execute();
    },
  };
}
