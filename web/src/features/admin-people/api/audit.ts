/** GET /audit: one page of the audit trail, filtered as the screen's URL says. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import { ADMIN_KEY, type AuditPage } from './types';

export interface AuditFilter {
  actor?: string;
  entity?: string;
  entityKey?: string;
  from?: string;
  to?: string;
  offset: number;
}

export const AUDIT_PAGE_SIZE = 25;

export function useAuditTrail(filter: AuditFilter) {
  const api = useApi();
  return useQuery({
    queryKey: [...ADMIN_KEY, 'audit', filter],
    queryFn: (): Promise<AuditPage> => data(api.GET('/api/v1/audit', { params: { query: { ...filter, limit: AUDIT_PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
}
