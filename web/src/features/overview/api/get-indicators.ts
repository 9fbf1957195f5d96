/** GET /indicators: every indicator's definition (name, unit of measure, decimals) for the picker and the labels. */
import { useQuery } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';

export function useIndicators() {
  const api = useApi();
  return useQuery({
    queryKey: ['indicators', 'all'],
    queryFn: () => data(api.GET('/api/v1/indicators', { params: { query: { limit: 1000 } } })),
    staleTime: 10 * 60_000,
  });
}
