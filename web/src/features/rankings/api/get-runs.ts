/**
 * GET /frameworks/{code}/editions/{edition}/runs for each edition of a framework: the runs (published for every
 * reader, drafts too for admins — the server decides), the latest period and revision first.
 */
import { useQueries } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import type { ScoreRunSummary } from '@/lib/api/types';

export function useEditionRuns(framework: string | null, editions: readonly string[]) {
  const api = useApi();
  return useQueries({
    queries: editions.map((edition) => ({
      queryKey: ['frameworks', framework, edition, 'runs'],
      enabled: framework !== null,
      queryFn: async (): Promise<ScoreRunSummary[]> =>
        (await data(api.GET('/api/v1/frameworks/{code}/editions/{edition}/runs', { params: { path: { code: framework!, edition } } }))).items,
      staleTime: 60_000,
    })),
  });
}
