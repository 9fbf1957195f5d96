/**
 * A unit's published score and rank in each framework edition: GET /units/{code}/scores — the latest published
 * revision of every edition that lists the unit, with how many units it ranks. Newest period first.
 */
import { useQuery } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import type { UnitScoreEntry } from '@/lib/api/types';

export type UnitScore = UnitScoreEntry;

export function useUnitScores(code: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['scores', 'unit', code],
    queryFn: async (): Promise<UnitScore[]> => (await data(api.GET('/api/v1/units/{code}/scores', { params: { path: { code } } }))).items,
    staleTime: 5 * 60_000,
  });
}
