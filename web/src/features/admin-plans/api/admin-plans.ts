/**
 * The administrator's plan calls: every plan (GET /plans), one plan with its targets by group (GET /plans/{code}),
 * the provinces to copy to (GET /units?level=province), the indicators a target may name (GET /indicators), and
 * the writes — POST /plans, PUT /plans/{code}, POST /plans/{code}/copy — each refreshing every plan read after it.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';

type JsonBody<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type AdminPlan = JsonBody<paths['/api/v1/plans/{code}']['get']['responses'][200]>;
export type NewPlan = JsonBody<paths['/api/v1/plans']['post']['requestBody']>;
export type PlanBody = JsonBody<paths['/api/v1/plans/{code}']['put']['requestBody']>;
export type PlanTargetBody = NonNullable<PlanBody['targets']>[number];
export type CopyResult = JsonBody<paths['/api/v1/plans/{code}/copy']['post']['responses'][201]>;

export function useAllPlans() {
  const api = useApi();
  return useQuery({ queryKey: ['plans', 'admin', 'all'], queryFn: () => data(api.GET('/api/v1/plans', { params: { query: { limit: 1000 } } })) });
}

export function useAdminPlan(code: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: ['plans', 'admin', 'one', code],
    queryFn: () => data(api.GET('/api/v1/plans/{code}', { params: { path: { code: code! } } })),
    enabled: code !== null,
  });
}

/** The provinces in force on `at` (the first day of the plan's span), by name. */
export function useProvinces(at: string | undefined, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: ['units', 'provinces', at],
    queryFn: () => data(api.GET('/api/v1/units', { params: { query: { level: 'province', limit: 200, ...(at ? { at } : {}) } } })),
    enabled,
    staleTime: 10 * 60_000,
  });
}

export function useIndicatorChoices() {
  const api = useApi();
  return useQuery({
    queryKey: ['indicators', 'admin', 'all'],
    queryFn: () => data(api.GET('/api/v1/indicators', { params: { query: { limit: 1000 } } })),
    staleTime: 10 * 60_000,
  });
}

function useRefreshPlans() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['plans'] });
}

export function useCreatePlan() {
  const api = useApi();
  const refresh = useRefreshPlans();
  return useMutation({ mutationFn: (body: NewPlan) => data(api.POST('/api/v1/plans', { body })), onSuccess: refresh });
}

export function useUpdatePlan(code: string) {
  const api = useApi();
  const refresh = useRefreshPlans();
  return useMutation({
    mutationFn: (body: PlanBody) => data(api.PUT('/api/v1/plans/{code}', { params: { path: { code } }, body })),
    onSuccess: refresh,
  });
}

export function useCopyPlan(code: string) {
  const api = useApi();
  const refresh = useRefreshPlans();
  return useMutation({
    mutationFn: (body: { units: string[]; codePattern?: string }) => data(api.POST('/api/v1/plans/{code}/copy', { params: { path: { code } }, body })),
    onSuccess: refresh,
  });
}
