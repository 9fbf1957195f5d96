/** GET /analytics: one indicator for one unit and period, in the was or now view (value, its parts, coverage, target). */
import { useQuery } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import type { AnalyticsQuery } from '@/lib/api/types';

export function useAnalytics(query: AnalyticsQuery) {
  const api = useApi();
  return useQuery({
    queryKey: ['analytics', query],
    queryFn: () => data(api.GET('/api/v1/analytics', { params: { query } })),
    staleTime: 30_000,
  });
}
