/**
 * GET /scopes/review (scopes whose unit version has ended), and the lineage of a reviewed code
 * (GET /units/{code}/lineage): the successors in force that a scope can be moved to.
 */
import { useQuery } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import { ADMIN_KEY, type ScopeReview, type UnitLineage } from './types';

export function useScopeReview() {
  const api = useApi();
  return useQuery({
    queryKey: [...ADMIN_KEY, 'review'],
    queryFn: (): Promise<ScopeReview> => data(api.GET('/api/v1/scopes/review')),
  });
}

export function useLineage(code: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['units', 'lineage', code],
    queryFn: async (): Promise<UnitLineage | null> => {
      const answer = await api.GET('/api/v1/units/{code}/lineage', { params: { path: { code } } });
      if (answer.response.status === 404) return null;
      return data(Promise.resolve(answer));
    },
    staleTime: 10 * 60_000,
  });
}
