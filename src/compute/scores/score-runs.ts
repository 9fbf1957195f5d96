/** Publishing, reading and comparing score runs (the published ones are frozen: read, never recomputed). */
import type { Store } from '../../store/db.ts';
import { findRun, getRun, listRunResults, previousRevision, publishRun, runDefinition } from '../../store/frameworks/score-runs.ts';
import type { EditionDefinition } from '../../domain/frameworks/types.ts';
import { diffResults, type UnitDiff } from '../../domain/frameworks/run-diff.ts';
import type { ScoreRun, UnitResult } from '../../domain/frameworks/run-types.ts';
import { requireEdition } from './run-scores.ts';
import { appError } from '../../domain/errors.ts';

/** A run of this edition, or run_not_found (a run id of another edition is not found either). */
export async function requireRun(store: Store, framework: string, edition: string, id: number): Promise<ScoreRun> {
  await requireEdition(store, framework, edition);
  const run = await getRun(store.db, id);
  if (!run || run.framework !== framework || run.edition !== edition) throw appError('SCORE_RUN_NOT_FOUND', { reason: `Không có lượt chấm điểm ${id} của ${framework} ${edition} / unknown run` });
  return run;
}

export async function publishScoreRun(store: Store, framework: string, edition: string, id: number, by: string, now: Date = new Date()): Promise<ScoreRun> {
  const run = await requireRun(store, framework, edition, id);
  const published = await publishRun(store.db, run.id, by, now);
  if (!published) throw appError('INVALID_TRANSITION', { reason: `Lượt chấm điểm ${id} (lần ${run.revision}) đã công bố, không sửa được; chấm lại để tạo lần mới / already published (frozen)` });
  return published;
}

export interface ScoresAnswer {
  run: ScoreRun;
  results: UnitResult[];
  /** The edition as the run computed it (names of main indices and pillars). */
  definition: EditionDefinition;
}

/** The latest published revision for (edition, level, period), or the given revision. */
export async function getScores(store: Store, q: { framework: string; edition: string; level?: string; period: string; revision?: number }): Promise<ScoresAnswer> {
  const stored = await requireEdition(store, q.framework, q.edition);
  const level = q.level ?? stored.framework.level;
  const run = await findRun(store.db, { editionId: stored.id, level, period: q.period }, q.revision);
  if (!run) {
    const which = q.revision !== undefined ? `lần ${q.revision}` : 'đã công bố';
    throw appError('SCORE_RUN_NOT_FOUND', { reason: `Chưa có kết quả ${which} của ${q.framework} ${q.edition}, cấp ${level}, kỳ ${q.period} / no such run` });
  }
  return { run, results: await listRunResults(store.db, run.id), definition: await runDefinition(store.db, run.id) };
}

export interface RunDiff {
  run: ScoreRun;
  /** The revision compared against; null for revision 1 (every unit is then 'added'). */
  previous: ScoreRun | null;
  units: UnitDiff[];
}

export async function diffScoreRun(store: Store, framework: string, edition: string, id: number): Promise<RunDiff> {
  const run = await requireRun(store, framework, edition, id);
  const previous = await previousRevision(store.db, run);
  const before = previous ? await listRunResults(store.db, previous.id) : [];
  return { run, previous, units: diffResults(before, await listRunResults(store.db, run.id)) };
}
