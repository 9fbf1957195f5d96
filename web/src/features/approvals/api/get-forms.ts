/**
 * GET /forms: the approval queue (the forms within the approver's units, oldest submission first when the state is
 * `submitted`), and GET /forms/{dataset}/{unit}/{period}: one form with its checks, comparisons and abilities.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import type { FormListQuery, FormRef } from './types';

/** The query keys the workflow actions invalidate (api/form-actions.ts). */
export const FORMS_KEY = ['forms'] as const;

export function useFormQueue(query: FormListQuery) {
  const api = useApi();
  return useQuery({
    queryKey: [...FORMS_KEY, 'list', query],
    queryFn: () => data(api.GET('/api/v1/forms', { params: { query } })),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });
}

export function useForm(ref: FormRef) {
  const api = useApi();
  return useQuery({
    queryKey: [...FORMS_KEY, 'one', ref.dataset, ref.unit, ref.period],
    queryFn: () => data(api.GET('/api/v1/forms/{dataset}/{unit}/{period}', { params: { path: ref } })),
    staleTime: 15_000,
    retry: false,
  });
}
