/**
 * Live screens: the signed-in app polls GET /changes (a token that moves with every write, in any server process)
 * every 1.5 s while the tab is visible, and when the token moves it refetches the figures on screen (analytics,
 * plans, coverage, the feeds' screens), so a newly approved value shows within two seconds without a reload. A failed poll is retried
 * at the next tick: a screen that lost the server keeps its figures, says so (`connected: false`), and when the
 * server answers again refetches what failed meanwhile and what may have changed — no reload.
 */
import { useEffect, useRef } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { data, useApi } from './api/client';

export const LIVE_POLL_MS = 1500;

/** The query families whose answers follow the stored figures. */
const LIVE_QUERIES = new Set(['analytics', 'plans', 'coverage', 'feeds']);

export interface LiveState {
  /** False from the first failed poll until one succeeds again. */
  connected: boolean;
}

export function useLiveUpdates(): LiveState {
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
  const connected = !changes.isError;
  useEffect(() => {
    if (token === null) return;
    if (seen.current !== null && seen.current !== token) {
      void client.invalidateQueries({ predicate: (query) => LIVE_QUERIES.has(String(query.queryKey[0])) });
    }
    seen.current = token;
  }, [token, client]);
  const wasConnected = useRef(true);
  useEffect(() => {
    if (connected && !wasConnected.current) {
      // Back: what failed while the server was away, and the figures (a restart may come with a new database state).
      void client.refetchQueries({ predicate: (query) => query.queryKey[0] !== 'changes' && query.state.status === 'error' });
      void client.invalidateQueries({ predicate: (query) => LIVE_QUERIES.has(String(query.queryKey[0])) });
    }
    wasConnected.current = connected;
  }, [connected, client]);
  return { connected };
}
