import { Kysely, PostgresDialect, SqliteDialect, CamelCasePlugin } from 'kysely';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database } from './schema.ts';
import { startWalCheckpointer } from './wal-checkpointer.ts';

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
  close(): Promise<void>;
}

export const DEFAULT_SQLITE_PATH = './data/dx-ioc.sqlite';

// PostgreSQL returns bigint and numeric as strings; our counts and sums fit in a double.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

/** Opens a store at a SQLite path (or ':memory:') or a postgres:// URL. */
export function openStore(target: string = DEFAULT_SQLITE_PATH): Store {
  if (isPostgresUrl(target)) return openPostgres(target);
  return openSqlite(target);
}

function openSqlite(path: string): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new SqliteDatabase(path);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database }),
    plugins: [new CamelCasePlugin()],
  });
  const checkpointer = path === ':memory:' ? null : startWalCheckpointer(database, path);
  const close = async () => {
    await checkpointer?.stop();
    await db.destroy();
  };
  return { db, dialect: 'sqlite', location: path, sqlite: database, close };
}

function openPostgres(url: string): Store {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
  });
  return { db, dialect: 'postgres', location: redactUrl(url), close: () => db.destroy() };
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
