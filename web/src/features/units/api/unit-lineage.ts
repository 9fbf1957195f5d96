/** GET /units/{code}/lineage: what each version of a code came from and went into (the 2025 reform and earlier). */
import { useQuery } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import type { UnitLineage } from '@/lib/api/types';

export function useUnitLineage(code: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['units', 'lineage', code],
    queryFn: async (): Promise<UnitLineage | null> => {
      const answer = await api.GET('/api/v1/units/{code}/lineage', { params: { path: { code } } });
      if (answer.response.status === 404) return null;
      return data(Promise.resolve(answer));
    },
    staleTime: 10 * 60_000,
  });
}
