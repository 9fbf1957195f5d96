/**
 * Housekeeping: deletes what has outlived its use, so a long-running install does not grow without
 * bound. Each sweep lives next to its repository and keeps its own retention (a named constant there):
 * idempotency keys of the batch API (24 h), sessions past their idle or absolute expiry, login attempts
 * past the rate-limit window (with a margin), imports never committed (24 h) with their uploaded files,
 * and uploads no import names. It also runs the tasks' daily sweep (app/notifications/sweep.ts: due-soon and
 * overdue notifications, once per user, task, kind and day; the tasks' derived figures). Nothing swept is referred to by the audit trail or by another table.
 * Every sweep is idempotent: running twice, or on two app instances at once, is harmless.
 * Run by `dx-ioc housekeeping` and by the server at start and every hour.
 */
import type { Store } from '../../store/db.ts';
import { purgeExpiredIdempotencyKeys } from '../../store/collection/idempotency.ts';
import { purgeExpiredSessions } from '../../store/auth/sessions.ts';
import { purgeOldLoginAttempts } from '../../store/auth/login-attempts.ts';
import { purgeUncommittedImports } from '../../store/imports/repo.ts';
import { defaultImportsDir, purgeOrphanUploads } from '../../store/imports/files.ts';
import { sweepTaskNotifications } from '../notifications/sweep.ts';

export interface HousekeepingOptions {
  now?: Date;
  /** Where uploads wait for their commit (default: $DX_IOC_IMPORTS_DIR, else ./data/imports). */
  importsDir?: string;
}

/** What one run deleted (and the one thing it found but kept). */
export interface HousekeepingReport {
  idempotencyKeys: number;
  sessions: number;
  loginAttempts: number;
  /** Uncommitted import jobs deleted, and their files. */
  imports: number;
  importFiles: number;
  /** Files of deleted jobs that could not be removed (the orphan sweep retries them). */
  importFileFailures: number;
  /** Files in the imports directory that no job named. */
  orphanUploads: number;
  /** Jobs left 'committing' by a crash, older than the retention: kept for an operator, never deleted. */
  stalledCommits: number;
  /** Due-soon and overdue task notifications written today (none again on a second run). */
  taskNotifications: number;
}

/** Runs every sweep, one after another (SQLite has one writer anyway); returns the counts. */
export async function runHousekeeping(store: Store, options: HousekeepingOptions = {}): Promise<HousekeepingReport> {
  const now = options.now ?? new Date();
  const idempotencyKeys = await purgeExpiredIdempotencyKeys(store.db, now);
  const sessions = await purgeExpiredSessions(store.db, now);
  const loginAttempts = await purgeOldLoginAttempts(store.db, now);
  const imports = await purgeUncommittedImports(store.db, now);
  // After the jobs: a file of theirs whose deletion failed is tried once more here (no row names it now).
  const orphanUploads = await purgeOrphanUploads(store.db, options.importsDir ?? defaultImportsDir(), now);
  const taskNotifications = await sweepTaskNotifications(store, now);
  return {
    idempotencyKeys,
    sessions,
    loginAttempts,
    imports: imports.jobs,
    importFiles: imports.files,
    importFileFailures: imports.fileFailures,
    orphanUploads,
    stalledCommits: imports.stalledCommits,
    taskNotifications,
  };
}

/** Rows and files deleted in all (for a log line that only speaks when something happened). */
export function housekeepingTotal(report: HousekeepingReport): number {
  return report.idempotencyKeys + report.sessions + report.loginAttempts + report.imports + report.importFiles + report.orphanUploads;
}
