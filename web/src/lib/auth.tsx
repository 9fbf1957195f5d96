/**
 * The session as the app sees it: GET /auth/me (null when signed out), sign in, sign out. What the user may do
 * comes from /auth/me's abilities, decided by the server (authorization.ts reads them, never re-derives them).
 */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { data, useApi } from './api/client';
import type { Me } from './api/types';

export const ME_KEY = ['auth', 'me'] as const;

/** The signed-in caller, or null. */
export function useMe() {
  const api = useApi();
  return useQuery({
    queryKey: ME_KEY,
    queryFn: async (): Promise<Me | null> => {
      const answer = await api.GET('/api/v1/auth/me');
      if (answer.response.status === 401) return null;
      return data(Promise.resolve(answer));
    },
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** The session's CSRF token as last read (for the client's unsafe requests). */
export function csrfTokenFrom(queryClient: QueryClient): string | null {
  return queryClient.getQueryData<Me | null>(ME_KEY)?.csrfToken ?? null;
}

const ENDED_KEY = ['auth', 'ended'] as const;

/** Signed out: forget the caller, so the guard sends the user to the login page. */
export function markSignedOut(queryClient: QueryClient): void {
  queryClient.setQueryData(ME_KEY, null);
}

/** The session ended under us (a 401 from a call): signed out, and the login page says why. */
export function markSessionEnded(queryClient: QueryClient): void {
  if (queryClient.getQueryData(ME_KEY)) queryClient.setQueryData(ENDED_KEY, true);
  markSignedOut(queryClient);
}

/** Whether the last sign-out was a session that ended by itself. */
export function useSessionEnded(): boolean {
  return useQuery({ queryKey: ENDED_KEY, queryFn: () => false, staleTime: Infinity, initialData: false }).data;
}

export interface Credentials {
  username: string;
  password: string;
}

export function useLogin() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Credentials) => data(api.POST('/api/v1/auth/login', { body })),
    // /auth/me carries what the login answer does not (abilities, the units' versions): read it before going on.
    onSuccess: async () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_KEY[0] });
      queryClient.setQueryData(ENDED_KEY, false);
      await queryClient.fetchQuery({ queryKey: ME_KEY, queryFn: async () => data(api.GET('/api/v1/auth/me')) });
    },
  });
}

export function useLogout() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const answer = await api.POST('/api/v1/auth/logout');
      // Already signed out (401) is as good as signed out.
      if (answer.response.status !== 401) await data(Promise.resolve(answer));
    },
    onSettled: () => {
      queryClient.clear();
      markSignedOut(queryClient);
    },
  });
}
