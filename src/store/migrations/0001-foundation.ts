import type { Kysely } from 'kysely';
import type { DialectName } from '../db.ts';
import { double, withId } from './column-types.ts';

/** Units, effective-dated parents and lineage; metadata; versioned data values. */
export function foundation(dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await withId(db.schema.createTable('units'), dialect)
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_en', 'text', (c) => c.notNull())
        .addColumn('full_name', 'text', (c) => c.notNull())
        .addColumn('full_name_en', 'text', (c) => c.notNull())
        .addColumn('search_text', 'text', (c) => c.notNull())
        .addColumn('valid_from', 'text', (c) => c.notNull())
        .addColumn('valid_from_known', 'integer', (c) => c.notNull())
        .addColumn('valid_to', 'text', (c) => c.notNull())
        .addColumn('valid_to_known', 'integer', (c) => c.notNull())
        .addColumn('code_official', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addUniqueConstraint('units_code_level_from', ['code', 'level', 'valid_from'])
        .execute();
      await db.schema.createIndex('units_level_range').on('units').columns(['level', 'valid_from', 'valid_to']).execute();

      await withId(db.schema.createTable('unit_parents'), dialect)
        .addColumn('child_id', 'integer', (c) => c.notNull().references('units.id').onDelete('cascade'))
        .addColumn('parent_id', 'integer', (c) => c.notNull().references('units.id').onDelete('cascade'))
        .addColumn('valid_from', 'text', (c) => c.notNull())
        .addColumn('valid_to', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('unit_parents_parent').on('unit_parents').columns(['parent_id', 'valid_from']).execute();
      await db.schema.createIndex('unit_parents_child').on('unit_parents').columns(['child_id', 'valid_from']).execute();

      await withId(db.schema.createTable('lineage_events'), dialect)
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('date', 'text')
        .addColumn('legal_basis', 'text')
        .addColumn('note', 'text')
        .addColumn('source', 'text', (c) => c.notNull())
        .execute();
      await withId(db.schema.createTable('lineage_links'), dialect)
        .addColumn('event_id', 'integer', (c) => c.notNull().references('lineage_events.id').onDelete('cascade'))
        .addColumn('from_unit_id', 'integer', (c) => c.notNull().references('units.id').onDelete('cascade'))
        .addColumn('to_unit_id', 'integer', (c) => c.notNull().references('units.id').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('share', double)
        .execute();
      await db.schema.createIndex('lineage_links_from').on('lineage_links').column('from_unit_id').execute();
      await db.schema.createIndex('lineage_links_to').on('lineage_links').column('to_unit_id').execute();

      await withId(db.schema.createTable('data_elements'), dialect)
        .addColumn('code', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_en', 'text', (c) => c.notNull())
        .addColumn('description', 'text')
        .addColumn('value_type', 'text', (c) => c.notNull())
        .addColumn('time_aggregation', 'text', (c) => c.notNull())
        .addColumn('hierarchy_aggregation', 'text', (c) => c.notNull())
        .addColumn('period_type', 'text', (c) => c.notNull())
        .addColumn('unit_of_measure', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await withId(db.schema.createTable('indicators'), dialect)
        .addColumn('code', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_en', 'text', (c) => c.notNull())
        .addColumn('description', 'text')
        .addColumn('numerator', 'text', (c) => c.notNull())
        .addColumn('denominator', 'text')
        .addColumn('factor', double, (c) => c.notNull())
        .addColumn('unit_of_measure', 'text')
        .addColumn('decimals', 'integer', (c) => c.notNull())
        .addColumn('direction', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await withId(db.schema.createTable('plans'), dialect)
        .addColumn('code', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_en', 'text', (c) => c.notNull())
        .addColumn('legal_basis', 'text')
        .addColumn('unit_code', 'text')
        .addColumn('start_period', 'text')
        .addColumn('end_period', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await withId(db.schema.createTable('targets'), dialect)
        .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
        .addColumn('indicator_id', 'integer', (c) => c.notNull().references('indicators.id'))
        .addColumn('unit_code', 'text', (c) => c.notNull())
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('value', double, (c) => c.notNull())
        .addColumn('comparison', 'text', (c) => c.notNull())
        .addColumn('group_name', 'text')
        .addColumn('label', 'text')
        .addUniqueConstraint('targets_key', ['plan_id', 'indicator_id', 'unit_code', 'period'])
        .execute();

      await withId(db.schema.createTable('data_values'), dialect, true)
        .addColumn('element_id', 'integer', (c) => c.notNull().references('data_elements.id'))
        .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('value_num', double)
        .addColumn('value_text', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('comment', 'text')
        .addColumn('evidence_ref', 'text')
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('data_values_version', ['element_id', 'unit_id', 'period', 'version'])
        .execute();

      await db.schema
        .createTable('current_values')
        .addColumn('element_id', 'integer', (c) => c.notNull().references('data_elements.id'))
        .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('value_id', 'bigint', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('value_num', double)
        .addColumn('value_text', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('current_values_pk', ['element_id', 'unit_id', 'period'])
        .execute();
      await db.schema.createIndex('current_values_unit').on('current_values').columns(['unit_id', 'period']).execute();

      await db.schema
        .createTable('app_meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
