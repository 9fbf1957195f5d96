/**
 * Hồ sơ thủ tục hành chính: GET /dossiers/summary (received dossiers of a unit and period by field and channel,
 * the online rates). Its query family `feeds` follows the live changes (lib/live-updates.ts): a pushed batch
 * shows on an open screen within seconds.
 */
import { useQuery } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import type { View } from '@/lib/api/types';

export function useDossierSummary(unit: string, period: string, view: View) {
  const api = useApi();
  return useQuery({
    queryKey: ['feeds', 'dossiers', unit, period, view],
    queryFn: () => data(api.GET('/api/v1/dossiers/summary', { params: { query: { unit, period, view } } })),
  });
}

/** The CSV of the dossiers behind a row (the browser downloads it with the session cookie). */
export function dossiersCsvHref(q: { unit: string; period: string; view: View; field?: string; channel?: 'online' | 'offline' }): string {
  const search = new URLSearchParams({
    unit: q.unit,
    period: q.period,
    view: q.view,
    format: 'csv',
    ...(q.field ? { field: q.field } : {}),
    ...(q.channel ? { channel: q.channel } : {}),
  });
  return `/api/v1/dossiers?${search.toString()}`;
}
