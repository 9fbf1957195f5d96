/**
 * The full recompute as a job, for admins (the `manage` ability): start one (it runs in this process,
 * compute/aggregates/jobs.ts) and read its state. `dx-ioc recompute` runs the same recompute in the foreground.
 */
import type { Actor } from '../../domain/access.ts';
import { appError } from '../../domain/errors.ts';
import type { Store } from '../../store/db.ts';
import { getJob, startRecomputeJob, type ComputeJob } from '../../compute/aggregates/jobs.ts';
import { authorizeAction } from './unit-access.ts';

export type { ComputeJob };

/** Queues a recompute recorded as requested by the actor; its job id. */
export async function startRecompute(store: Store, actor: Actor): Promise<number> {
  authorizeAction(actor, 'manage');
  return startRecomputeJob(store, actor.name);
}

/** A job's state; AppError JOB_NOT_FOUND for an unknown id. */
export async function recomputeJob(store: Store, id: number, actor: Actor): Promise<ComputeJob> {
  authorizeAction(actor, 'manage');
  const job = await getJob(store, id);
  if (!job) throw appError('JOB_NOT_FOUND', { id });
  return job;
}
