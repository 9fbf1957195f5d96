/**
 * Reads for the rankings screen and a unit page: the runs of an edition (published ones for every caller who may
 * read, drafts too for admins — the screen marks them "Bản nháp"), and a unit's published total, rank, rank change
 * and grade in each framework edition.
 */
import { can, type Actor } from '../../domain/access.ts';
import type { ScoreRun, UnitResult } from '../../domain/frameworks/run-types.ts';
import type { EditionDefinition } from '../../domain/frameworks/types.ts';
import { requireEdition } from '../../compute/scores/run-scores.ts';
import type { Store } from '../../store/db.ts';
import { listEditionRuns, unitPublishedResults } from '../../store/frameworks/published-runs.ts';
import { runDefinition } from '../../store/frameworks/score-runs.ts';
import { listFrameworks } from '../../store/frameworks/repo.ts';
import { authorize } from '../policy.ts';

export type RunSummary = ScoreRun & { units: number };

/** The runs of an edition, the latest period and revision first; drafts only for callers who may manage. */
export async function listScoreRuns(store: Store, actor: Actor, framework: string, edition: string): Promise<RunSummary[]> {
  authorize(actor, 'read');
  const stored = await requireEdition(store, framework, edition);
  return listEditionRuns(store.db, stored.id, { drafts: can(actor, 'manage') });
}

export interface UnitScore {
  framework: { code: string; name: string };
  edition: { edition: string; name: string };
  run: ScoreRun;
  result: UnitResult;
  /** How many units the ranking is among (the 63 of "27/63"). */
  rankedAmong: number;
  /** The edition as the run was made with (names of main indices and pillars). */
  definition: EditionDefinition;
}

/** The unit's result in the latest published revision of every (framework edition, level, period) that lists it. */
export async function unitScores(store: Store, actor: Actor, unitCode: string): Promise<UnitScore[]> {
  authorize(actor, 'read');
  const frameworks = new Map((await listFrameworks(store.db)).map((f) => [f.code, f]));
  const out: UnitScore[] = [];
  for (const { run, result, rankedAmong } of await unitPublishedResults(store.db, unitCode)) {
    const framework = frameworks.get(run.framework);
    const edition = framework?.editions.find((e) => e.edition === run.edition);
    out.push({
      framework: { code: run.framework, name: framework?.name ?? run.framework },
      edition: { edition: run.edition, name: edition?.name ?? run.edition },
      run,
      result,
      rankedAmong,
      definition: await runDefinition(store.db, run.id),
    });
  }
  return out;
}
