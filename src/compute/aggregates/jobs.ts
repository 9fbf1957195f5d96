/**
 * Recompute jobs: the full recompute run through the one job runner (compute/jobs/job-runner.ts), its state in
 * compute_jobs, its progress the recompute's steps and its report the RecomputeReport.
 */
import type { Store } from '../../store/db.ts';
import { getJob, startJob, waitForJob, type Job } from '../jobs/job-runner.ts';
import { recomputeAll, type RecomputeReport } from './recompute.ts';

export type ComputeJob = Job;
export { getJob, waitForJob };

export const RECOMPUTE_JOB = 'recompute';

export function startRecomputeJob(store: Store, requestedBy: string | null, options: { today?: string } = {}): Promise<number> {
  return startJob<RecomputeReport>(store, {
    kind: RECOMPUTE_JOB,
    requestedBy,
    run: (onProgress) => recomputeAll(store, { ...options, requestedBy, onProgress }),
  });
}
