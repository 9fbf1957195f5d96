import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../db.ts';
import { RECOMPUTE_REQUIRED_KEY } from '../aggregates/flags.ts';

/**
 * Leaner aggregates (the national benchmark's full recompute and bulk load were 4–6× too slow):
 * - aggregates now hold only what flows into a unit from OTHER units (descendants, or predecessors mapped in
 *   through lineage), at each value's own period. A unit's own values are read from current_values and coarser
 *   periods are folded at read time (compute/analytics/unit-totals.ts); about 85 % fewer rows. The old rows follow the
 *   old rules, so they are emptied and a recompute is flagged when there are values (`dx-ioc recompute`;
 *   `serve` runs it at start).
 * - last_period (stocks' coarse rows) and agg_periods (the SQL roll-up's period table) are no longer used.
 * - SQLite: current_values becomes its primary key's B-tree (WITHOUT ROWID): one B-tree fewer to write per
 *   value, and a key-ordered scan (the roll-up reads an element's values in key order) reads pages in order.
 */
export function leanAggregates(dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await sql`DELETE FROM aggregates`.execute(db);
      await db.schema.alterTable('aggregates').dropColumn('last_period').execute();
      await db.schema.dropTable('agg_periods').execute();
      await sql`INSERT INTO app_meta (key, value) SELECT ${RECOMPUTE_REQUIRED_KEY}, '0007-lean-aggregates' WHERE EXISTS (SELECT 1 FROM current_values)`.execute(
        db,
      );
      if (dialect !== 'sqlite') return;
      await sql`CREATE TABLE current_values_lean (
        element_id integer NOT NULL REFERENCES data_elements (id),
        unit_id integer NOT NULL REFERENCES units (id),
        period text NOT NULL,
        value_id bigint NOT NULL,
        version integer NOT NULL,
        value_num double precision,
        value_text text,
        status text NOT NULL,
        updated_at text NOT NULL,
        CONSTRAINT current_values_pk PRIMARY KEY (element_id, unit_id, period)
      ) WITHOUT ROWID`.execute(db);
      await sql`INSERT INTO current_values_lean SELECT element_id, unit_id, period, value_id, version, value_num, value_text, status, updated_at FROM current_values ORDER BY element_id, unit_id, period`.execute(
        db,
      );
      await sql`DROP TABLE current_values`.execute(db);
      await sql`ALTER TABLE current_values_lean RENAME TO current_values`.execute(db);
      await sql`CREATE INDEX current_values_unit ON current_values (unit_id, period)`.execute(db);
    },
  };
}
