/**
 * The administrators' calls for the report's sentence templates: every kind with its default and the wording in
 * use (GET /report-templates), a rewording (PUT /report-templates/{key}; 422 REPORT_TEMPLATE_INVALID naming an
 * unknown placeholder) and the reset to the default (DELETE …/{key}). Each write refreshes the list and drops the
 * report previews, which are worded from these templates.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
export type ReportTemplate = Json<paths['/api/v1/report-templates']['get']['responses'][200]>['items'][number];

const KEY = ['report-templates'] as const;

export function useReportTemplates() {
  const api = useApi();
  return useQuery({
    queryKey: KEY,
    queryFn: async () => (await data(api.GET('/api/v1/report-templates'))).items,
  });
}

function useRefresh() {
  const client = useQueryClient();
  return async () => {
    await client.invalidateQueries({ queryKey: KEY });
    await client.invalidateQueries({ queryKey: ['reports', 'preview'] });
  };
}

export function useSaveReportTemplate() {
  const api = useApi();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ key, text }: { key: string; text: string }) =>
      data(api.PUT('/api/v1/report-templates/{key}', { params: { path: { key } }, body: { text } })),
    onSuccess: refresh,
  });
}

export function useResetReportTemplate() {
  const api = useApi();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (key: string) => data(api.DELETE('/api/v1/report-templates/{key}', { params: { path: { key } } })),
    onSuccess: refresh,
  });
}
