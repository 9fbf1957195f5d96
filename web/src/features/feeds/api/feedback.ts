/**
 * Phản ánh hiện trường: GET /feedback/kpis (per unit, with the ranking), /feedback/points (the map),
 * /feedback/reports (a unit's queue), /feedback/reports/{id} (one report, its history), POST …/actions (a step),
 * and the public GET /public/feedback. The `feeds` family follows the live changes.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import type { View } from '@/lib/api/types';
import type { paths } from '@/lib/api/schema';

export type FeedbackActionBody = paths['/api/v1/feedback/reports/{id}/actions']['post']['requestBody']['content']['application/json'];

export function useFeedbackKpis(unit: string, period: string, view: View) {
  const api = useApi();
  return useQuery({
    queryKey: ['feeds', 'feedback-kpis', unit, period, view],
    queryFn: () => data(api.GET('/api/v1/feedback/kpis', { params: { query: { unit, period, view } } })),
  });
}

export function useFeedbackPoints(unit: string, period: string, view: View) {
  const api = useApi();
  return useQuery({
    queryKey: ['feeds', 'feedback-points', unit, period, view],
    queryFn: () => data(api.GET('/api/v1/feedback/points', { params: { query: { unit, period, view } } })),
  });
}

export function useFeedbackQueue(unit: string, period: string, view: View, overdue: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: ['feeds', 'feedback-queue', unit, period, view, overdue],
    queryFn: () => data(api.GET('/api/v1/feedback/reports', { params: { query: { unit, period, view, ...(overdue ? { overdue: true } : {}), limit: 15 } } })),
  });
}

export function useFeedbackReport(id: number) {
  const api = useApi();
  return useQuery({
    queryKey: ['feeds', 'feedback-report', id],
    queryFn: () => data(api.GET('/api/v1/feedback/reports/{id}', { params: { path: { id } } })),
  });
}

export function useFeedbackAction(id: number) {
  const api = useApi();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (body: FeedbackActionBody) => data(api.POST('/api/v1/feedback/reports/{id}/actions', { params: { path: { id } }, body })),
    onSuccess: () => void queries.invalidateQueries(),
  });
}

export function usePublicFeedback(offset: number) {
  const api = useApi();
  return useQuery({
    queryKey: ['feeds', 'public-feedback', offset],
    queryFn: () => data(api.GET('/api/v1/public/feedback', { params: { query: { limit: 20, offset } } })),
  });
}
