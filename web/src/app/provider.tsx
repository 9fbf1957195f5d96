/**
 * What every screen needs: i18n, the server-state cache (TanStack Query) and the typed API client, whose CSRF
 * token is the session's as last read and whose 401s sign the user out of the app.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ApiProvider, createApiClient } from '@/lib/api/client';
import { ApiError } from '@/lib/api/errors';
import { csrfTokenFrom, markSessionEnded } from '@/lib/auth';
import { createI18n } from '@/lib/i18n';
import { isWallPage } from '@/lib/wall-mode';

/** A network failure is retried twice; on a wall (no one to press "Thử lại") until the server answers again. */
function retry(failures: number, error: Error): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failures < 2 || (error instanceof ApiError && error.status === 0 && isWallPage());
}

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // An answer the server gave (4xx: the request itself is wrong) is not retried.
        retry,
        retryDelay: (failures) => Math.min(1000 * 2 ** failures, 5000),
        refetchOnWindowFocus: false,
      },
    },
  });
}

export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(makeQueryClient);
  const [i18n] = useState(() => createI18n());
  const [api] = useState(() => createApiClient({ csrfToken: () => csrfTokenFrom(queryClient), onUnauthenticated: () => markSessionEnded(queryClient) }));
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <ApiProvider client={api}>{children}</ApiProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
