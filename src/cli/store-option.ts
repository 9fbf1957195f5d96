import { DEFAULT_SQLITE_PATH, openStore, type Store } from '../store/db.ts';
import { migrateToLatest } from '../store/migrate.ts';
import { recomputeAtStart } from '../app/analytics/recompute-jobs.ts';

/** `--db` wins, then DATABASE_URL, then the embedded SQLite file. */
export function resolveDbTarget(db: string | undefined): string {
  return db ?? process.env.DATABASE_URL ?? DEFAULT_SQLITE_PATH;
}

/**
 * Opens and migrates the store, runs `fn`, and always closes it. When a migration left the aggregates to be
 * rebuilt (0007), or the stored closure does not cover every unit, they are recomputed first, once, so no
 * command reads or adds to stale rows (`recompute: false` for the recompute command itself).
 */
export async function withStore<T>(db: string | undefined, fn: (store: Store) => Promise<T>, options: { recompute?: boolean } = {}): Promise<T> {
  const store = openStore(resolveDbTarget(db));
  try {
    await migrateToLatest(store);
    if (options.recompute !== false) {
      const report = await recomputeAtStart(store);
      if (report)
        console.error(
          `Đã tính lại số liệu tổng hợp (${report.reason}): ${report.aggregateRows} dòng, ${(report.durationMs / 1000).toFixed(1)} s / aggregates recomputed`,
        );
    }
    return await fn(store);
  } finally {
    await store.close();
  }
}
