import type { Kysely } from 'kysely';
import type { DialectName } from '../db.ts';
import { double, withId } from './column-types.ts';

/**
 * Phản ánh hiện trường (domain/feedback.ts): `feedback_reports` holds each report as it stands (its unit, state,
 * deadline, answer, rating); `feedback_events` keeps every step (filed, approved, acknowledged, transferred,
 * handled, rated…) with who and when — append-only, the report's history. The reporter's name and contact live
 * in the report row only and leave it only for those allowed to read personal data. `token_hash`: the SHA-256 of
 * the secret the citizen got when filing (to follow and rate the report without an account). `feedback_photos`: the
 * photos a citizen added, kept in the evidence store's folder by their content hash (JPEG or PNG, typed by content).
 */
export function feedback(dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await withId(db.schema.createTable('feedback_reports'), dialect)
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('client', 'text')
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('lat', double)
        .addColumn('long', double)
        .addColumn('address', 'text')
        .addColumn('unit', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('reporter_name', 'text')
        .addColumn('reporter_contact', 'text')
        .addColumn('hide_name', 'integer', (c) => c.notNull())
        .addColumn('media', 'text', (c) => c.notNull())
        .addColumn('filed_at', 'text', (c) => c.notNull())
        .addColumn('filed_on', 'text', (c) => c.notNull())
        .addColumn('due_at', 'text', (c) => c.notNull())
        .addColumn('acknowledged_at', 'text')
        .addColumn('handled_at', 'text')
        .addColumn('handled_on', 'text')
        .addColumn('on_time', 'integer')
        .addColumn('answer', 'text')
        .addColumn('reject_reason', 'text')
        .addColumn('rating', 'integer')
        .addColumn('rated_at', 'text')
        .addColumn('token_hash', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('simulated', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('feedback_unit_filed').on('feedback_reports').columns(['unit', 'filed_on']).execute();
      await db.schema.createIndex('feedback_unit_handled').on('feedback_reports').columns(['unit', 'handled_on']).execute();
      await db.schema.createIndex('feedback_state_updated').on('feedback_reports').columns(['state', 'updated_at']).execute();
      await db.schema.createIndex('feedback_token').on('feedback_reports').column('token_hash').execute();

      await withId(db.schema.createTable('feedback_events'), dialect)
        .addColumn('report_id', 'integer', (c) => c.notNull().references('feedback_reports.id').onDelete('cascade'))
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('from_state', 'text')
        .addColumn('to_state', 'text', (c) => c.notNull())
        .addColumn('from_unit', 'text')
        .addColumn('to_unit', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('feedback_events_report').on('feedback_events').column('report_id').execute();

      await withId(db.schema.createTable('feedback_photos'), dialect)
        .addColumn('report_id', 'integer', (c) => c.notNull().references('feedback_reports.id').onDelete('cascade'))
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('media_type', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('added_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('feedback_photos_report').on('feedback_photos').column('report_id').execute();
    },
  };
}
