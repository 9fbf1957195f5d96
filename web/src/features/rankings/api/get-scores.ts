/** GET /frameworks/{code}/editions/{edition}/scores?period=&revision=: one run's results (names of its main indices and pillars included). */
import { useQuery } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';

export function useScores(framework: string, edition: string, run: { period: string; revision: number } | null) {
  const api = useApi();
  return useQuery({
    queryKey: ['frameworks', framework, edition, 'scores', run?.period, run?.revision],
    enabled: run !== null,
    queryFn: () =>
      data(
        api.GET('/api/v1/frameworks/{code}/editions/{edition}/scores', {
          params: { path: { code: framework, edition }, query: { period: run!.period, revision: run!.revision } },
        }),
      ),
    staleTime: 60_000,
  });
}
