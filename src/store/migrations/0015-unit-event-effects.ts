import type { Kysely } from 'kysely';
import type { DialectName } from '../db.ts';

/**
 * Unit events entered by an administrator (app/units/events/): `lineage_events.effects` keeps, as JSON, every row
 * edit the event made (store/units/version-edits.ts `UnitEdit[]`), so that withdrawing a wrongly entered event
 * puts the tree back exactly; null for the events of the reference packages, which are not withdrawn.
 */
export function unitEventEffects(_dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('lineage_events').addColumn('effects', 'text').execute();
    },
  };
}
