/** GET /indicators/{code}: the definition — formula, elements behind it, the plans that target it. */
import { useQuery } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';

export function useIndicator(code: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['indicators', 'one', code],
    queryFn: () => data(api.GET('/api/v1/indicators/{code}', { params: { path: { code } } })),
    staleTime: 10 * 60_000,
    retry: false,
  });
}
