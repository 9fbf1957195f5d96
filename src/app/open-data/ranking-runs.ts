/**
 * The runs a ranking publication shows: of a framework edition's period, the latest PUBLISHED revision of each level
 * (a draft run is never read here, whatever the caller).
 */
import type { ScoreRun } from '../../domain/frameworks/run-types.ts';
import { requireEdition } from '../../compute/scores/run-scores.ts';
import type { Store } from '../../store/db.ts';
import { listEditionRuns } from '../../store/frameworks/published-runs.ts';

export async function publishedEditionRuns(store: Store, framework: string, edition: string, period: string): Promise<ScoreRun[]> {
  const stored = await requireEdition(store, framework, edition);
  const runs = await listEditionRuns(store.db, stored.id, { drafts: false });
  const latest = new Map<string, ScoreRun>();
  for (const run of runs) {
    if (run.status !== 'published' || run.period !== period) continue;
    const seen = latest.get(run.level);
    if (!seen || seen.revision < run.revision) latest.set(run.level, run);
  }
  return [...latest.values()].sort((a, b) => (a.level < b.level ? -1 : a.level > b.level ? 1 : 0));
}
