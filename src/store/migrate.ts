import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Store } from './db.ts';
import { foundation } from './migrations/0001-foundation.ts';

/** One list of migrations for both dialects; each gets the dialect for the few types that differ. */
function migrationsFor(store: Store): Record<string, Migration> {
  return {
    '0001-foundation': foundation(store.dialect),
  };
}

export interface MigrateResult {
  applied: string[];
}

/** Brings the schema up to date. Safe to call on every start. */
export async function migrateToLatest(store: Store): Promise<MigrateResult> {
  const provider: MigrationProvider = { getMigrations: async () => migrationsFor(store) };
  const migrator = new Migrator({ db: store.db, provider, migrationTableName: 'schema_migrations', migrationLockTableName: 'schema_migrations_lock' });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${reason}`);
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
