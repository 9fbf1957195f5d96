/**
 * Live screens: the signed-in app polls GET /changes (a token that moves with every write, in any server process)
 * every 1.5 s while the tab is visible, and when the token moves it refetches the figures on screen (analytics,
 * plans, coverage), so a newly approved value shows within two seconds without a reload. A failed poll is retried
 * at the next tick: a screen that lost the server picks up again by itself.
 */
import { useEffect, useRef } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { data, useApi } from './api/client';

export const LIVE_POLL_MS = 1500;

/** The query families whose answers follow the stored figures. */
const LIVE_QUERIES = new Set(['analytics', 'plans', 'coverage']);

export function useLiveUpdates(): void {
  const api = useApi();
  const client = useQueryClient();
  const changes = useQuery({
    queryKey: ['changes'],
    queryFn: () => data(api.GET('/api/v1/changes')),
    refetchInterval: LIVE_POLL_MS,
    refetchIntervalInBackground: false,
    retry: false,
    staleTime: 0,
  });
  const seen = useRef<string | null>(null);
  const token = changes.data?.token ?? null;
  useEffect(() => {
    if (token === null) return;
    if (seen.current !== null && seen.current !== token) {
      void client.invalidateQueries({ predicate: (query) => LIVE_QUERIES.has(String(query.queryKey[0])) });
    }
    seen.current = token;
  }, [token, client]);
}
