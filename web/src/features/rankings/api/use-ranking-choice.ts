/**
 * Which framework, edition and run a rankings view shows: those asked for (the URL's ?framework=&edition=&run=)
 * when they exist, else the province-level framework first, the newest edition with a run, and its latest
 * published run (a draft only when asked for by id — drafts reach admins only, the server decides).
 */
import { useFrameworks } from './get-frameworks';
import { useEditionRuns } from './get-runs';
import type { FrameworkSummary, ScoreRunSummary } from '@/lib/api/types';

export interface RankingAsk {
  framework?: string | null;
  edition?: string | null;
  run?: number | null;
}

export function useRankingChoice(ask: RankingAsk = {}) {
  const frameworks = useFrameworks();
  const list = frameworks.data?.items ?? [];
  const framework: FrameworkSummary | undefined = list.find((f) => f.code === ask.framework) ?? list.find((f) => f.level === 'province') ?? list[0];
  const editions = [...(framework?.editions ?? [])].map((e) => e.edition).sort((a, b) => b.localeCompare(a));
  const runQueries = useEditionRuns(framework?.code ?? null, editions);
  const runsOf = new Map(editions.map((e, i) => [e, runQueries[i]?.data ?? []]));
  const runsPending = runQueries.some((q) => q.isPending);
  const runsError = runQueries.find((q) => q.isError)?.error ?? null;
  const newestWithRun =
    editions.find((e) => (runsOf.get(e) ?? []).some((r) => r.status === 'published')) ?? editions.find((e) => (runsOf.get(e) ?? []).length > 0);
  const edition = editions.includes(ask.edition ?? '') ? ask.edition! : (newestWithRun ?? editions[0] ?? null);
  const runs: ScoreRunSummary[] = edition ? (runsOf.get(edition) ?? []) : [];
  const run = runs.find((r) => r.id === ask.run) ?? runs.find((r) => r.status === 'published') ?? runs[0] ?? null;
  return {
    frameworks,
    framework: framework ?? null,
    editions,
    edition,
    editionInfo: framework?.editions.find((e) => e.edition === edition) ?? null,
    runs,
    run,
    pending: frameworks.isPending || runsPending,
    error: frameworks.error ?? runsError,
    refetch: () => {
      void frameworks.refetch();
      runQueries.forEach((q) => void q.refetch());
    },
  };
}
