/**
 * GET /follow-ups (filters: plan, unit within, state, overdue) and GET /follow-ups/{id}. The server opens and closes
 * follow-ups from the targets' statuses before it lists them, and says which are overdue on its own today.
 */
import { useQuery } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import type { FollowUpQuery } from '@/lib/api/types';

export function useFollowUps(query: FollowUpQuery) {
  const api = useApi();
  return useQuery({
    queryKey: ['follow-ups', 'list', query],
    queryFn: () => data(api.GET('/api/v1/follow-ups', { params: { query } })),
    staleTime: 15_000,
  });
}

export function useFollowUp(id: number | null) {
  const api = useApi();
  return useQuery({
    queryKey: ['follow-ups', 'one', id],
    enabled: id !== null,
    queryFn: () => data(api.GET('/api/v1/follow-ups/{id}', { params: { path: { id: id! } } })),
  });
}
