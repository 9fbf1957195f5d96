import type { Kysely } from 'kysely';
import type { DialectName } from '../db.ts';
import { withId } from './column-types.ts';

/**
 * Users with their unit scopes, database sessions (only the hash of the session id is kept),
 * API tokens for source systems (hashed, scoped to units and data elements), and failed login
 * attempts (so several app instances share one rate limit). Times are ISO instants
 * 'YYYY-MM-DDTHH:mm:ss.sssZ' (text), compared as strings.
 */
export function auth(dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await withId(db.schema.createTable('users'), dialect)
        .addColumn('username', 'text', (c) => c.notNull().unique())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('display_name', 'text')
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('user_units')
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('unit_code', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('user_units_pk', ['user_id', 'unit_code'])
        .execute();
      await db.schema.createIndex('user_units_unit').on('user_units').column('unit_code').execute();

      await db.schema
        .createTable('sessions')
        .addColumn('id_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

      await withId(db.schema.createTable('api_tokens'), dialect)
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .execute();

      await db.schema
        .createTable('api_token_scopes')
        .addColumn('token_id', 'integer', (c) => c.notNull().references('api_tokens.id').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull()) // 'unit' | 'element'
        .addColumn('code', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('api_token_scopes_pk', ['token_id', 'kind', 'code'])
        .execute();

      await withId(db.schema.createTable('login_attempts'), dialect, true)
        .addColumn('username', 'text', (c) => c.notNull())
        .addColumn('ip', 'text', (c) => c.notNull())
        .addColumn('attempted_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('login_attempts_username').on('login_attempts').columns(['username', 'attempted_at']).execute();
      await db.schema.createIndex('login_attempts_ip').on('login_attempts').columns(['ip', 'attempted_at']).execute();
      await db.schema.createIndex('login_attempts_time').on('login_attempts').column('attempted_at').execute();
    },
  };
}
