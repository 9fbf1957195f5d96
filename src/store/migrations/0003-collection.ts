import type { Kysely } from 'kysely';
import type { DialectName } from '../db.ts';
import { withId } from './column-types.ts';

/**
 * Collection: datasets (elements × reporting units × deadline), submissions and their workflow state,
 * the audit trail, idempotency keys of the batch API, and the validation rules admins write.
 */
export function collection(dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await withId(db.schema.createTable('datasets'), dialect)
        .addColumn('code', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_en', 'text', (c) => c.notNull())
        .addColumn('period_type', 'text', (c) => c.notNull())
        .addColumn('deadline_days', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await withId(db.schema.createTable('dataset_elements'), dialect)
        .addColumn('dataset_id', 'integer', (c) => c.notNull().references('datasets.id').onDelete('cascade'))
        .addColumn('element_id', 'integer', (c) => c.notNull().references('data_elements.id'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('section', 'text')
        .addColumn('evidence_required', 'integer', (c) => c.notNull())
        .addUniqueConstraint('dataset_elements_key', ['dataset_id', 'element_id'])
        .execute();
      await db.schema.createIndex('dataset_elements_element').on('dataset_elements').column('element_id').execute();

      // level null: the unit itself; level L: every unit of level L under the unit (on the period's date).
      await withId(db.schema.createTable('dataset_units'), dialect)
        .addColumn('dataset_id', 'integer', (c) => c.notNull().references('datasets.id').onDelete('cascade'))
        .addColumn('unit_code', 'text', (c) => c.notNull())
        .addColumn('level', 'text')
        .execute();
      await db.schema.createIndex('dataset_units_dataset').on('dataset_units').column('dataset_id').execute();

      await withId(db.schema.createTable('submissions'), dialect)
        .addColumn('dataset_id', 'integer', (c) => c.notNull().references('datasets.id').onDelete('cascade'))
        .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('reason', 'text')
        .addColumn('first_submitted_at', 'text')
        .addColumn('submitted_at', 'text')
        .addColumn('submitted_by', 'text')
        .addColumn('decided_at', 'text')
        .addColumn('decided_by', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('submissions_key', ['dataset_id', 'unit_id', 'period'])
        .execute();
      await db.schema.createIndex('submissions_unit_period').on('submissions').columns(['unit_id', 'period']).execute();

      await withId(db.schema.createTable('audit_events'), dialect, true)
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor_name', 'text', (c) => c.notNull())
        .addColumn('actor_kind', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('via', 'text')
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('entity_key', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('before', 'text')
        .addColumn('after', 'text')
        .execute();
      await db.schema.createIndex('audit_events_entity').on('audit_events').columns(['entity', 'entity_key']).execute();

      await db.schema
        .createTable('idempotency_keys')
        .addColumn('caller', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('request_hash', 'text', (c) => c.notNull())
        .addColumn('status', 'integer', (c) => c.notNull())
        .addColumn('response', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('idempotency_keys_pk', ['caller', 'key'])
        .execute();

      await withId(db.schema.createTable('validation_rules'), dialect)
        .addColumn('code', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('left_formula', 'text')
        .addColumn('operator', 'text')
        .addColumn('right_formula', 'text')
        .addColumn('count_element', 'text')
        .addColumn('total_element', 'text')
        .addColumn('rate_element', 'text')
        .addColumn('severity', 'text', (c) => c.notNull())
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
