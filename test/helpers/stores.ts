/**
 * Every store test runs on both dialects: `describeEachDialect('units', (ctx) => { … })`.
 * Each call gets a fresh, migrated database: SQLite in memory, PostgreSQL as a new database
 * on the test cluster (see postgres-cluster.ts).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { openStore, type DialectName, type Store } from '../../src/store/db.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';

export const DIALECTS: DialectName[] = ['sqlite', 'postgres'];

/** Creates a fresh database and returns its URL (PostgreSQL) or ':memory:' (SQLite). */
export async function freshDatabaseTarget(dialect: DialectName): Promise<string | null> {
  if (dialect === 'sqlite') return ':memory:';
  const adminUrl = inject('pgAdminUrl');
  if (!adminUrl) return null;
  const name = `t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function openFreshStore(dialect: DialectName): Promise<Store | null> {
  const target = await freshDatabaseTarget(dialect);
  if (!target) return null;
  const store = openStore(target);
  await migrateToLatest(store);
  return store;
}

export interface DialectContext {
  readonly dialect: DialectName;
  /** The migrated store for this describe block (available inside tests and hooks). */
  readonly store: Store;
}

export function describeEachDialect(name: string, body: (ctx: DialectContext) => void): void {
  for (const dialect of DIALECTS) {
    const pgMissing = dialect === 'postgres' && !inject('pgAdminUrl');
    const block = pgMissing ? describe.skip : describe;
    block(`${name} [${dialect}]`, () => {
      let store: Store | null = null;
      const ctx: DialectContext = {
        dialect,
        get store(): Store {
          if (!store) throw new Error('store not open yet: use it inside tests or hooks');
          return store;
        },
      };
      beforeAll(async () => {
        store = await openFreshStore(dialect);
      });
      afterAll(async () => {
        await store?.close();
      });
      body(ctx);
    });
  }
}
