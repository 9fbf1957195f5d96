import { DEFAULT_SQLITE_PATH, openStore, type Store } from '../store/db.ts';
import { migrateToLatest } from '../store/migrate.ts';

/** `--db` wins, then DATABASE_URL, then the embedded SQLite file. */
export function resolveDbTarget(db: string | undefined): string {
  return db ?? process.env.DATABASE_URL ?? DEFAULT_SQLITE_PATH;
}

/** Opens and migrates the store, runs `fn`, and always closes it. */
export async function withStore<T>(db: string | undefined, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = openStore(resolveDbTarget(db));
  try {
    await migrateToLatest(store);
    return await fn(store);
  } finally {
    await store.close();
  }
}
