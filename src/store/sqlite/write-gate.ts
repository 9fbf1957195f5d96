/**
 * One writer at a time on a SQLite file shared by threads, without blocking the event loop.
 *
 * A large import commits in a worker thread with its own connection (app/imports/import-runner.ts), so
 * the server keeps answering: in WAL mode the main connection reads the last committed state while the worker
 * writes. But SQLite has one writer; a main-thread write during the worker's transaction would wait inside
 * better-sqlite3 — synchronously, blocking the whole event loop — for `busy_timeout`, then fail with
 * SQLITE_BUSY. So every write passes this gate first, asynchronously: the main thread's writers share it
 * (they are already one at a time on their connection), a worker's write transaction holds it alone, and a
 * writer waiting at the gate holds no connection, so reads go on.
 *
 * `gatedSqliteDialect` is Kysely's SQLite dialect with the gate in its driver: a statement outside a
 * transaction that is not read-only (better-sqlite3's `readonly`, i.e. sqlite3_stmt_readonly) and every
 * transaction not declared read-only wait for the gate before they take the connection. `WriteGateHost` is the
 * main thread's gate and serves workers over a MessagePort (`serve`); `remoteWriteGate` is a worker's side.
 */
import type { MessagePort } from 'node:worker_threads';
import type SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  IdentifierNode,
  RawNode,
  SqliteDialect,
  createQueryId,
  type DatabaseConnection,
  type Driver,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';

/** Waits for the right to write; call the returned function when the write is over. */
export interface WriteGate {
  enter(): Promise<() => void>;
}

/** The main thread's gate: main-thread writers share it; a worker's transaction holds it alone, first come first served. */
export class WriteGateHost implements WriteGate {
  private local = 0;
  private remote = false;
  private readonly localWaiting: Array<() => void> = [];
  private readonly remoteWaiting: Array<() => void> = [];

  /** Whether a worker holds the gate now (for tests and logs). */
  get heldByWorker(): boolean {
    return this.remote;
  }

  enter(): Promise<() => void> {
    return new Promise((resolve) => {
      const admit = () => {
        this.local += 1;
        resolve(once(() => this.leaveLocal()));
      };
      // A waiting worker goes first, or a busy server would never let it in.
      if (this.remote || this.remoteWaiting.length > 0) this.localWaiting.push(admit);
      else admit();
    });
  }

  /** The gate for a worker: granted once no main-thread write is under way. */
  enterRemote(): Promise<() => void> {
    return new Promise((resolve) => {
      this.remoteWaiting.push(() => resolve(once(() => this.leaveRemote())));
      this.next();
    });
  }

  /**
   * Answers a worker's requests on `port`: 'acquire' → 'granted' when it holds the gate, 'release' gives it back.
   * A port that closes (the worker ended, was terminated or crashed) gives back what it held or asked for.
   */
  serve(port: MessagePort): void {
    let release: (() => void) | null = null;
    let closed = false;
    port.on('message', (message: unknown) => {
      if (message === 'acquire') {
        void this.enterRemote().then((leave) => {
          if (closed) return leave();
          release = leave;
          port.postMessage('granted');
        });
      } else if (message === 'release') {
        release?.();
        release = null;
      }
    });
    port.on('close', () => {
      closed = true;
      release?.();
      release = null;
    });
  }

  private leaveLocal(): void {
    this.local -= 1;
    this.next();
  }

  private leaveRemote(): void {
    this.remote = false;
    this.next();
  }

  private next(): void {
    if (this.remote || this.local > 0) return;
    const worker = this.remoteWaiting.shift();
    if (worker) {
      this.remote = true;
      worker();
      return;
    }
    for (const admit of this.localWaiting.splice(0)) admit();
  }
}

/** A worker's side of the gate: asks the main thread over `port` (see WriteGateHost.serve). */
export function remoteWriteGate(port: MessagePort): WriteGate {
  const granted: Array<() => void> = [];
  port.on('message', (message: unknown) => {
    if (message === 'granted') granted.shift()?.();
  });
  return {
    enter: () =>
      new Promise((resolve) => {
        granted.push(() => resolve(once(() => port.postMessage('release'))));
        port.postMessage('acquire');
      }),
  };
}

function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    fn();
  };
}

/**
 * Prepared statements kept by their SQL, the most recently used STATEMENT_CACHE_SIZE of them: preparing is a
 * twentieth of a read's time, and a screen asks the same few queries again and again. A statement is run to the
 * end synchronously (all / run), so it is never in use twice; streamed queries (iterate) prepare their own.
 * SQLite re-prepares a kept statement by itself when the schema changes (sqlite3_prepare_v2).
 */
const STATEMENT_CACHE_SIZE = 500;

export class StatementCache {
  private readonly kept = new Map<string, SqliteDatabase.Statement>();

  constructor(private readonly size = STATEMENT_CACHE_SIZE) {}

