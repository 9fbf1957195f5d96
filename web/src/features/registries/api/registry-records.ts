/** GET /registries/records: the records behind a figure derived from a registry (the drill-down), a page at a time, or all as CSV. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import type { RegistryRecordsPage, RegistryRecordsQuery } from '@/lib/api/types';
import { screenSearch, type ScreenParams } from '@/lib/screen-params';

export function useRegistryRecords(query: RegistryRecordsQuery) {
  const api = useApi();
  return useQuery({
    queryKey: ['registries', 'records', query],
    // The route also answers CSV (format=csv, a download link below); asked without it, the answer is the JSON page.
    queryFn: async () => (await data(api.GET('/api/v1/registries/records', { params: { query } }))) as RegistryRecordsPage,
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });
}

/** The whole list as CSV (UTF-8 with BOM, for Excel). */
export function registryRecordsCsvHref(element: string, params: ScreenParams): string {
  return `/api/v1/registries/records${screenSearch(params)}&element=${encodeURIComponent(element)}&format=csv`;
}
