/**
 * The "Tạo báo cáo" screen's calls: the plans one may read (GET /plans), a plan's periods (its targets',
 * GET /plans/{code}), the report's preview (POST /reports/preview), starting a report (POST /reports) and
 * following its job (GET /reports/{id}, polled until done or failed).
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import type { ReportFormat } from '@/lib/api/types';

export interface ReportChoice {
  plan: string;
  unit: string;
  period: string;
}

export function useReadablePlans() {
  const api = useApi();
  return useQuery({
    queryKey: ['plans', 'all'],
    queryFn: () => data(api.GET('/api/v1/plans', { params: { query: { limit: 500 } } })),
    staleTime: 5 * 60_000,
  });
}

/**
 * The periods a report of the plan may cover, oldest first: each year of its span with its two halves (2023,
 * 2023S1, 2023S2), and every period it sets a target for.
 */
export function usePlanPeriods(code: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: ['plans', 'detail', code],
    queryFn: async () => {
      const plan = await data(api.GET('/api/v1/plans/{code}', { params: { path: { code: code! } } }));
      const periods = new Set(plan.groups.flatMap((g) => g.targets.map((t) => t.period)));
      const first = Number(plan.startPeriod?.slice(0, 4));
      const last = Number(plan.endPeriod?.slice(0, 4) ?? plan.startPeriod?.slice(0, 4));
      if (Number.isInteger(first) && Number.isInteger(last))
        for (let year = first; year <= last && year < first + 50; year++) for (const p of [`${year}`, `${year}S1`, `${year}S2`]) periods.add(p);
      return [...periods].sort();
    },
    enabled: code !== null,
    staleTime: 5 * 60_000,
  });
}

export function useReportPreview(choice: ReportChoice | null) {
  const api = useApi();
  return useQuery({
    queryKey: ['reports', 'preview', choice],
    queryFn: () => data(api.POST('/api/v1/reports/preview', { body: choice! })),
    enabled: choice !== null,
    staleTime: 60_000,
    retry: false,
  });
}

export function useStartReport() {
  const api = useApi();
  return useMutation({
    mutationFn: (request: ReportChoice & { format: ReportFormat }) => data(api.POST('/api/v1/reports', { body: request })),
  });
}

export function useReportJob(id: number | null) {
  const api = useApi();
  return useQuery({
    queryKey: ['reports', 'job', id],
    queryFn: () => data(api.GET('/api/v1/reports/{id}', { params: { path: { id: id! } } })),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data && ['done', 'failed'].includes(query.state.data.status) ? false : 700),
  });
}
