/** GET /units/{code}?at=: the version of a code in force on a date (null when none was). */
import { useQuery } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import type { Unit } from '@/lib/api/types';

export function useUnit(code: string, at: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['units', 'one', code, at],
    queryFn: async (): Promise<Unit | null> => {
      const answer = await api.GET('/api/v1/units/{code}', { params: { path: { code }, query: { at } } });
      if (answer.response.status === 404) return null;
      return data(Promise.resolve(answer));
    },
    staleTime: 10 * 60_000,
  });
}
