/** GET /geo/boundaries?parent=: the boundaries of a unit's children on a date, for the choropleth. */
import { useQuery } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import type { BoundaryDetail } from '@/lib/api/types';

export function useChildBoundaries(parent: string, at: string, detail: BoundaryDetail) {
  const api = useApi();
  return useQuery({
    queryKey: ['geo', 'children', parent, at, detail],
    queryFn: () => data(api.GET('/api/v1/geo/boundaries', { params: { query: { parent, at, detail } } })),
    staleTime: 60 * 60_000,
  });
}
