import { Kysely, PostgresDialect, CamelCasePlugin } from 'kysely';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database } from './schema.ts';
import { startWalCheckpointer } from './sqlite/wal-checkpointer.ts';
import { GatedSqliteDialect, WriteGateHost, type WriteGate } from './sqlite/write-gate.ts';

export type DialectName = 'sqlite' | 'postgres';

/** An open store: the query builder, which database it talks to, and how to close it. */
export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  /** Where the store lives, with any password removed (for logs and messages). */
  readonly location: string;
  /**
   * SQLite only: the connection under `db`, for the few bulk paths that stream millions of rows (raw arrays
   * through a prepared statement are several times cheaper than Kysely's row objects). Same connection, so
   * it sees the open transaction. Used by store modules only.
   */
  readonly sqlite?: SqliteDatabase.Database;
  /**
   * How a worker thread opens this same database with its own connection, or null when it cannot (an
   * in-memory SQLite is private to its connection). On SQLite, `gate` is the write gate the worker's writes
   * must pass (serve it to the worker: sqlite-write-gate.ts). A method, so the URL (with its password) is not a
   * property that logs would print.
   */
  shareable?(): SharedStoreAccess | null;
  close(): Promise<void>;
}

export interface SharedStoreAccess {
  /** The SQLite path or the postgres:// URL, password included. */
  target: string;
  gate?: WriteGateHost;
}

export interface OpenStoreOptions {
  /** SQLite: the gate writes pass (default: a new WriteGateHost; a worker passes its remote side). */
  writeGate?: WriteGate;
  /** SQLite: run WAL checkpoints in a thread (default true; a worker's store leaves them to the main one). */
  walCheckpoints?: boolean;
  /** SQLite: how long a write waits for another process's lock (default 5,000 ms). */
  busyTimeoutMs?: number;
  /** PostgreSQL: connections in the pool (default 10). */
  poolSize?: number;
}

export const DEFAULT_SQLITE_PATH = './data/dx-ioc.sqlite';

// PostgreSQL returns bigint and numeric as strings; our counts and sums fit in a double.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

/** Opens a store at a SQLite path (or ':memory:') or a postgres:// URL. */
export function openStore(target: string = DEFAULT_SQLITE_PATH, options: OpenStoreOptions = {}): Store {
  if (isPostgresUrl(target)) return openPostgres(target, options);
  return openSqlite(target, options);
}

function openSqlite(path: string, options: OpenStoreOptions): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new SqliteDatabase(path);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
  // Writes pass the gate before they take the connection, so a worker thread can commit on its own connection meanwhile.
  const gate = options.writeGate ?? new WriteGateHost();
  const db = new Kysely<Database>({
    dialect: new GatedSqliteDialect(database, gate),
    plugins: [new CamelCasePlugin()],
  });
  const checkpointer = path === ':memory:' || options.walCheckpoints === false ? null : startWalCheckpointer(database, path);
  const close = async () => {
    await checkpointer?.stop();
    await db.destroy();
  };
  const shareable = () => (path === ':memory:' || !(gate instanceof WriteGateHost) ? null : { target: path, gate });
  return { db, dialect: 'sqlite', location: path, sqlite: database, shareable, close };
}

function openPostgres(url: string, options: OpenStoreOptions): Store {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
  });
  return { db, dialect: 'postgres', location: redactUrl(url), shareable: () => ({ target: url }), close: () => db.destroy() };
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}
