/**
 * The reporting forms (GET /datasets) and, for each, its coverage for a period within a unit
 * (GET /datasets/{code}/coverage?period=&within=): who reported on time, late, or not at all.
 */
import { useQueries, useQuery } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';

export function useDatasets() {
  const api = useApi();
  return useQuery({
    queryKey: ['datasets'],
    queryFn: () => data(api.GET('/api/v1/datasets')),
    staleTime: 10 * 60_000,
  });
}

export function useCoverages(requests: ReadonlyArray<{ dataset: string; period: string }>, within: string) {
  const api = useApi();
  return useQueries({
    queries: requests.map(({ dataset, period }) => ({
      queryKey: ['coverage', dataset, period, within],
      queryFn: () => data(api.GET('/api/v1/datasets/{code}/coverage', { params: { path: { code: dataset }, query: { period, within } } })),
      staleTime: 30_000,
      retry: false,
    })),
  });
}
