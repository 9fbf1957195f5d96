import type { ImportRunnerOptions } from '../app/imports/import-runner.ts';
import type { Store } from '../store/db.ts';

/** What route plugins get as options: the store, and today's date (a function, so tests can fix the clock). */
export interface RouteDeps {
  store: Store;
  today: () => string;
  /** The current instant (sessions, login rate limit); default `new Date()`. Tests pass a fixed clock. */
  now?: () => Date;
  /**
   * Uploaded files: where imports wait for their commit and evidence files live, the evidence size limit (see
   * store/imports/files.ts, store/evidence/files.ts for defaults), and the deadlines and memory of an import's
   * reading and commit (app/imports/import-runner.ts).
   */
  files?: FileStorageOptions;
}

export interface FileStorageOptions {
  importsDir?: string;
  evidenceDir?: string;
  evidenceMaxBytes?: number;
  importRunner?: ImportRunnerOptions;
}
