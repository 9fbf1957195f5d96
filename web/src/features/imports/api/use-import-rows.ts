/**
 * The file's rows for the preview grid (GET /imports/{id}/rows), a page of 200 at a time as the grid scrolls to
 * it: only the pages the visible window touches are fetched, and kept (a 100,000-row file is 500 pages; nobody
 * scrolls them all).
 */
import { useQueries } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import type { ImportRow } from './types';

export const ROWS_PAGE = 200;

/** The rows of the pages `first`–`last` (page numbers), as a lookup by their position in the file. */
export function useImportRows(id: string, first: number, last: number, enabled: boolean): Map<number, ImportRow> {
  const api = useApi();
  const pages: number[] = [];
  for (let p = first; p <= last && enabled; p++) pages.push(p);
  const results = useQueries({
    queries: pages.map((page) => ({
      queryKey: ['imports', id, 'rows', page],
      queryFn: () => data(api.GET('/api/v1/imports/{id}/rows', { params: { path: { id }, query: { offset: page * ROWS_PAGE, limit: ROWS_PAGE } } })),
      staleTime: Infinity,
    })),
  });
  const rows = new Map<number, ImportRow>();
  results.forEach((result, k) => {
    const page = pages[k] ?? 0;
    result.data?.items.forEach((row, i) => rows.set(page * ROWS_PAGE + i, row));
  });
  return rows;
}
