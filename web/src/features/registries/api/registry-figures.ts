/** GET /registries/figures: a unit's figures from the programme registries (tasks, DX products, teams) for a period. */
import { useQuery } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import type { View } from '@/lib/api/types';

export function useRegistryFigures(unit: string, period: string, view: View) {
  const api = useApi();
  return useQuery({
    queryKey: ['registries', 'figures', unit, period, view],
    queryFn: () => data(api.GET('/api/v1/registries/figures', { params: { query: { unit, period, view } } })),
    staleTime: 15_000,
  });
}
