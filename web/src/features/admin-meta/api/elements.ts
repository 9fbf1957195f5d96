/**
 * The administrators' data elements: GET /data-elements?q= (accent-insensitive, the server's search) and
 * PUT /data-elements/{code} (create or replace; 422 names each field with a problem).
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import type { DataElementBody } from './types';

export function useDataElements(q: string) {
  const api = useApi();
  const text = q.trim();
  return useQuery({
    queryKey: ['admin-meta', 'elements', text],
    queryFn: () => data(api.GET('/api/v1/data-elements', { params: { query: { ...(text ? { q: text } : {}), limit: 1000 } } })),
    placeholderData: keepPreviousData,
  });
}

export function useSaveDataElement() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ code, body }: { code: string; body: DataElementBody }) =>
      data(api.PUT('/api/v1/data-elements/{code}', { params: { path: { code } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin-meta', 'elements'] }),
  });
}
