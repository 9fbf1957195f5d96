/**
 * Score runs as use cases: compute a draft (admins), publish it (admins; frozen from then on: read, never
 * recomputed), read a run's results and compare a revision with the one before. Drafts are for admins; a
 * published run is for every caller who may read.
 */
import type { Actor } from '../../domain/access.ts';
import { appError } from '../../domain/errors.ts';
import type { EditionDefinition } from '../../domain/frameworks/types.ts';
import { diffResults, type UnitDiff } from '../../domain/frameworks/run-diff.ts';
import type { ScoreRun, UnitResult } from '../../domain/frameworks/run-types.ts';
import { requireEdition, runScores, type RunScoresInput } from '../../compute/scores/run-scores.ts';
import type { Store } from '../../store/db.ts';
import { findRun, getRun, listRunResults, previousRevision, publishRun, runDefinition } from '../../store/frameworks/score-runs.ts';
import { authorize } from '../policy.ts';

export interface ScoresAnswer {
  run: ScoreRun;
  results: UnitResult[];
  /** The edition as the run computed it (names of main indices and pillars). */
  definition: EditionDefinition;
}

export interface RunDiff {
  run: ScoreRun;
  /** The revision compared against; null for revision 1 (every unit is then 'added'). */
  previous: ScoreRun | null;
  units: UnitDiff[];
}

/** Drafts are read by admins only. */
function mayRead(actor: Actor, run: ScoreRun): void {
  if (run.status !== 'published') authorize(actor, 'manage');
}

/** A run of this edition, or SCORE_RUN_NOT_FOUND (a run id of another edition is not found either). */
async function requireRun(store: Store, framework: string, edition: string, id: number): Promise<ScoreRun> {
  await requireEdition(store, framework, edition);
  const run = await getRun(store.db, id);
  if (!run || run.framework !== framework || run.edition !== edition)
    throw appError('SCORE_RUN_NOT_FOUND', { reason: `Không có lượt chấm điểm ${id} của ${framework} ${edition} / unknown run` });
  return run;
}

/** Computes a draft run (over the current draft, or as the next revision after a published one); admins only. */
export async function runScoreRun(store: Store, actor: Actor, input: Omit<RunScoresInput, 'createdBy'>, now: Date = new Date()): Promise<ScoresAnswer> {
  authorize(actor, 'manage');
  const { run, results } = await runScores(store, { ...input, createdBy: actor.name }, now);
  const { edition: definition } = await requireEdition(store, input.framework, input.edition);
  return { run, results, definition };
}

export async function publishScoreRun(store: Store, actor: Actor, framework: string, edition: string, id: number, now: Date = new Date()): Promise<ScoreRun> {
  authorize(actor, 'manage');
  const run = await requireRun(store, framework, edition, id);
  const published = await publishRun(store.db, run.id, actor.name, now);
  if (!published)
    throw appError('INVALID_TRANSITION', {
      reason: `Lượt chấm điểm ${id} (lần ${run.revision}) đã công bố, không sửa được; chấm lại để tạo lần mới / already published (frozen)`,
    });
  return published;
}

/** The latest published revision for (edition, level, period), or the given revision. */
export async function getScores(
  store: Store,
  actor: Actor,
  q: { framework: string; edition: string; level?: string; period: string; revision?: number },
): Promise<ScoresAnswer> {
  const stored = await requireEdition(store, q.framework, q.edition);
  const level = q.level ?? stored.framework.level;
  const run = await findRun(store.db, { editionId: stored.id, level, period: q.period }, q.revision);
  if (!run) {
    const which = q.revision !== undefined ? `lần ${q.revision}` : 'đã công bố';
    throw appError('SCORE_RUN_NOT_FOUND', { reason: `Chưa có kết quả ${which} của ${q.framework} ${q.edition}, cấp ${level}, kỳ ${q.period} / no such run` });
  }
  mayRead(actor, run);
  return { run, results: await listRunResults(store.db, run.id), definition: await runDefinition(store.db, run.id) };
}

export async function diffScoreRun(store: Store, actor: Actor, framework: string, edition: string, id: number): Promise<RunDiff> {
  const run = await requireRun(store, framework, edition, id);
  mayRead(actor, run);
  const previous = await previousRevision(store.db, run);
  const before = previous ? await listRunResults(store.db, previous.id) : [];
  return { run, previous, units: diffResults(before, await listRunResults(store.db, run.id)) };
}
