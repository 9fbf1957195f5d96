/**
 * A unit's parent chain on a date (nearest first, up to the country), read one GET /units/{code}?at= at a time from
 * the unit's parentCode: a commune of 2022 is three reads (district, province, Việt Nam).
 */
import { useQuery } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import type { Unit } from '@/lib/api/types';

/** Deeper than any tree the API holds (country, province, district, commune, village). */
const MAX_DEPTH = 6;

export function useUnitAncestors(parentCode: string | null | undefined, at: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['units', 'ancestors', parentCode, at],
    enabled: Boolean(parentCode),
    queryFn: async (): Promise<Unit[]> => {
      const chain: Unit[] = [];
      let code = parentCode ?? null;
      while (code && chain.length < MAX_DEPTH) {
        const unit = await data(api.GET('/api/v1/units/{code}', { params: { path: { code }, query: { at } } }));
        chain.push(unit);
        code = unit.parentCode;
      }
      return chain;
    },
    staleTime: 10 * 60_000,
  });
}