  get(database: SqliteDatabase.Database, sql: string): SqliteDatabase.Statement {
    const found = this.kept.get(sql);
    if (found && !found.busy) {
      this.kept.delete(sql); // to the end: the most recently used
      this.kept.set(sql, found);
      return found;
    }
    const statement = database.prepare(sql);
    this.kept.set(sql, statement);
    if (this.kept.size > this.size) this.kept.delete(this.kept.keys().next().value!);
    return statement;
  }
}

/** The one connection's turn, first come first served (as Kysely's own SQLite driver keeps it). */
class Mutex {
  private tail: Promise<void> = Promise.resolve();

  async lock(): Promise<() => void> {
    let unlock!: () => void;
    const previous = this.tail;
    this.tail = new Promise((resolve) => (unlock = resolve));
    await previous;
    return unlock;
  }
}

function run(statement: SqliteDatabase.Statement, parameters: readonly unknown[]): QueryResult<unknown> {
  if (statement.reader) return { rows: statement.all(parameters) };
  const { changes, lastInsertRowid } = statement.run(parameters);
  return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
}

/**
 * A handle on the one connection that takes it per statement (outside a transaction) or from BEGIN to the end
 * of the transaction, passing the gate first when it writes.
 */
class GatedConnection implements DatabaseConnection {
  private transaction: { unlock: () => void; leave: () => void } | null = null;
  private readonly statements = new StatementCache();

  constructor(
    private readonly database: SqliteDatabase.Database,
    private readonly mutex: Mutex,
    private readonly gate: WriteGate,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const statement = this.statements.get(this.database, query.sql);
    if (this.transaction) return run(statement, query.parameters) as QueryResult<R>;
    const leave = statement.readonly ? null : await this.gate.enter();
    const unlock = await this.mutex.lock();
    try {
      return run(statement, query.parameters) as QueryResult<R>;
    } finally {
      unlock();
      leave?.();
    }
  }

  async *streamQuery<R>(query: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    const statement = this.database.prepare(query.sql);
    if (!statement.reader) throw new Error('Sqlite driver only supports streaming of select queries');
    const unlock = this.transaction ? null : await this.mutex.lock();
    try {
      for (const row of statement.iterate(query.parameters)) yield { rows: [row as R] };
    } finally {
      unlock?.();
    }
  }

  async begin(readOnly: boolean): Promise<void> {
    const leave = readOnly ? () => undefined : await this.gate.enter();
    const unlock = await this.mutex.lock();
    try {
      this.database.prepare('begin').run();
    } catch (error) {
      unlock();
      leave();
      throw error;
    }
    this.transaction = { unlock, leave };
  }

  /** COMMIT or ROLLBACK; the connection and the gate are given back once no transaction is open (a failed COMMIT is rolled back next). */
  async end(command: 'commit' | 'rollback'): Promise<void> {
    const transaction = this.transaction;
    if (!transaction) throw new Error(`${command} without a transaction`);
    try {
      if (command === 'commit' || this.database.inTransaction) this.database.prepare(command).run();
    } finally {
      if (!this.database.inTransaction) {
        this.transaction = null;
        transaction.unlock();
        transaction.leave();
      }
    }
  }
}

class GatedSqliteDriver implements Driver {
  private readonly mutex = new Mutex();

  constructor(
    private readonly database: SqliteDatabase.Database,
    private readonly gate: WriteGate,
  ) {}

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return new GatedConnection(this.database, this.mutex, this.gate);
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    await (connection as GatedConnection).begin(settings.accessMode === 'read only');
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as GatedConnection).end('commit');
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as GatedConnection).end('rollback');
  }

  async savepoint(connection: DatabaseConnection, name: string, compileQuery: QueryCompiler['compileQuery']): Promise<void> {
    await connection.executeQuery(compileQuery(savepointCommand('savepoint', name), createQueryId()));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string, compileQuery: QueryCompiler['compileQuery']): Promise<void> {
    await connection.executeQuery(compileQuery(savepointCommand('rollback to', name), createQueryId()));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string, compileQuery: QueryCompiler['compileQuery']): Promise<void> {
    await connection.executeQuery(compileQuery(savepointCommand('release', name), createQueryId()));
  }

  async releaseConnection(): Promise<void> {}

  async destroy(): Promise<void> {
    this.database.close();
  }
}

function savepointCommand(command: string, name: string): RawNode {
  return RawNode.createWithChildren([RawNode.createWithSql(`${command} `), IdentifierNode.create(name)]);
}

/** Kysely's SQLite dialect (compiler, adapter, introspector) with the gated driver above. */
export class GatedSqliteDialect extends SqliteDialect {
  constructor(
    private readonly database: SqliteDatabase.Database,
    private readonly gate: WriteGate,
  ) {
    super({ database });
  }

  override createDriver(): Driver {
    return new GatedSqliteDriver(this.database, this.gate);
  }
}
