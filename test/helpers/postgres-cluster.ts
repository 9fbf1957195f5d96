/**
 * Vitest global setup: a throw-away PostgreSQL cluster on 127.0.0.1 for the whole run,
 * or the server in DATABASE_URL when set. Tests get the admin URL through `inject('pgAdminUrl')`.
 * In CI (CI=true) a missing PostgreSQL is an error, never a silent skip.
 */
import type { TestProject } from 'vitest/node';
import { hasCommand, startThrowawayCluster } from './pg-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string | null;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  if (process.env.DATABASE_URL) {
    project.provide('pgAdminUrl', process.env.DATABASE_URL);
    return () => {};
  }
  if (!hasCommand('initdb') || !hasCommand('pg_ctl')) {
    if (process.env.CI) throw new Error('PostgreSQL (initdb, pg_ctl) is required in CI: install it or set DATABASE_URL');
    console.warn('\n⚠ PostgreSQL not found (initdb/pg_ctl): the PostgreSQL half of the store tests is SKIPPED. Set DATABASE_URL or install PostgreSQL.\n');
    project.provide('pgAdminUrl', null);
    return () => {};
  }
  const cluster = await startThrowawayCluster({
    prefix: 'dx-ioc-pg-',
    // Durability is worthless for a throw-away test database: skip fsync and friends.
    settings: ['-F', '-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off', '-c max_connections=200'],
    stopMode: 'immediate',
  });
  project.provide('pgAdminUrl', cluster.adminUrl);
  return () => cluster.stop();
}
