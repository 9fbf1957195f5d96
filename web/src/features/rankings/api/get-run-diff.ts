/** GET /frameworks/{code}/editions/{edition}/runs/{id}/diff: what changed against the revision before. */
import { useQuery } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';

export function useRunDiff(framework: string, edition: string, id: number | null) {
  const api = useApi();
  return useQuery({
    queryKey: ['frameworks', framework, edition, 'diff', id],
    enabled: id !== null,
    queryFn: () => data(api.GET('/api/v1/frameworks/{code}/editions/{edition}/runs/{id}/diff', { params: { path: { code: framework, edition, id: id! } } })),
    staleTime: 60_000,
  });
}
