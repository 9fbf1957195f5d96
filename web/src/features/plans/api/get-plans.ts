/** GET /plans?unit=&from=&to=: the plans of a unit whose span overlaps a period (those the user may read). */
import { useQuery } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';

export function usePlansOf(unit: string, period: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['plans', 'of', unit, period],
    queryFn: () => data(api.GET('/api/v1/plans', { params: { query: { unit, from: period, to: period, limit: 50 } } })),
    staleTime: 5 * 60_000,
  });
}
