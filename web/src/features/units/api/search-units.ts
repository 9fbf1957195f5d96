/** GET /units?q=&at=: units whose names match every word, accent-insensitive ("dak nong" finds Đắk Nông). */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';

export const SEARCH_LIMIT = 50;

export function useUnitSearch(q: string, at: string) {
  const api = useApi();
  const text = q.trim();
  return useQuery({
    queryKey: ['units', 'search', text, at],
    queryFn: () => data(api.GET('/api/v1/units', { params: { query: { q: text, at, limit: SEARCH_LIMIT } } })),
    enabled: text.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 10 * 60_000,
  });
}
