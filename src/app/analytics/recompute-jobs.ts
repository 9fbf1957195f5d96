/**
 * The full recompute, for admins (the `manage` ability): as a job (it runs in this process,
 * compute/aggregates/jobs.ts, through the one job runner) whose state can be read, or in the foreground (`dx-ioc recompute`); and the
 * recompute a start runs when the aggregates need it (a migration flagged them, or the closure leaves units out).
 */
import type { Actor } from '../../domain/access.ts';
import { appError } from '../../domain/errors.ts';
import type { Store } from '../../store/db.ts';
import { getJob, RECOMPUTE_JOB, startRecomputeJob, type ComputeJob } from '../../compute/aggregates/jobs.ts';
import { recomputeAll, recomputeIfRequired, type RecomputeOptions, type RecomputeReport } from '../../compute/aggregates/recompute.ts';
import { authorizeAction } from './unit-access.ts';

export type { ComputeJob, RecomputeOptions, RecomputeReport };

/** Queues a recompute recorded as requested by the actor; its job id. */
export async function startRecompute(store: Store, actor: Actor): Promise<number> {
  authorizeAction(actor, 'manage');
  return startRecomputeJob(store, actor.name);
}

/** A recompute job's state; AppError JOB_NOT_FOUND for an unknown id or another kind of job (a report's). */
export async function recomputeJob(store: Store, id: number, actor: Actor): Promise<ComputeJob> {
  authorizeAction(actor, 'manage');
  const job = await getJob(store, id);
  if (!job || job.kind !== RECOMPUTE_JOB) throw appError('JOB_NOT_FOUND', { id });
  return job;
}

/** Rebuilds every aggregate now, in one transaction (after a formula, tree or framework change); its report. */
export async function recomputeNow(store: Store, actor: Actor, options: RecomputeOptions = {}): Promise<RecomputeReport> {
  authorizeAction(actor, 'manage');
  return recomputeAll(store, { requestedBy: actor.name, ...options });
}

/**
 * At the start of `serve` and of every CLI command (the system, no actor): recomputes when a migration flagged
 * the aggregates or the stored closure does not cover every unit; null when nothing was needed.
 */
export function recomputeAtStart(store: Store, options: RecomputeOptions = {}): Promise<(RecomputeReport & { reason: string }) | null> {
  return recomputeIfRequired(store, options);
}
