/**
 * One import (GET /imports/{id}) — polled every 500 ms while it is being read or committed, so the commit's progress
 * bar moves — and its commit (POST /imports/{id}/commit), after which the import and its result are fetched again.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';

export const importKey = (id: string) => ['imports', id] as const;

export function useImport(id: string | null, polling = false) {
  const api = useApi();
  return useQuery({
    queryKey: importKey(id ?? ''),
    queryFn: () => data(api.GET('/api/v1/imports/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: id !== null,
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return polling || status === 'reading' || status === 'committing' ? 500 : false;
    },
  });
}

export function useCommitImport(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => data(api.POST('/api/v1/imports/{id}/commit', { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: importKey(id) }),
  });
}
