/** The unit an administrator looks at: GET /units?q=&at= to find it, GET /units/{code}/lineage for its versions and events. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';

export function useUnitFinder(q: string, at: string) {
  const api = useApi();
  const text = q.trim();
  return useQuery({
    queryKey: ['units', 'admin-search', text, at],
    queryFn: () => data(api.GET('/api/v1/units', { params: { query: { q: text, at, limit: 20 } } })),
    enabled: text.length > 0,
    placeholderData: keepPreviousData,
  });
}

export function useUnitHistory(code: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: ['units', 'admin-lineage', code],
    queryFn: () => data(api.GET('/api/v1/units/{code}/lineage', { params: { path: { code: code! } } })),
    enabled: code !== null,
  });
}
