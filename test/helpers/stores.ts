/**
 * Every store test runs on both dialects: `describeEachDialect('units', (ctx) => { … })`.
 * Each call gets a fresh, migrated database: SQLite in memory, PostgreSQL as a new database
 * on the test cluster (see postgres-cluster.ts); with `{ demo: true }`, a copy of the run's demo database.
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

export interface DialectOptions {
  /** Open a copy of this run's demo database (demo-template.ts: seeded once per run and dialect) instead of an empty one. */
  demo?: boolean;
}

export function describeEachDialect(name: string, body: (ctx: DialectContext) => void, options: DialectOptions = {}): void {
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
        store = options.demo ? await (await import('./demo-template.ts')).openDemoStore(dialect) : await openFreshStore(dialect);
      }, 600_000);
      afterAll(async () => {
        await store?.close();
      });
      body(ctx);
    });
  }
}
