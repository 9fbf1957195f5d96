/** compute_jobs rows: a job's kind, state, progress and report (JSON texts), for the one job runner compute/jobs/job-runner.ts. */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { ComputeJobsTable } from './schema.ts';

export type ComputeJobRow = Selectable<ComputeJobsTable>;

export interface ComputeJobPatch {
  status: string;
  progress?: string;
  report?: string;
  error?: string;
}

/** A new job, queued; returns its id. */
export async function insertComputeJob(db: Kysely<Database>, kind: string, requestedBy: string | null, at: string): Promise<number> {
  const { id } = await db
    .insertInto('computeJobs')
    .values({ kind, status: 'queued', progress: 'null', report: null, error: null, requestedBy, createdAt: at, updatedAt: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateComputeJob(db: Kysely<Database>, id: number, patch: ComputeJobPatch, at: string): Promise<void> {
  await db
    .updateTable('computeJobs')
    .set({ ...patch, updatedAt: at })
    .where('id', '=', id)
    .execute();
}

export async function readComputeJob(db: Kysely<Database>, id: number): Promise<ComputeJobRow | null> {
  return (await db.selectFrom('computeJobs').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}
