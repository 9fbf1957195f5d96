import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.ts';

/**
 * Runs `fn` in the caller's transaction when there is one, else in a new one (Kysely cannot nest them). Use
 * cases (src/app) open their transactions with it; a store function that writes several statements wraps them
 * in it too, so it joins the use case's transaction and stays atomic when a script calls it alone.
 */
export function inTransaction<T>(db: Kysely<Database>, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute((trx: Transaction<Database>) => fn(trx));
}

const MAX_ATTEMPTS = 3;

/** A unique key refused the write (PostgreSQL 23505, SQLite's constraint codes). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * inTransaction, run again (up to three times) when it lost a race for a unique key: on PostgreSQL two first
 * writers of one value (or two twins of one idempotency key) can both see no row; the key stops the second,
 * which then retries, rolled back, and sees the first. Inside a caller's transaction it runs once (the caller retries).
 */
export async function inRetryingTransaction<T>(db: Kysely<Database>, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute((trx: Transaction<Database>) => fn(trx));
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !isUniqueViolation(error)) throw error;
    }
  }
}

/** What an upsert did; 'unchanged' writes nothing. */
export type UpsertAction = 'created' | 'updated' | 'unchanged';

/**
 * The listed columns of a row, in that order, without the null ones: domain shapes carry absent
 * optional fields, not nulls, and two shapes of the same thing compare equal as JSON.
 */
export function pickPresent<T extends object, K extends keyof T>(row: T, columns: readonly K[]): { [P in K]: Exclude<T[P], null> } {
  const out: Partial<Record<K, unknown>> = {};
  for (const key of columns) if (row[key] !== null && row[key] !== undefined) out[key] = row[key];
  return out as { [P in K]: Exclude<T[P], null> };
}

/** Plain code order (the same on both dialects, whatever the database collation). */
export function byCode(a: { code: string }, b: { code: string }): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/** Deep equality of JSON-like shapes, whatever the key order. */
export function sameContent(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, canonical(v)]));
}
