/**
 * POST /units/events (an event with its legal basis), POST /units/events/{id}/withdraw, GET /units/recompute-state
 * and POST /compute/recompute with its job: after a change every units query is read again.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';

export type UnitEventBody = paths['/api/v1/units/events']['post']['requestBody']['content']['application/json'];

export function useAddUnitEvent() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UnitEventBody) => data(api.POST('/api/v1/units/events', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['units'] }),
  });
}

export function useWithdrawUnitEvent() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => data(api.POST('/api/v1/units/events/{id}/withdraw', { params: { path: { id } }, body: {} })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['units'] }),
  });
}

export function useRecomputeState() {
  const api = useApi();
  return useQuery({ queryKey: ['units', 'recompute-state'], queryFn: () => data(api.GET('/api/v1/units/recompute-state')) });
}

export function useStartRecompute() {
  const api = useApi();
  return useMutation({ mutationFn: () => data(api.POST('/api/v1/compute/recompute')) });
}

export function useComputeJob(id: number | null) {
  const api = useApi();
  const client = useQueryClient();
  return useQuery({
    queryKey: ['compute-job', id],
    queryFn: async () => {
      const job = await data(api.GET('/api/v1/compute/jobs/{id}', { params: { path: { id: id! } } }));
      if (job.status === 'done' || job.status === 'failed') await client.invalidateQueries({ queryKey: ['units', 'recompute-state'] });
      return job;
    },
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data && ['done', 'failed'].includes(query.state.data.status) ? false : 1000),
  });
}
