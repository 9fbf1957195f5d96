/**
 * Recompute jobs, their state kept in compute_jobs: queued → running (with progress) → done (with the report)
 * | failed (with the error). The job runs in this process after `startRecomputeJob` returns its id.
 * On SQLite the recompute holds the database's one connection, so progress reaches the table when it ends;
 * the live progress of a job started by this process is also kept in memory.
 */
import type { Store } from '../../store/db.ts';
import { insertComputeJob, readComputeJob, updateComputeJob, type ComputeJobPatch } from '../../store/aggregates/jobs.ts';
import { recomputeAll, type RecomputeProgress } from './recompute.ts';

export interface ComputeJob {
  id: number;
  kind: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  progress: RecomputeProgress | null;
  report: unknown;
  error: string | null;
  requestedBy: string | null;
  createdAt: string;
  updatedAt: string;
}

const live = new Map<number, RecomputeProgress>();
const running = new Map<number, Promise<void>>();

export async function startRecomputeJob(store: Store, requestedBy: string | null, options: { today?: string } = {}): Promise<number> {
  const id = await insertComputeJob(store.db, 'recompute', requestedBy, new Date().toISOString());
  const update = (patch: ComputeJobPatch) => updateComputeJob(store.db, id, patch, new Date().toISOString());
  // Progress rows are written one after another, and the last before the final state (never after it).
  let progressWrites: Promise<unknown> = Promise.resolve();
  const job = (async () => {
    try {
      await update({ status: 'running' });
      const report = await recomputeAll(store, {
        ...options,
        requestedBy,
        onProgress: (p) => {
          live.set(id, p);
          if (store.dialect === 'postgres')
            progressWrites = progressWrites.then(() => update({ status: 'running', progress: JSON.stringify(p) })).catch(() => {});
        },
      });
      await progressWrites;
      await update({ status: 'done', progress: JSON.stringify(live.get(id) ?? null), report: JSON.stringify(report) });
    } catch (error) {
      await progressWrites;
      await update({ status: 'failed', error: error instanceof Error ? error.message : String(error) }).catch(() => {});
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

export async function getJob(store: Store, id: number): Promise<ComputeJob | null> {
  const row = await readComputeJob(store.db, id);
  if (!row) return null;
  const progress = live.get(id) ?? (JSON.parse(row.progress) as RecomputeProgress | null);
  return { ...row, status: row.status as ComputeJob['status'], progress, report: row.report ? JSON.parse(row.report) : null };
}
