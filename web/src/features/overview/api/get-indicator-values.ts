/**
 * GET /analytics for several indicators of one unit and period (one request each, as the figure reads one; the
 * same cache entries, so the live updates refresh them too).
 */
import { useQueries } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import type { AnalyticsQuery, View } from '@/lib/api/types';

export function useIndicatorValues(indicators: readonly string[], unit: string, period: string, view: View) {
  const api = useApi();
  return useQueries({
    queries: indicators.map((indicator) => {
      const query: AnalyticsQuery = { indicator, unit, period, view, breakdown: 'none' };
      return {
        queryKey: ['analytics', query],
        queryFn: () => data(api.GET('/api/v1/analytics', { params: { query } })),
        staleTime: 30_000,
      };
    }),
  });
}
