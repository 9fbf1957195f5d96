import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.ts';

/** Runs `fn` in the caller's transaction when there is one, else in a new one (Kysely cannot nest them). */
export function inTransaction<T>(db: Kysely<Database>, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute((trx: Transaction<Database>) => fn(trx));
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
