import type { Kysely } from 'kysely';
import type { DialectName } from '../db.ts';
import { withId } from './column-types.ts';

/**
 * Hồ sơ thủ tục hành chính (domain/dossiers.ts): `dossiers` holds each dossier's current version, one row per
 * (source, source_id) — the source system's own id, so a re-pushed batch finds its rows; `dossier_versions` keeps
 * every version as it was pushed (append-only: a dossier that changes state gets a new version, never an edit in
 * place). The counts behind the derived figures read `dossiers` by (unit, received_on) and (unit, finished_on).
 */
export function dossiers(dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await withId(db.schema.createTable('dossiers'), dialect)
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('source_id', 'text', (c) => c.notNull())
        .addColumn('procedure_code', 'text', (c) => c.notNull())
        .addColumn('procedure_name', 'text')
        .addColumn('field', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('level', 'text')
        .addColumn('unit', 'text', (c) => c.notNull())
        .addColumn('received_on', 'text', (c) => c.notNull())
        .addColumn('due_on', 'text')
        .addColumn('finished_on', 'text')
        .addColumn('result', 'text')
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('simulated', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('dossiers_source_id', ['source', 'source_id'])
        .execute();
      await db.schema.createIndex('dossiers_unit_received').on('dossiers').columns(['unit', 'received_on']).execute();
      await db.schema.createIndex('dossiers_unit_finished').on('dossiers').columns(['unit', 'finished_on']).execute();
      await db.schema.createIndex('dossiers_received').on('dossiers').column('received_on').execute();

      await withId(db.schema.createTable('dossier_versions'), dialect)
        .addColumn('dossier_id', 'integer', (c) => c.notNull().references('dossiers.id').onDelete('cascade'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('recorded_by', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('dossier_versions_version', ['dossier_id', 'version'])
        .execute();
    },
  };
}
