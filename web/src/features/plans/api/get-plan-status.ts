/**
 * GET /plans/{code}/status and GET /indicators?plan=: every target of a plan with its value, status and gap, the
 * summary by group, and the names of the plan's indicators (read together: the block shows names, not codes).
 */
import { useQuery } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';

export function usePlanStatus(code: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: ['plans', 'status', code],
    enabled: code !== null,
    queryFn: async () => {
      const path = { code: code! };
      const [status, indicators] = await Promise.all([
        data(api.GET('/api/v1/plans/{code}/status', { params: { path } })),
        data(api.GET('/api/v1/indicators', { params: { query: { plan: code!, limit: 500 } } })),
      ]);
      return { status, indicators: new Map(indicators.items.map((i) => [i.code, i])) };
    },
    staleTime: 30_000,
  });
}
