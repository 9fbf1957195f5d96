/**
 * The administrator's framework calls: an edition's tree (GET /frameworks/{code}/editions/{edition}), its runs
 * (GET …/runs, drafts included for admins), computing a draft (POST …/runs) and publishing a run
 * (POST …/runs/{id}/publish); each write refreshes the runs, scores and diffs read after it.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';

type DraftBody = NonNullable<paths['/api/v1/frameworks/{code}/editions/{edition}/runs']['post']['requestBody']>['content']['application/json'];
export type RunLevel = NonNullable<DraftBody['level']>;

export function useEditionTree(framework: string | null, edition: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: ['frameworks', framework, edition, 'tree'],
    enabled: framework !== null && edition !== null,
    queryFn: () => data(api.GET('/api/v1/frameworks/{code}/editions/{edition}', { params: { path: { code: framework!, edition: edition! } } })),
    staleTime: 10 * 60_000,
  });
}

export function useRuns(framework: string | null, edition: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: ['frameworks', framework, edition, 'runs'],
    enabled: framework !== null && edition !== null,
    queryFn: async () =>
      (await data(api.GET('/api/v1/frameworks/{code}/editions/{edition}/runs', { params: { path: { code: framework!, edition: edition! } } }))).items,
  });
}

function useRefresh(framework: string, edition: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['frameworks', framework, edition] });
}

export function useComputeDraft(framework: string, edition: string) {
  const api = useApi();
  const refresh = useRefresh(framework, edition);
  return useMutation({
    mutationFn: (body: { period: string; level?: RunLevel }) =>
      data(api.POST('/api/v1/frameworks/{code}/editions/{edition}/runs', { params: { path: { code: framework, edition } }, body })),
    onSuccess: refresh,
  });
}

export function usePublishRun(framework: string, edition: string) {
  const api = useApi();
  const refresh = useRefresh(framework, edition);
  return useMutation({
    mutationFn: (id: number) =>
      data(api.POST('/api/v1/frameworks/{code}/editions/{edition}/runs/{id}/publish', { params: { path: { code: framework, edition, id } } })),
    onSuccess: refresh,
  });
}
