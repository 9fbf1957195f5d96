/**
 * The administrators' indicators: the list (GET /indicators?q=), one to edit (GET /indicators/{code}), the save
 * (PUT /indicators/{code}) and the formula editor's check (POST /indicators/formula-check), asked again whenever
 * the debounced formula, unit or period change; the previous answer stays on screen while the next one comes.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import type { FormulaCheckBody, IndicatorBody } from './types';

export function useIndicatorList(q: string) {
  const api = useApi();
  const text = q.trim();
  return useQuery({
    queryKey: ['admin-meta', 'indicators', text],
    queryFn: () => data(api.GET('/api/v1/indicators', { params: { query: { ...(text ? { q: text } : {}), limit: 1000 } } })),
    placeholderData: keepPreviousData,
  });
}

export function useIndicatorToEdit(code: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: ['admin-meta', 'indicator', code],
    enabled: code !== null,
    queryFn: () => data(api.GET('/api/v1/indicators/{code}', { params: { path: { code: code! } } })),
  });
}

export function useSaveIndicator() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ code, body }: { code: string; body: IndicatorBody }) => data(api.PUT('/api/v1/indicators/{code}', { params: { path: { code } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin-meta'] }),
  });
}

export function useFormulaCheck(body: FormulaCheckBody | null) {
  const api = useApi();
  return useQuery({
    queryKey: ['admin-meta', 'formula-check', body],
    enabled: body !== null && body.numerator.trim() !== '',
    queryFn: () => data(api.POST('/api/v1/indicators/formula-check', { body: body! })),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
