import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../db.ts';
import { withId } from './column-types.ts';

/**
 * Login throttling that an attacker cannot turn against the real user, and no CSRF token in the database:
 * - login_devices: browsers that signed in successfully as a user (the OWASP "device cookie"). Only the sha256 of
 *   the cookie's random value is kept, with its user, when it was issued and last used, and when it expires.
 * - login_attempts.device_id: the known device an attempt came with (null: none), so such failures count against
 *   that device only, and the username-wide delay never applies to it (store/auth/login-attempts.ts).
 * - sessions.csrf_token goes: the token is derived from the session id the cookie carries (an HMAC with its own
 *   label, store/auth/sessions.ts), so nothing a forged request could send is stored. The sessions stored before
 *   knew only their old token, which no client could be told to replace: they are deleted, and everyone signs in
 *   again once after the upgrade.
 */
export function loginDevices(dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await withId(db.schema.createTable('login_devices'), dialect)
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_used_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('login_devices_user').on('login_devices').columns(['user_id', 'last_used_at']).execute();

      await db.schema.alterTable('login_attempts').addColumn('device_id', 'integer').execute();
      await db.schema.createIndex('login_attempts_device').on('login_attempts').columns(['device_id', 'attempted_at']).execute();

      await sql`DELETE FROM sessions`.execute(db);
      await db.schema.alterTable('sessions').dropColumn('csrf_token').execute();
    },
  };
}
