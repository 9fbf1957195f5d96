/** GET /data-values/history: every version of one value (who, when, from where, evidence) and its audit events. */
import { useQuery } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';

export function useValueHistory(dataElement: string, unit: string, period: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['analytics', 'history', dataElement, unit, period],
    queryFn: () => data(api.GET('/api/v1/data-values/history', { params: { query: { dataElement, unit, period } } })),
    retry: false,
  });
}
