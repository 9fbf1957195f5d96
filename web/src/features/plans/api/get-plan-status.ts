/**
 * GET /plans/{code}/status?asOf= and GET /indicators?plan=: every target of a plan with its value, status and gap
 * as of a day, the summary by group, and the names of the plan's indicators (read together: the block shows names,
 * not codes). `asOf` is the day after the screen period ended (today while it runs): the first half of 2022 is
 * shown as progress toward the year's targets with the projection, not as a closed year.
 */
import { useQuery } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';

export function usePlanStatus(code: string | null, asOf: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['plans', 'status', code, asOf],
    enabled: code !== null,
    queryFn: async () => {
      const path = { code: code! };
      const [status, indicators] = await Promise.all([
        data(api.GET('/api/v1/plans/{code}/status', { params: { path, query: { asOf } } })),
        data(api.GET('/api/v1/indicators', { params: { query: { plan: code!, limit: 500 } } })),
      ]);
      return { status, indicators: new Map(indicators.items.map((i) => [i.code, i])) };
    },
    staleTime: 30_000,
  });
}
