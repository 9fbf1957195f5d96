/** GET /frameworks: the scoring frameworks and their editions (for the edition picker). */
import { useQuery } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';

export function useFrameworks() {
  const api = useApi();
  return useQuery({
    queryKey: ['frameworks'],
    queryFn: () => data(api.GET('/api/v1/frameworks')),
    staleTime: 10 * 60_000,
  });
}
