/**
 * GET /units/{code}?at=: the version of a code in force on a date, trying each date given in turn (the was view
 * reads a period's last day, then its first, for a unit that ended within the period, as the API does); null when
 * none was in force on any of them.
 */
import { useQuery } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import type { Unit } from '@/lib/api/types';

export function useUnit(code: string, at: string, alsoAt?: string) {
  const api = useApi();
  const dates = alsoAt && alsoAt !== at ? [at, alsoAt] : [at];
  return useQuery({
    queryKey: ['units', 'one', code, ...dates],
    queryFn: async (): Promise<Unit | null> => {
      for (const date of dates) {
        const answer = await api.GET('/api/v1/units/{code}', { params: { path: { code }, query: { at: date } } });
        if (answer.response.status !== 404) return data(Promise.resolve(answer));
      }
      return null;
    },
    staleTime: 10 * 60_000,
  });
}
