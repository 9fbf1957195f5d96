import type { Kysely } from 'kysely';
import type { DialectName } from '../db.ts';
import { double, withId } from './column-types.ts';

/**
 * Giải trình và chỉ đạo (domain/follow-ups.ts): the follow-up of a target at risk or not met, keyed by the target
 * (plan, indicator, unit and period codes: a plan's targets are replaced whole, their ids do not last); `open_key`
 * is that key while the follow-up is not closed and null after, so its unique index allows one follow-up in
 * progress per target and any number of closed ones (NULLs are distinct on both dialects). Explanations,
 * directives and their progress reports hang off it; evidence references are JSON. The target's status, value and
 * gap are the last sync's (what a list shows without computing every plan).
 */
export function followUps(dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await withId(db.schema.createTable('follow_ups'), dialect)
        .addColumn('plan_code', 'text', (c) => c.notNull())
        .addColumn('indicator_code', 'text', (c) => c.notNull())
        .addColumn('unit_code', 'text', (c) => c.notNull())
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('open_key', 'text', (c) => c.unique())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('target_status', 'text', (c) => c.notNull())
        .addColumn('target_value', double, (c) => c.notNull())
        .addColumn('comparison', 'text', (c) => c.notNull())
        .addColumn('value', double)
        .addColumn('gap', double)
        .addColumn('opened_on', 'text', (c) => c.notNull())
        .addColumn('explain_by', 'text', (c) => c.notNull())
        .addColumn('opened_at', 'text', (c) => c.notNull())
        .addColumn('closed_at', 'text')
        .addColumn('closed_by', 'text')
        .addColumn('close_reason', 'text')
        .addColumn('close_note', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('follow_ups_target').on('follow_ups').columns(['plan_code', 'indicator_code', 'unit_code', 'period']).execute();
      await db.schema.createIndex('follow_ups_state').on('follow_ups').column('state').execute();

      await withId(db.schema.createTable('follow_up_explanations'), dialect)
        .addColumn('follow_up_id', 'integer', (c) => c.notNull().references('follow_ups.id').onDelete('cascade'))
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('evidence', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('follow_up_explanations_follow_up').on('follow_up_explanations').column('follow_up_id').execute();

      await withId(db.schema.createTable('follow_up_directives'), dialect)
        .addColumn('follow_up_id', 'integer', (c) => c.notNull().references('follow_ups.id').onDelete('cascade'))
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('assignee_unit_code', 'text', (c) => c.notNull())
        .addColumn('deadline', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('done_at', 'text')
        .execute();
      await db.schema.createIndex('follow_up_directives_follow_up').on('follow_up_directives').column('follow_up_id').execute();
      await db.schema.createIndex('follow_up_directives_open').on('follow_up_directives').columns(['done_at', 'deadline']).execute();

      await withId(db.schema.createTable('follow_up_progress'), dialect)
        .addColumn('directive_id', 'integer', (c) => c.notNull().references('follow_up_directives.id').onDelete('cascade'))
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('done', 'integer', (c) => c.notNull())
        .addColumn('evidence', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('follow_up_progress_directive').on('follow_up_progress').column('directive_id').execute();
    },
  };
}
