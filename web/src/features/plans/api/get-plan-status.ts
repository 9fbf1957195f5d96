/**
 * GET /plans/{code}/status?asOf= and GET /indicators?plan=: every target of a plan with its value, status and gap
 * as of a day, the summary by group, and the names of the plan's indicators (read together: the block shows names,
 * not codes). `asOf` is the day after the screen period ended (today while it runs): the first half of 2022 is
 * shown as progress toward the year's targets with the projection, not as a closed year.
 */
import { useQuery } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import { parsePeriodId, periodEnd } from '@/lib/periods';

export function usePlanStatus(code: string | null, asOf: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['plans', 'status', code, asOf],
    enabled: code !== null,
    queryFn: async () => {
      const path = { code: code! };
      const [status, indicators] = await Promise.all([
        data(api.GET('/api/v1/plans/{code}/status', { params: { path, query: { asOf } } })),
        data(api.GET('/api/v1/indicators', { params: { query: { plan: code!, limit: 500 } } })),
      ]);
      return { status, indicators: new Map(indicators.items.map((i) => [i.code, i])) };
    },
    staleTime: 30_000,
  });
}

/**
 * The day the plan's status is taken on for a screen period: today while the period runs (a half of the year is
 * progress toward the year's targets, with the projection), the day after it ended once it is over (closed).
 */
export function planStatusDay(period: string, today: string): string {
  const parsed = parsePeriodId(period);
  if (!parsed || periodEnd(parsed) >= today) return today;
  const next = new Date(`${periodEnd(parsed)}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
