import type { Kysely } from 'kysely';
import type { DialectName } from '../db.ts';
import { double, withId } from './column-types.ts';

/** Frameworks with versioned editions (the tree as JSON), score runs with revisions, and their frozen results. */
export function frameworks(dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await withId(db.schema.createTable('frameworks'), dialect)
        .addColumn('code', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_en', 'text', (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('description', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await withId(db.schema.createTable('framework_editions'), dialect)
        .addColumn('framework_id', 'integer', (c) => c.notNull().references('frameworks.id').onDelete('cascade'))
        .addColumn('edition', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('legal_basis', 'text', (c) => c.notNull())
        .addColumn('valid_from', 'text', (c) => c.notNull())
        .addColumn('valid_to', 'text')
        .addColumn('note', 'text')
        .addColumn('definition', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('framework_editions_key', ['framework_id', 'edition'])
        .execute();

      await withId(db.schema.createTable('score_runs'), dialect)
        .addColumn('edition_id', 'integer', (c) => c.notNull().references('framework_editions.id'))
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('options', 'text', (c) => c.notNull())
        .addColumn('definition', 'text', (c) => c.notNull())
        .addColumn('compare_run_id', 'integer', (c) => c.references('score_runs.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('published_at', 'text')
        .addColumn('published_by', 'text')
        .addUniqueConstraint('score_runs_revision', ['edition_id', 'level', 'period', 'revision'])
        .execute();

      await db.schema
        .createTable('score_results')
        .addColumn('run_id', 'integer', (c) => c.notNull().references('score_runs.id').onDelete('cascade'))
        .addColumn('unit_code', 'text', (c) => c.notNull())
        .addColumn('unit_name', 'text', (c) => c.notNull())
        .addColumn('points', double, (c) => c.notNull())
        .addColumn('max_points', double, (c) => c.notNull())
        .addColumn('score', double)
        .addColumn('rank', 'integer')
        .addColumn('rank_change', 'integer')
        .addColumn('grade', 'text')
        .addColumn('main_indices', 'text', (c) => c.notNull())
        .addColumn('pillars', 'text', (c) => c.notNull())
        .addColumn('components', 'text', (c) => c.notNull())
        .addColumn('missing', 'text', (c) => c.notNull())
        .addColumn('predecessors', 'text')
        .addPrimaryKeyConstraint('score_results_pk', ['run_id', 'unit_code'])
        .execute();
    },
  };
}
