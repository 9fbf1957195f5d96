import { sql, type CreateTableBuilder, type Kysely } from 'kysely';
import type { DialectName } from '../db.ts';
import { double, withId } from './column-types.ts';

/**
 * SQLite: the aggregates table IS its primary key's B-tree (WITHOUT ROWID), not a rowid table plus an index,
 * so a rebuild or a delta writes one B-tree per row, and reads by key find the row in the index itself.
 */
function withoutRowid<T extends string, C extends string>(table: CreateTableBuilder<T, C>, dialect: DialectName): CreateTableBuilder<T, C> {
  return dialect === 'sqlite' ? table.modifyEnd(sql`without rowid`) : table;
}

/**
 * Tables for compute:
 * - aggregates (SQLite: WITHOUT ROWID): (view, element, unit, period) → sum, n (values included), nApprox (values included through a
 *   partial lineage link without a declared share), lastPeriod (stocks: the sub-period the value comes from).
 *   View 'was' = the tree at the value's period, 'now' = history mapped onto today's tree.
 * - agg_closure: every unit → each unit its values count towards, per view, with share and date range (was).
 * - agg_leaves: the leaf units (never a parent) below each unit, with their life span, for coverage.
 * - agg_periods: the periods seen in the data with their dates and the coarser periods containing them.
 * - compute_jobs: recompute jobs and their progress.
 */
export function compute(dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await withoutRowid(
        db.schema
          .createTable('aggregates')
          .addColumn('view', 'text', (c) => c.notNull())
          .addColumn('element_id', 'integer', (c) => c.notNull())
          .addColumn('unit_id', 'integer', (c) => c.notNull())
          .addColumn('period', 'text', (c) => c.notNull())
          .addColumn('sum', double, (c) => c.notNull())
          .addColumn('n', 'integer', (c) => c.notNull())
          .addColumn('n_approx', 'integer', (c) => c.notNull())
          .addColumn('last_period', 'text')
          .addPrimaryKeyConstraint('aggregates_pk', ['view', 'element_id', 'period', 'unit_id']),
        dialect,
      ).execute();

      await db.schema
        .createTable('agg_closure')
        .addColumn('view', 'text', (c) => c.notNull())
        .addColumn('unit_id', 'integer', (c) => c.notNull())
        .addColumn('ancestor_id', 'integer', (c) => c.notNull())
        .addColumn('is_self', 'integer', (c) => c.notNull())
        .addColumn('share', double, (c) => c.notNull())
        .addColumn('approx', 'integer', (c) => c.notNull())
        .addColumn('valid_from', 'text', (c) => c.notNull())
        .addColumn('valid_to', 'text', (c) => c.notNull())
        .execute();
      // Covering: a roll-up reads every column of a unit's closure rows from the index alone.
      await db.schema
        .createIndex('agg_closure_unit')
        .on('agg_closure')
        .columns(['unit_id', 'view', 'ancestor_id', 'is_self', 'share', 'approx', 'valid_from', 'valid_to'])
        .execute();

      await db.schema
        .createTable('agg_leaves')
        .addColumn('view', 'text', (c) => c.notNull())
        .addColumn('unit_id', 'integer', (c) => c.notNull())
        .addColumn('leaf_id', 'integer', (c) => c.notNull())
        .addColumn('valid_from', 'text', (c) => c.notNull())
        .addColumn('valid_to', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('agg_leaves_unit').on('agg_leaves').columns(['view', 'unit_id']).execute();

      await withoutRowid(
        db.schema
          .createTable('agg_periods')
          .addColumn('period', 'text', (c) => c.primaryKey())
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('end_date', 'text', (c) => c.notNull())
          .addColumn('quarterly', 'text')
          .addColumn('semiannual', 'text')
          .addColumn('yearly', 'text'),
        dialect,
      ).execute();

      await withId(db.schema.createTable('compute_jobs'), dialect)
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('progress', 'text', (c) => c.notNull())
        .addColumn('report', 'text')
        .addColumn('error', 'text')
        .addColumn('requested_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
