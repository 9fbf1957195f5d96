/** GET /registries/records: the records behind a figure derived from a registry (the drill-down), a page at a time. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import type { RegistryRecordsQuery } from '@/lib/api/types';

export function useRegistryRecords(query: RegistryRecordsQuery) {
  const api = useApi();
  return useQuery({
    queryKey: ['registries', 'records', query],
    queryFn: () => data(api.GET('/api/v1/registries/records', { params: { query } })),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });
}
