import type { Kysely } from 'kysely';
import type { Store } from '../../store/db.ts';
import type { Database } from '../../store/schema.ts';
import { isUniqueViolation } from '../../store/values/repo.ts';

const MAX_ATTEMPTS = 3;

/**
 * Runs `fn` in one transaction (rolled back on any throw, on both dialects), again when it lost a race
 * for a unique key (two first writers of one value, two twins of one idempotency key).
 */
export async function inCollectionTransaction<T>(store: Store, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await store.db.transaction().execute(fn);
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !isUniqueViolation(error)) throw error;
    }
  }
}
