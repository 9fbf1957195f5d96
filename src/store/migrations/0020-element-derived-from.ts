import type { Kysely } from 'kysely';
import type { DialectName } from '../db.ts';

/**
 * `data_elements.derived_from`: the registry measure an element is computed from (domain/registry-measures.ts,
 * e.g. 'products.completed'), null for a reported element. The app writes a derived element's values itself
 * (source 'registry'); forms, imports and the batch API are refused for it.
 */
export function elementDerivedFrom(_dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('data_elements').addColumn('derived_from', 'text').execute();
    },
  };
}
