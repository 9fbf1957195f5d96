import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Store } from './db.ts';
import { foundation } from './migrations/0001-foundation.ts';
import { auth } from './migrations/0002-auth.ts';
import { collection } from './migrations/0003-collection.ts';
import { compute } from './migrations/0004-compute.ts';
import { frameworks } from './migrations/0005-frameworks.ts';
import { imports } from './migrations/0006-imports.ts';
import { leanAggregates } from './migrations/0007-lean-aggregates.ts';
import { unitScopeVersions } from './migrations/0008-unit-scope-versions.ts';
import { loginDevices } from './migrations/0009-login-devices.ts';
import { valueBounds } from './migrations/0010-value-bounds.ts';
import { geoBoundaries } from './migrations/0011-geo-boundaries.ts';
import { valueDerived } from './migrations/0012-value-derived.ts';
import { publishedRuns } from './migrations/0013-published-runs.ts';
import { followUps } from './migrations/0014-follow-ups.ts';
import { unitEventEffects } from './migrations/0015-unit-event-effects.ts';
import { importRows } from './migrations/0016-import-rows.ts';
import { reportTemplates } from './migrations/0017-report-templates.ts';
import { publications } from './migrations/0018-publications.ts';
import { reportFiles } from './migrations/0019-report-files.ts';
import { elementDerivedFrom } from './migrations/0020-element-derived-from.ts';
import { tasks } from './migrations/0021-tasks.ts';
import { communityTeams } from './migrations/0023-community-teams.ts';
import { dossiers } from './migrations/0024-dossiers.ts';
import { feedback } from './migrations/0025-feedback.ts';
import { dxProducts } from './migrations/0022-dx-products.ts';

/** One list of migrations for both dialects; each gets the dialect for the few types that differ. */
function migrationsFor(store: Store): Record<string, Migration> {
  return {
    '0001-foundation': foundation(store.dialect),
    '0002-auth': auth(store.dialect),
    '0003-collection': collection(store.dialect),
    '0004-compute': compute(store.dialect),
    '0005-frameworks': frameworks(store.dialect),
    '0006-imports': imports(store.dialect),
    '0007-lean-aggregates': leanAggregates(store.dialect),
    '0008-unit-scope-versions': unitScopeVersions(store.dialect),
    '0009-login-devices': loginDevices(store.dialect),
    '0010-value-bounds': valueBounds(store.dialect),
    '0011-geo-boundaries': geoBoundaries(store.dialect),
    '0012-value-derived': valueDerived(store.dialect),
    '0013-published-runs': publishedRuns(store.dialect),
    '0014-follow-ups': followUps(store.dialect),
    '0015-unit-event-effects': unitEventEffects(store.dialect),
    '0016-import-rows': importRows(store.dialect),
    '0017-report-templates': reportTemplates(store.dialect),
    '0018-publications': publications(store.dialect),
    '0019-report-files': reportFiles(store.dialect),
    '0020-element-derived-from': elementDerivedFrom(store.dialect),
    '0021-tasks': tasks(store.dialect),
    '0023-community-teams': communityTeams(store.dialect),
    '0022-dx-products': dxProducts(store.dialect),
    '0024-dossiers': dossiers(store.dialect),
    '0025-feedback': feedback(store.dialect),
  };
}

export interface MigrateResult {
  applied: string[];
}

/** Brings the schema up to date (or up to one migration, for tests of an upgrade). Safe to call on every start. */
export async function migrateToLatest(store: Store, options: { upTo?: string } = {}): Promise<MigrateResult> {
  const provider: MigrationProvider = { getMigrations: async () => migrationsFor(store) };
  const migrator = new Migrator({ db: store.db, provider, migrationTableName: 'schema_migrations', migrationLockTableName: 'schema_migrations_lock' });
  const { error, results } = options.upTo ? await migrator.migrateTo(options.upTo) : await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${reason}`);
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
