/** GET/POST /tokens, POST /tokens/{name}/revoke and …/scopes: the source systems' API tokens. */
import { useMutation, useQuery } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import { ADMIN_KEY, type AdminToken } from './types';
import { useAdminInvalidate, type ScopeChange } from './users';

export function useTokens() {
  const api = useApi();
  return useQuery({
    queryKey: [...ADMIN_KEY, 'tokens'],
    queryFn: async (): Promise<AdminToken[]> => (await data(api.GET('/api/v1/tokens'))).items,
  });
}

/** The answer holds the secret: it lives in the caller's state only, never in the query cache. */
export function useCreateToken() {
  const api = useApi();
  const invalidate = useAdminInvalidate();
  return useMutation({
    mutationFn: (body: { name: string; units: string[]; elements: string[] }) => data(api.POST('/api/v1/tokens', { body })),
    onSuccess: invalidate,
  });
}

export function useRevokeToken() {
  const api = useApi();
  const invalidate = useAdminInvalidate();
  return useMutation({
    mutationFn: (name: string) => data(api.POST('/api/v1/tokens/{name}/revoke', { params: { path: { name } } })),
    onSuccess: invalidate,
  });
}

export function useTokenScopes() {
  const api = useApi();
  const invalidate = useAdminInvalidate();
  return useMutation({
    mutationFn: ({ name, change }: { name: string; change: ScopeChange }) =>
      data(api.POST('/api/v1/tokens/{name}/scopes', { params: { path: { name } }, body: change })),
    onSuccess: invalidate,
  });
}
