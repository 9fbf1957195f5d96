/**
 * Upgrading from 0008 to 0009: the sessions' clear CSRF tokens go (the column and the sessions that knew only
 * them: their users sign in again), login attempts are kept and gain a device column, known devices get a table.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { DIALECTS, freshDatabaseTarget } from '../helpers/stores.ts';
import { openStore, type Store } from '../../src/store/db.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';
import { hashSecret } from '../../src/store/auth/secrets.ts';
import { createSession, csrfTokenFor, findSession } from '../../src/store/auth/sessions.ts';
import { findLoginDevice, rememberLoginDevice } from '../../src/store/auth/login-devices.ts';

async function columnsOf(store: Store, table: string): Promise<string[]> {
  const rows =
    store.dialect === 'sqlite'
      ? await sql<{ name: string }>`SELECT name FROM pragma_table_info(${table})`.execute(store.db)
      : await sql<{
          name: string;
        }>`SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ${table}`.execute(store.db);
  return rows.rows.map((r) => r.name).sort();
}

for (const dialect of DIALECTS) {
  describe(`upgrade to 0009-login-devices [${dialect}]`, () => {
    const stores: Store[] = [];
    afterAll(async () => {
      for (const store of stores) await store.close();
    });

    it('drops the stored CSRF tokens with the sessions that held them, keeps login attempts, and remembers devices from then on', async () => {
      const target = await freshDatabaseTarget(dialect);
      if (!target) throw new Error('no PostgreSQL for this test');
      const store = openStore(target);
      stores.push(store);
      await migrateToLatest(store, { upTo: '0008-unit-scope-versions' });
      const db = store.db;
      const at = new Date().toISOString();
      const user = await sql<{
        id: number;
      }>`INSERT INTO users (username, role, password_hash, created_at, updated_at) VALUES ('lanhdao', 'viewer', 'x', ${at}, ${at}) RETURNING id`.execute(db);
      const userId = Number(user.rows[0]!.id);
      await sql`INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, last_seen_at) VALUES (${hashSecret('phien-cu')}, ${userId}, 'csrf-ro-rang', ${at}, ${at})`.execute(
        db,
      );
      await sql`INSERT INTO login_attempts (username, ip, attempted_at) VALUES ('lanhdao', '10.0.0.1', ${at})`.execute(db);

      expect((await migrateToLatest(store, { upTo: '0009-login-devices' })).applied).toEqual(['0009-login-devices']);

      expect(await columnsOf(store, 'sessions')).toEqual(['created_at', 'id_hash', 'last_seen_at', 'user_id']);
      expect(await sql`SELECT * FROM sessions`.execute(db).then((r) => r.rows)).toEqual([]);
      expect(await findSession(db, 'phien-cu')).toBeNull();
      expect(await db.selectFrom('loginAttempts').select(['username', 'ip', 'deviceId']).execute()).toEqual([
        { username: 'lanhdao', ip: '10.0.0.1', deviceId: null },
      ]);

      const session = await createSession(db, userId);
      expect(session.csrfToken).toBe(csrfTokenFor(session.sessionId));
      expect((await findSession(db, session.sessionId))?.csrfToken).toBe(session.csrfToken);
      const token = await rememberLoginDevice(db, userId, null);
      expect(await findLoginDevice(db, 'lanhdao', token)).toEqual(expect.any(Number));
      expect(await findLoginDevice(db, 'someone.else', token)).toBeNull();
    });
  });
}
