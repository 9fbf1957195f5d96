/** GET /units?parent=&at=: the units directly under one, in the tree of that date. */
import { useQuery } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';

export const CHILDREN_LIMIT = 2000;

export function useChildUnits(parent: string, at: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['units', 'children', parent, at],
    queryFn: () => data(api.GET('/api/v1/units', { params: { query: { parent, at, limit: CHILDREN_LIMIT } } })),
    staleTime: 10 * 60_000,
  });
}
