/**
 * Tổ công nghệ số cộng đồng: GET /teams (a unit's counts, coverage and communes on a day), /teams/{id} (a team,
 * no names), /teams/{id}/members (personal data: asked only when the team says the caller may read it; every read is
 * audited by the server), POST /teams/{id}/activities. A write reads the registry again, and the figures it moves.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import type { TeamActivityBody } from '@/lib/api/types';
import { parsePeriodId, periodEnd } from '@/lib/periods';

/** The day the registry is read at: the screen period's last day, or today while the period runs. */
export function teamsDay(periodId: string, today: string): string {
  const period = parsePeriodId(periodId);
  const end = period ? periodEnd(period) : today;
  return end < today ? end : today;
}

export function useTeamsOverview(unit: string, at: string) {
  const api = useApi();
  return useQuery({ queryKey: ['teams', 'overview', unit, at], queryFn: () => data(api.GET('/api/v1/teams', { params: { query: { unit, at } } })) });
}

export function useTeam(id: number) {
  const api = useApi();
  return useQuery({ queryKey: ['teams', 'one', id], queryFn: () => data(api.GET('/api/v1/teams/{id}', { params: { path: { id: String(id) } } })) });
}

/** The member list, only when `enabled` (the team's abilities.readMembers): a refusal is not retried. */
export function useTeamMembers(id: number, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: ['teams', 'members', id],
    enabled,
    retry: false,
    queryFn: () => data(api.GET('/api/v1/teams/{id}/members', { params: { path: { id: String(id) } } })),
  });
}

/** After a write: the registry's screens and every figure (the derived indicators moved with the record). */
export function useTeamsRefresh() {
  const queries = useQueryClient();
  return () => void queries.invalidateQueries();
}

export function useAddActivity(id: number) {
  const api = useApi();
  const refresh = useTeamsRefresh();
  return useMutation({
    mutationFn: (body: TeamActivityBody) => data(api.POST('/api/v1/teams/{id}/activities', { params: { path: { id: String(id) } }, body })),
    onSuccess: refresh,
  });
}
