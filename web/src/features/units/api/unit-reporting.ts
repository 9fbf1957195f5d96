/** GET /units/{code}/reporting?from=&to=: the unit's reporting record per dataset and period. */
import { useQuery } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';

export function useUnitReporting(code: string, from: string, to: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['coverage', 'unit', code, from, to],
    queryFn: () => data(api.GET('/api/v1/units/{code}/reporting', { params: { path: { code }, query: { from, to } } })),
    staleTime: 30_000,
  });
}
