/**
 * Upgrading from 0007 to 0008: code-only unit scopes are resolved to the unit version in force on the day their
 * user or token was created (what the admin meant then), each row says how, app_meta sums it up, and the review
 * lists the ones whose version has ended.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { DIALECTS, freshDatabaseTarget } from '../helpers/stores.ts';
import { openStore, type Store } from '../../src/store/db.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';
import { SCOPES_RESOLVED_KEY } from '../../src/store/migrations/0008-unit-scope-versions.ts';
import { findTokenActor, listApiTokens } from '../../src/store/auth/tokens.ts';
import { listUsers } from '../../src/store/auth/users.ts';
import { scopesToReview } from '../../src/store/auth/unit-scopes.ts';
import { hashSecret } from '../../src/store/auth/secrets.ts';
import { seedUnits } from '../server/fixtures/seed-units.ts';

for (const dialect of DIALECTS) {
  describe(`upgrade to 0008-unit-scope-versions [${dialect}]`, () => {
    const stores: Store[] = [];
    afterAll(async () => {
      for (const store of stores) await store.close();
    });

    it('resolves each stored code to the version in force when it was granted, and records how', async () => {
      const target = await freshDatabaseTarget(dialect);
      if (!target) throw new Error('no PostgreSQL for this test');
      const store = openStore(target);
      stores.push(store);
      await migrateToLatest(store, { upTo: '0007-lean-aggregates' });
      const ids = await seedUnits(store.db);
      const db = store.db;
      const user = async (name: string, createdAt: string, codes: string[]) => {
        const row = await sql<{
          id: number;
        }>`INSERT INTO users (username, role, password_hash, created_at, updated_at) VALUES (${name}, 'reporter', 'x', ${createdAt}, ${createdAt}) RETURNING id`.execute(
          db,
        );
        for (const code of codes) await sql`INSERT INTO user_units (user_id, unit_code) VALUES (${row.rows[0]!.id}, ${code})`.execute(db);
      };
      await user('bc.2024', '2024-05-01T03:00:00.000Z', ['68', '24611']);
      await user('bc.2025', '2025-08-01T03:00:00.000Z', ['68', '67']);
      const token = await sql<{
        id: number;
      }>`INSERT INTO api_tokens (name, token_hash, created_at) VALUES ('dvc', ${hashSecret('dxioc_test')}, '2024-02-01T00:00:00.000Z') RETURNING id`.execute(
        db,
      );
      await sql`INSERT INTO api_token_scopes (token_id, kind, code) VALUES (${token.rows[0]!.id}, 'unit', '68'), (${token.rows[0]!.id}, 'element', 'XA_TONG')`.execute(
        db,
      );

      expect((await migrateToLatest(store, { upTo: '0008-unit-scope-versions' })).applied).toEqual(['0008-unit-scope-versions']);
      // Read the scopes as the app does after an upgrade: every later migration applied (none of them touches scopes;
      // 0021 adds the users' e-mail, which listUsers reads).
      await migrateToLatest(store);

      const users = new Map((await listUsers(db)).map((u) => [u.username, u]));
      const versionIds = (name: string) => users.get(name)?.scopes.map((s) => `${s.code}=${s.version?.id}`);
      expect(versionIds('bc.2024')).toEqual([`24611=${ids.get('24611-old')}`, `68=${ids.get('68-old')}`]);
      // 67 has no version in force on 2025-08-01: the latest one that began before (Đắk Nông, ended).
      expect(versionIds('bc.2025')).toEqual([`67=${ids.get('67')}`, `68=${ids.get('68-new')}`]);
      const old68 = users.get('bc.2024')?.scopes.find((s) => s.code === '68');
      expect(old68?.resolution).toMatch(/^0008: 68 → Lâm Đồng \(…–2025-06-30\); 2 phiên bản/);
      expect(users.get('bc.2025')?.scopes.find((s) => s.code === '67')?.resolution).toMatch(/1 phiên bản/);

      expect(await listApiTokens(db)).toMatchObject([
        { name: 'dvc', units: ['68'], elements: ['XA_TONG'], scopes: [{ code: '68', version: { id: ids.get('68-old') } }] },
      ]);
      expect(await findTokenActor(db, 'dxioc_test')).toMatchObject({ unitScopes: ['68'], unitScopeIds: [ids.get('68-old')], elementScopes: ['XA_TONG'] });

      const summary = await db.selectFrom('appMeta').select('value').where('key', '=', SCOPES_RESOLVED_KEY).executeTakeFirstOrThrow();
      expect(summary.value).toMatch(/^5: /);
      const review = await scopesToReview(db, '2026-01-15');
      expect(review.map((r) => `${r.kind}:${r.owner}:${r.scope.code}`)).toEqual(['token:dvc:68', 'user:bc.2024:24611', 'user:bc.2024:68', 'user:bc.2025:67']);
    });
  });
}
