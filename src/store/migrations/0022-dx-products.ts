import type { Kysely } from 'kysely';
import type { DialectName } from '../db.ts';
import { double, withId } from './column-types.ts';

/**
 * Sản phẩm CĐS (domain/dx-products.ts): a product registered by an owner (a unit code and, for a provincial agency
 * that is not a unit of the tree, the agency's name; '' when none, so the owner is a plain pair) for a year. Each
 * step's day is a column (registered_on … withdrawn_on), so a count "as of 30/6/2023" is one query; the state is
 * the latest step's and is moved by compare-and-set. The indicators it should move are rows of
 * dx_product_indicators; every step is a row of dx_product_steps (who, when, the evidence or evaluation as JSON).
 */
export function dxProducts(dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await withId(db.schema.createTable('dx_products'), dialect)
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('owner_unit', 'text', (c) => c.notNull())
        .addColumn('agency', 'text', (c) => c.notNull())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('target_date', 'text', (c) => c.notNull())
        .addColumn('description', 'text')
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('registered_on', 'text', (c) => c.notNull())
        .addColumn('started_on', 'text')
        .addColumn('completed_on', 'text')
        .addColumn('evaluated_on', 'text')
        .addColumn('withdrawn_on', 'text')
        .addColumn('evidence', 'text', (c) => c.notNull())
        .addColumn('grade', 'text')
        .addColumn('score', double)
        .addColumn('evaluation_comment', 'text')
        .addColumn('simulated', 'integer', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('dx_products_owner_year').on('dx_products').columns(['owner_unit', 'year']).execute();
      await db.schema.createIndex('dx_products_year_state').on('dx_products').columns(['year', 'state']).execute();

      await db.schema
        .createTable('dx_product_indicators')
        .addColumn('product_id', 'integer', (c) => c.notNull().references('dx_products.id').onDelete('cascade'))
        .addColumn('indicator_code', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('dx_product_indicators_pk', ['product_id', 'indicator_code'])
        .execute();

      await withId(db.schema.createTable('dx_product_steps'), dialect)
        .addColumn('product_id', 'integer', (c) => c.notNull().references('dx_products.id').onDelete('cascade'))
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('from_state', 'text')
        .addColumn('to_state', 'text', (c) => c.notNull())
        .addColumn('on_day', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('details', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('dx_product_steps_product').on('dx_product_steps').column('product_id').execute();
    },
  };
}
