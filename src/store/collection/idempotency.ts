/** Idempotency keys of the batch API: (caller, key) → request hash and the answer given, kept for a while. */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/**
 * A key is honoured for 24 h (docs/API.md says so): long enough for a source system to retry after a
 * night's outage, short enough that the table stays small. After that the periodic sweep deletes it.
 */
export const IDEMPOTENCY_TTL_HOURS = 24;

export interface StoredAnswer {
  requestHash: string;
  status: number;
  response: unknown;
}

/** The unexpired answer stored for (caller, key), or null; an expired one is deleted. */
export async function findIdempotentAnswer(db: Kysely<Database>, caller: string, key: string, now: Date = new Date()): Promise<StoredAnswer | null> {
  const row = await db.selectFrom('idempotencyKeys').selectAll().where('caller', '=', caller).where('key', '=', key).executeTakeFirst();
  if (!row) return null;
  if (row.expiresAt <= now.toISOString()) {
    await db.deleteFrom('idempotencyKeys').where('caller', '=', caller).where('key', '=', key).execute();
    return null;
  }
  return { requestHash: row.requestHash, status: Number(row.status), response: JSON.parse(row.response) as unknown };
}

/** Stores the answer (in the caller's transaction; a concurrent twin hits the primary key and retries). */
export async function storeIdempotentAnswer(db: Kysely<Database>, caller: string, key: string, answer: StoredAnswer, now: Date = new Date()): Promise<void> {
  const expiresAt = new Date(now.getTime() + IDEMPOTENCY_TTL_HOURS * 3600_000).toISOString();
  await db
    .insertInto('idempotencyKeys')
    .values({
      caller,
      key,
      requestHash: answer.requestHash,
      status: answer.status,
      response: JSON.stringify(answer.response),
      createdAt: now.toISOString(),
      expiresAt,
    })
    .execute();
}

/** Deletes expired keys (the periodic sweep; nothing refers to them); returns how many. */
export async function purgeExpiredIdempotencyKeys(db: Kysely<Database>, now: Date = new Date()): Promise<number> {
  const result = await db.deleteFrom('idempotencyKeys').where('expiresAt', '<=', now.toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows);
}
