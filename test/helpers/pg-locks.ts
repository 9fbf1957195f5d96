/**
 * Tools for deterministic races on PostgreSQL: a transaction held open at a chosen point, and a wait until
 * a given number of sessions are queued on an advisory lock (proof that a writer waits, not just slow).
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/store/schema.ts';

export interface HeldTransaction<T> {
  /** Resolves once `work` has run (its locks are then held); rejects if `work` threw. */
  ready: Promise<T>;
  /** Lets the transaction commit. */
  release(): void;
  /** The transaction's outcome (after release). */
  done: Promise<T>;
}

/** Runs `work` in a transaction and keeps that transaction open until release(). */
export function holdTransaction<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): HeldTransaction<T> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let markReady!: (value: T) => void;
  let markFailed!: (error: unknown) => void;
  const ready = new Promise<T>((resolve, reject) => {
    markReady = resolve;
    markFailed = reject;
  });
  const done = db.transaction().execute(async (trx) => {
    try {
      const result = await work(trx);
      markReady(result);
      await released;
      return result;
    } catch (error) {
      markFailed(error);
      throw error;
    }
  });
  // The caller awaits `ready` or `done`; the other one must not surface as an unhandled rejection.
  ready.catch(() => {});
  done.catch(() => {});
  return { ready, release, done };
}

/** Sessions of this database waiting for an advisory lock right now. */
export async function advisoryWaiters(db: Kysely<Database>): Promise<number> {
  const row = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM pg_locks
    WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`.execute(db);
  return row.rows[0]?.n ?? 0;
}

/** Resolves once at least `count` sessions wait for an advisory lock; throws after `timeoutMs`. */
export async function untilWaiting(db: Kysely<Database>, count: number, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const n = await advisoryWaiters(db);
    if (n >= count) return;
    if (Date.now() > deadline) throw new Error(`expected ${count} session(s) waiting for an advisory lock, saw ${n} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Tracks whether a promise has settled yet (without awaiting it). */
export function settledFlag(promise: Promise<unknown>): { readonly settled: boolean } {
  const flag = { settled: false };
  promise.then(
    () => (flag.settled = true),
    () => (flag.settled = true),
  );
  return flag;
}
