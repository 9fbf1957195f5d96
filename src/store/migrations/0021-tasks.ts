import type { Kysely } from 'kysely';
import type { DialectName } from '../db.ts';
import { withId } from './column-types.ts';

/**
 * Nhiệm vụ (domain/tasks.ts): a plan's tasks with their coordinating units, milestones and progress reports; the
 * in-app notifications of each user; and an optional e-mail on users (the daily digest is mailed to it when an
 * administrator configured SMTP). The overdue status is computed on read, never stored. A notification's
 * `dedupe_key` (user|kind|task|day) is unique, so the daily sweep and a command racing it notify once.
 */
export function tasks(dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await withId(db.schema.createTable('tasks'), dialect)
        .addColumn('plan_code', 'text', (c) => c.notNull())
        .addColumn('follow_up_id', 'integer')
        .addColumn('directive_id', 'integer')
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('legal_basis', 'text')
        .addColumn('lead_unit_code', 'text', (c) => c.notNull())
        .addColumn('start_date', 'text', (c) => c.notNull())
        .addColumn('deadline', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('completed_on', 'text')
        .addColumn('completion_evidence', 'text')
        .addColumn('pause_reason', 'text')
        .addColumn('percent', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('simulated', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('tasks_plan').on('tasks').column('plan_code').execute();
      await db.schema.createIndex('tasks_lead').on('tasks').column('lead_unit_code').execute();
      await db.schema.createIndex('tasks_open').on('tasks').columns(['state', 'deadline']).execute();

      await db.schema
        .createTable('task_units')
        .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
        .addColumn('unit_code', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('task_units_pk', ['task_id', 'unit_code'])
        .execute();
      await db.schema.createIndex('task_units_unit').on('task_units').column('unit_code').execute();

      await withId(db.schema.createTable('task_milestones'), dialect)
        .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('due_date', 'text', (c) => c.notNull())
        .addColumn('done_on', 'text')
        .execute();
      await db.schema.createIndex('task_milestones_task').on('task_milestones').column('task_id').execute();

      await withId(db.schema.createTable('task_progress'), dialect)
        .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
        .addColumn('reported_on', 'text', (c) => c.notNull())
        .addColumn('percent', 'integer', (c) => c.notNull())
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('evidence', 'text')
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('task_progress_task').on('task_progress').column('task_id').execute();

      await withId(db.schema.createTable('notifications'), dialect)
        .addColumn('username', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('task_id', 'integer', (c) => c.references('tasks.id').onDelete('cascade'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('link', 'text')
        .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('read_at', 'text')
        .execute();
      await db.schema.createIndex('notifications_user').on('notifications').columns(['username', 'read_at']).execute();

      await db.schema.alterTable('users').addColumn('email', 'text').execute();
    },
  };
}
