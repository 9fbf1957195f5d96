/** GET/POST /users, PATCH /users/{username}, POST /users/{username}/scopes: the people of the installation. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import { ADMIN_KEY, type AdminUser, type UserPatch, type UserRole } from './types';

export function useUsers() {
  const api = useApi();
  return useQuery({
    queryKey: [...ADMIN_KEY, 'users'],
    queryFn: async (): Promise<AdminUser[]> => (await data(api.GET('/api/v1/users'))).items,
  });
}

/** After any change: the lists, the review and the audit trail are read again. */
export function useAdminInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ADMIN_KEY });
}

export interface NewUser {
  username: string;
  displayName: string | null;
  role: UserRole;
  units: string[];
  password: string;
}

export function useCreateUser() {
  const api = useApi();
  const invalidate = useAdminInvalidate();
  return useMutation({
    mutationFn: (body: NewUser) => data(api.POST('/api/v1/users', { body })),
    onSuccess: invalidate,
  });
}

export function usePatchUser() {
  const api = useApi();
  const invalidate = useAdminInvalidate();
  return useMutation({
    mutationFn: ({ username, patch }: { username: string; patch: UserPatch }) =>
      data(api.PATCH('/api/v1/users/{username}', { params: { path: { username } }, body: patch })),
    onSuccess: invalidate,
  });
}

export interface ScopeChange {
  add?: string[];
  remove?: string[];
}

export function useUserScopes() {
  const api = useApi();
  const invalidate = useAdminInvalidate();
  return useMutation({
    mutationFn: ({ username, change }: { username: string; change: ScopeChange }) =>
      data(api.POST('/api/v1/users/{username}/scopes', { params: { path: { username } }, body: change })),
    onSuccess: invalidate,
  });
}
