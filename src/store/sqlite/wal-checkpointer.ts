/**
 * SQLite WAL checkpoints in a background thread. By default SQLite copies the write-ahead log back into the
 * database file inside the commit that pushes the log past 1,000 pages, so that writer waits for it: after a
 * large load or recompute (gigabytes of log at national scale) a commit would hold the event loop for tens of
 * seconds, and a form save that happens to cross the threshold pays for everyone. Here the store's connection
 * never checkpoints (`wal_autocheckpoint = 0`); a worker thread with its own connection runs a PASSIVE
 * checkpoint every second — it copies what is committed, never waits for or blocks readers and writers,
 * and simply does less while a long transaction is open. If the thread fails, the connection goes back to
 * checkpointing itself.
 */
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import type SqliteDatabase from 'better-sqlite3';

const INTERVAL_MS = 1000;

// Plain CommonJS evaluated in the worker (no TypeScript loader there): open, checkpoint on a timer, close on 'stop'.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 1000');
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch (error) { if (!String(error && error.code).startsWith('SQLITE_BUSY')) throw error; }
}, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {}
  db.close();
  parentPort.close();
});
`;

export interface WalCheckpointer {
  /** Stops the thread after a last checkpoint (before the store's connection closes). */
  stop(): Promise<void>;
}

export function startWalCheckpointer(database: SqliteDatabase.Database, path: string, intervalMs = INTERVAL_MS): WalCheckpointer {
  const module = createRequire(import.meta.url).resolve('better-sqlite3');
  database.pragma('wal_autocheckpoint = 0');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { path, module, intervalMs } });
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.on('error', () => {
    // Back to SQLite's own checkpoints in the committing connection (the default, 1,000 pages).
    if (database.open) database.pragma('wal_autocheckpoint = 1000');
  });
  return {
    async stop() {
      // Referenced again while stopping, or a process with nothing else to do would exit before the thread does.
      worker.ref();
      worker.postMessage('stop');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
      await worker.terminate();
    },
  };
}
