/**
 * The approval queue's filters in the URL (?dataset=&formPeriod=&within=&state=&page=), beside the screen's own
 * unit, period and view, so a link or a reload shows the same queue. `state` defaults to `submitted` (the forms
 * waiting for a decision); `all` lists every state. Malformed values are dropped.
 */
import { parsePeriodId } from '@/lib/periods';
import type { FormListQuery, FormState } from './api/types';

export const QUEUE_STATES: readonly FormState[] = ['submitted', 'returned', 'approved', 'draft'];
export const PAGE_SIZE = 50;

export interface QueueFilters {
  dataset: string | null;
  period: string | null;
  within: string | null;
  state: FormState | 'all';
  page: number;
}

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export function parseQueueFilters(search: URLSearchParams): QueueFilters {
  const dataset = search.get('dataset');
  const period = search.get('formPeriod');
  const within = search.get('within');
  const state = search.get('state');
  const page = Number(search.get('page') ?? '0');
  return {
    dataset: dataset && CODE.test(dataset) ? dataset : null,
    period: period && parsePeriodId(period) ? period : null,
    within: within && CODE.test(within) ? within : null,
    state: state === 'all' || QUEUE_STATES.includes(state as FormState) ? (state as FormState | 'all') : 'submitted',
    page: Number.isSafeInteger(page) && page > 0 && page < 100_000 ? page : 0,
  };
}

/** The query of GET /forms for these filters. */
export function queueQuery(filters: QueueFilters): FormListQuery {
  return {
    ...(filters.dataset ? { dataset: filters.dataset } : {}),
    ...(filters.period ? { period: filters.period } : {}),
    ...(filters.within ? { unit: filters.within } : {}),
    ...(filters.state !== 'all' ? { state: filters.state } : {}),
    limit: PAGE_SIZE,
    offset: filters.page * PAGE_SIZE,
  };
}

/** `search` with the filters changed (null removes one); any change but the page's goes back to the first page. */
export function withFilters(
  search: URLSearchParams,
  patch: Partial<Record<'dataset' | 'formPeriod' | 'within' | 'state' | 'page', string | null>>,
): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value === undefined) next.delete(key);
    else next.set(key, value);
  }
  if (!('page' in patch)) next.delete('page');
  return next;
}

/** The periods a filter offers: the last `count` of a kind that have begun by `today`, newest first. */
export function recentPeriodIds(kind: 'year' | 'half' | 'quarter' | 'month', today: string, count = 8): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const ids: string[] = [];
  const parts = kind === 'year' ? 1 : kind === 'half' ? 2 : kind === 'quarter' ? 4 : 12;
  let part = kind === 'year' ? 0 : Math.ceil((month * parts) / 12);
  let y = year;
  while (ids.length < count) {
    ids.push(kind === 'year' ? String(y) : kind === 'half' ? `${y}S${part}` : kind === 'quarter' ? `${y}Q${part}` : `${y}${String(part).padStart(2, '0')}`);
    if (kind === 'year' || part === 1) {
      y -= 1;
      part = parts;
    } else part -= 1;
  }
  return ids;
}
