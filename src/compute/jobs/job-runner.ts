/**
 * The one job runner: a job's state kept in compute_jobs (store/aggregates/jobs.ts), queued → running (with
 * progress) → done (with its report) | failed (with the error). The work runs in this process after `startJob`
 * returns the id; the recompute (compute/aggregates/jobs.ts) and the generated reports (src/reports/) both run
 * through it.
 * On SQLite a job that holds the database's one connection (the recompute) cannot write its progress until it
 * ends, so progress reaches the table on PostgreSQL only while it runs; the live progress of a job started by
 * this process is also kept in memory, and getJob prefers it.
 */
import type { Store } from '../../store/db.ts';
import { insertComputeJob, readComputeJob, updateComputeJob, type ComputeJobPatch } from '../../store/aggregates/jobs.ts';

/** A step of a job: the n-th of `steps`, with what it is doing (Vietnamese / English). */
export interface JobProgress {
  step: number;
  steps: number;
  message: string;
}

export interface Job<R = unknown> {
  id: number;
  kind: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  progress: JobProgress | null;
  report: R | null;
  error: string | null;
  requestedBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface JobSpec<R> {
  kind: string;
  requestedBy: string | null;
  /** The work; its result is stored as the job's report (JSON). A throw fails the job with its message. */
  run: (onProgress: (progress: JobProgress) => void, jobId: number) => Promise<R>;
}

const live = new Map<number, JobProgress>();
const running = new Map<number, Promise<void>>();

/** Queues a job and starts it in this process; its id. */
export async function startJob<R>(store: Store, spec: JobSpec<R>): Promise<number> {
  const id = await insertComputeJob(store.db, spec.kind, spec.requestedBy, new Date().toISOString());
  const update = (patch: ComputeJobPatch) => updateComputeJob(store.db, id, patch, new Date().toISOString());
  // Progress rows are written one after another, and the last before the final state (never after it).
  let progressWrites: Promise<unknown> = Promise.resolve();
  const job = (async () => {
    try {
      await update({ status: 'running' });
      const report = await spec.run((p) => {
        live.set(id, p);
        if (store.dialect === 'postgres')
          progressWrites = progressWrites.then(() => update({ status: 'running', progress: JSON.stringify(p) })).catch(() => {});
      }, id);
      await progressWrites;
      await update({ status: 'done', progress: JSON.stringify(live.get(id) ?? null), report: JSON.stringify(report ?? null) });
    } catch (error) {
      await progressWrites;
      await update({ status: 'failed', progress: JSON.stringify(live.get(id) ?? null), error: error instanceof Error ? error.message : String(error) }).catch(
        () => {},
      );
    } finally {
      live.delete(id);
      running.delete(id);
    }
  })();
  // The job never rejects (failures are stored); the catch only guards the process against a database that
  // vanished before even the failure could be written.
  running.set(
    id,
    job.catch(() => {}),
  );
  return id;
}

/** Resolves when a job started by this process has ended (tests, shutdown). */
export async function waitForJob(id: number): Promise<void> {
  await running.get(id);
}

/** A job's state, null for an unknown id. */
export async function getJob<R = unknown>(store: Store, id: number): Promise<Job<R> | null> {
  const row = await readComputeJob(store.db, id);
  if (!row) return null;
  const progress = live.get(id) ?? (JSON.parse(row.progress) as JobProgress | null);
  return { ...row, status: row.status as Job['status'], progress, report: row.report ? (JSON.parse(row.report) as R) : null };
}
