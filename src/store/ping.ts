import { sql } from 'kysely';
import type { Store } from './db.ts';

export const DB_PING_TIMEOUT_MS = 3000;

/** Runs a trivial query; resolves when the database answers, rejects when it fails or takes longer than the timeout. */
export async function pingStore(store: Store, timeoutMs: number = DB_PING_TIMEOUT_MS): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`database did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([sql`select 1`.execute(store.db), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
