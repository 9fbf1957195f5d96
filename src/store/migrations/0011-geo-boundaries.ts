import type { Kysely } from 'kysely';
import type { DialectName } from '../db.ts';
import { withId } from './column-types.ts';

/**
 * Boundaries imported by an administrator (`dx-ioc geo import`): a layer is one file of one unit level in force
 * from a date (valid_to: the next layer of the level, else the open end 9999-12-31); its boundaries are kept per
 * unit code at each detail level (low, medium, high), the geometry as GeoJSON text, ready to be served.
 */
export function geoBoundaries(dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await withId(db.schema.createTable('geo_layers'), dialect)
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('valid_from', 'text', (c) => c.notNull())
        .addColumn('valid_to', 'text', (c) => c.notNull())
        .addColumn('source_name', 'text', (c) => c.notNull())
        .addColumn('feature_count', 'integer', (c) => c.notNull())
        .addColumn('imported_by', 'text', (c) => c.notNull())
        .addColumn('imported_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('geo_layers_level_from', ['level', 'valid_from'])
        .execute();
      await db.schema
        .createTable('geo_boundaries')
        .addColumn('layer_id', 'integer', (c) => c.notNull().references('geo_layers.id').onDelete('cascade'))
        .addColumn('unit_code', 'text', (c) => c.notNull())
        .addColumn('name', 'text')
        .addColumn('detail', 'text', (c) => c.notNull())
        .addColumn('geometry', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('geo_boundaries_pk', ['layer_id', 'detail', 'unit_code'])
        .execute();
    },
  };
}
