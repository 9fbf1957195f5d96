/**
 * SQLite file stores checkpoint their write-ahead log in a background thread, not in the committing
 * connection: the data reaches the database file without a writer waiting for it.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openStore } from '../../src/store/db.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';

describe('WAL checkpoints in the background (SQLite file store)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dxioc-wal-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the connection never checkpoints itself; the thread copies committed pages into the database file', async () => {
    const path = join(dir, 'store.sqlite');
    const store = openStore(path);
    try {
      await migrateToLatest(store);
      const auto = await sql<{ wal_autocheckpoint: number }>`PRAGMA wal_autocheckpoint`.execute(store.db);
      expect(Number(Object.values(auto.rows[0]!)[0])).toBe(0);
      const before = statSync(path).size;
      const blob = 'x'.repeat(2000);
      await store.db.transaction().execute(async (trx) => {
        for (let i = 0; i < 2000; i++)
          await trx
            .insertInto('appMeta')
            .values({ key: `wal-test-${i}`, value: blob })
            .execute();
      });
      // Committed: the rows are in the log; within a few intervals the thread has copied them to the file.
      let after = statSync(path).size;
      for (let i = 0; i < 50 && after < before + 2_000_000; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        after = statSync(path).size;
      }
      expect(after).toBeGreaterThan(before + 2_000_000);
      const count = await store.db
        .selectFrom('appMeta')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('key', 'like', 'wal-test-%')
        .executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(2000);
    } finally {
      await store.close();
    }
    // Reopened, every row is there.
    const again = openStore(path);
    try {
      const count = await again.db
        .selectFrom('appMeta')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('key', 'like', 'wal-test-%')
        .executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(2000);
    } finally {
      await again.close();
    }
  });
});
