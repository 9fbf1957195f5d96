/** GET /evidence/{id}: one evidence record (a document's number, date, issuer and summary; a link; a file's name and size). */
import { useQuery } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';

/** What an evidence id looks like (a value's `evidence` may also be a free-text note of its source). */
export const EVIDENCE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function useEvidence(id: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: ['evidence', id],
    queryFn: () => data(api.GET('/api/v1/evidence/{id}', { params: { path: { id: id! } } })),
    enabled: id !== null,
    staleTime: 5 * 60_000,
  });
}

/** Where the browser downloads an evidence file (the session cookie goes with it; the name is in Content-Disposition). */
export function evidenceFileUrl(id: string): string {
  return `/api/v1/evidence/${encodeURIComponent(id)}/file`;
}
