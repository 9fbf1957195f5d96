/**
 * A fresh database holding the demo data, fast: the demo is seeded once per run and dialect (the first caller
 * builds it, under a lock directory; the others wait for its `ready` mark), then each caller gets its own copy —
 * SQLite: the template file copied; PostgreSQL: CREATE DATABASE … TEMPLATE. What ensureDemoData builds is what a
 * copy holds, so a test that calls ensureDemoData on it finds the demo present. test/integration/demo.test.ts
 * still seeds from scratch on both dialects.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { ensureDemoData } from '../../src/app/demo/index.ts';
import { openStore, type DialectName, type Store } from '../../src/store/db.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';
import { freshDatabaseTarget } from './stores.ts';

const WAIT_MS = 600_000;

/** Runs `build` once per run for `name` across the test workers; returns what it wrote (a file path or a database name). */
async function buildOnce(name: string, build: () => Promise<string>): Promise<string> {
  const dir = inject('demoCacheDir');
  const ready = join(dir, `${name}.ready`);
  const failed = join(dir, `${name}.failed`);
  if (existsSync(ready)) return readFileSync(ready, 'utf8');
  try {
    mkdirSync(join(dir, `${name}.lock`));
  } catch {
    const started = Date.now();
    while (!existsSync(ready)) {
      if (existsSync(failed)) throw new Error(`the demo template (${name}) failed to build: ${readFileSync(failed, 'utf8')}`);
      if (Date.now() - started > WAIT_MS) throw new Error(`the demo template (${name}) was not built within ${WAIT_MS / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return readFileSync(ready, 'utf8');
  }
  try {
    const made = await build();
    writeFileSync(ready, made);
    return made;
  } catch (error) {
    writeFileSync(failed, String((error as Error).stack ?? error));
    throw error;
  }
}

async function seeded(target: string): Promise<void> {
  const store = openStore(target);
  try {
    await migrateToLatest(store);
    await ensureDemoData(store);
  } finally {
    await store.close();
  }
}

async function sqliteTemplate(): Promise<string> {
  return buildOnce('sqlite', async () => {
    const file = join(inject('demoCacheDir'), 'demo.sqlite');
    await seeded(file);
    return file;
  });
}

async function postgresTemplate(): Promise<string> {
  return buildOnce('postgres', async () => {
    const target = await freshDatabaseTarget('postgres');
    if (!target) throw new Error('no PostgreSQL for the demo template');
    await seeded(target);
    return new URL(target).pathname.slice(1);
  });
}

/** A new file or database holding the demo data (null where PostgreSQL is absent); the caller closes the store. */
export async function demoDatabaseTarget(dialect: DialectName, directory?: string): Promise<string | null> {
  if (dialect === 'sqlite') {
    const template = await sqliteTemplate();
    const file = join(directory ?? mkdtempSync(join(tmpdir(), 'dx-ioc-demo-')), 'demo.sqlite');
    copyFileSync(template, file);
    return file;
  }
  const adminUrl = inject('pgAdminUrl');
  if (!adminUrl) return null;
  const template = await postgresTemplate();
  const name = `t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    // A clone waits for no one: the template has no connection once built. Retried in case another clone is starting.
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
        break;
      } catch (error) {
        if (attempt >= 20 || !/being accessed by other users/.test(String((error as Error).message))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A migrated store holding the demo data, or null where PostgreSQL is absent. */
export async function openDemoStore(dialect: DialectName): Promise<Store | null> {
  const target = await demoDatabaseTarget(dialect);
  return target ? openStore(target) : null;
}
