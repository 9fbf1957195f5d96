/**
 * The tasks registry and the notification centre from the API: GET /tasks, /tasks/due, /tasks/{id}, the task's
 * steps (each answers the task as it now is), GET /notifications (+ unread count for the bell), mark read.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';

export type Task = paths['/api/v1/tasks/{id}']['get']['responses'][200]['content']['application/json'];
export type TaskStatus = Task['status'];
export const TASK_STATUSES: readonly TaskStatus[] = ['not_started', 'in_progress', 'completed', 'paused', 'overdue'];

async function fetchTask(api: ReturnType<typeof useApi>, id: number): Promise<Task> {
  return data(api.GET('/api/v1/tasks/{id}', { params: { path: { id } } }));
}

export function useTasks(query: { plan?: string; unit?: string; status?: TaskStatus; limit?: number }) {
  const api = useApi();
  return useQuery({ queryKey: ['tasks', 'list', query], queryFn: () => data(api.GET('/api/v1/tasks', { params: { query } })) });
}

export function useDueTasks(unit?: string) {
  const api = useApi();
  const query = { limit: 5, ...(unit ? { unit } : {}) };
  return useQuery({ queryKey: ['tasks', 'due', query], queryFn: () => data(api.GET('/api/v1/tasks/due', { params: { query } })) });
}

export function useTask(id: number) {
  const api = useApi();
  return useQuery({ queryKey: ['tasks', 'one', id], queryFn: () => fetchTask(api, id) });
}

export type TaskStep =
  | { step: 'progress'; percent: number; content: string }
  | { step: 'complete'; completedOn: string; evidence: string }
  | { step: 'start' | 'resume' | 'reopen' }
  | { step: 'pause'; reason: string };

export function useTaskStep(id: number) {
  const api = useApi();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (input: TaskStep): Promise<Task> => {
      const path = { id };
      if (input.step === 'progress')
        return data(api.POST('/api/v1/tasks/{id}/progress', { params: { path }, body: { percent: input.percent, content: input.content } }));
      if (input.step === 'complete')
        return data(
          api.POST('/api/v1/tasks/{id}/complete', {
            params: { path },
            body: { completedOn: input.completedOn, evidence: [{ kind: 'document', number: input.evidence }] },
          }),
        );
      const body = input.step === 'pause' ? { reason: input.reason } : {};
      return data(api.POST('/api/v1/tasks/{id}/{action}', { params: { path: { id, action: input.step } }, body }));
    },
    onSuccess: (task) => {
      queries.setQueryData(['tasks', 'one', id], task);
      void queries.invalidateQueries({ queryKey: ['tasks', 'list'] });
      void queries.invalidateQueries({ queryKey: ['tasks', 'due'] });
    },
  });
}

export function useUnreadCount(enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: ['notifications', 'unread'],
    queryFn: () => data(api.GET('/api/v1/notifications/unread-count')),
    enabled,
    refetchInterval: 60_000,
  });
}

export function useNotifications() {
  const api = useApi();
  return useQuery({ queryKey: ['notifications', 'list'], queryFn: () => data(api.GET('/api/v1/notifications', { params: { query: { limit: 100 } } })) });
}

export function useMarkRead() {
  const api = useApi();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (id: number | null) =>
      id === null ? data(api.POST('/api/v1/notifications/read-all')) : data(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => void queries.invalidateQueries({ queryKey: ['notifications'] }),
  });
}
