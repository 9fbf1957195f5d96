/**
 * Báo cáo của tôi: the caller's forms (GET /forms) — the overdue ones first in their own list, then every form
 * newest period first, grouped by period — filtered by dataset, state and overdue from the URL (?dataset=&state=
 * &overdue=1&page=), so a link reproduces the list.
 */
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/notice';
import { SelectField } from '@/components/ui/select-field';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useLanguage } from '@/lib/i18n';
import { useDatasetChoices, useFormList } from '../api/forms';
import type { FormListItem, FormListQuery, FormState } from '../api/types';
import { FormListRow } from './form-list-row';
import './entry.css';

const STATES: readonly FormState[] = ['draft', 'returned', 'submitted', 'approved'];
const PAGE_SIZE = 30;

function readFilters(search: URLSearchParams) {
  const dataset = search.get('dataset');
  const state = search.get('state') as FormState | null;
  const page = Number(search.get('page') ?? '1');
  return {
    dataset: dataset && /^[A-Za-z0-9_.]{1,100}$/.test(dataset) ? dataset : undefined,
    state: state && STATES.includes(state) ? state : undefined,
    overdue: search.get('overdue') === '1' ? true : undefined,
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/** Rows grouped by period, in the list's order. */
function byPeriod(items: readonly FormListItem[]): Array<{ id: string; label: string; labelEn: string; items: FormListItem[] }> {
  const groups: Array<{ id: string; label: string; labelEn: string; items: FormListItem[] }> = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last?.id === item.period.id) last.items.push(item);
    else groups.push({ ...item.period, items: [item] });
  }
  return groups;
}

export function MyReports() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [search, setSearch] = useSearchParams();
  const filters = readFilters(search);
  const datasets = useDatasetChoices();
  const base: FormListQuery = { ...(filters.dataset ? { dataset: filters.dataset } : {}) };
  const overdue = useFormList({ ...base, overdue: true, limit: 5 });
  const query: FormListQuery = {
    ...base,
    ...(filters.state ? { state: filters.state } : {}),
    ...(filters.overdue ? { overdue: true } : {}),
    order: 'desc',
    limit: PAGE_SIZE,
    offset: (filters.page - 1) * PAGE_SIZE,
  };
  const list = useFormList(query);

  const setFilter = (key: string, value: string | undefined) =>
    setSearch((previous) => {
      const next = new URLSearchParams(previous);
      if (value) next.set(key, value);
      else next.delete(key);
      if (key !== 'page') next.delete('page');
      return next;
    });
  const filtered = filters.dataset !== undefined || filters.state !== undefined || filters.overdue !== undefined;
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;
  const showOverdue = !filters.overdue && filters.state === undefined && filters.page === 1 && (overdue.data?.total ?? 0) > 0;

  return (
    <div className="entry">
      <header className="page-header">
        <h1>{t('entry.title')}</h1>
        <p className="page-header__context">{t('entry.intro')}</p>
      </header>

      <section className="entry-filters" aria-label={t('entry.filters')}>
        <SelectField
          label={t('entry.filterDataset')}
          value={filters.dataset ?? ''}
          onChange={(value) => setFilter('dataset', value || undefined)}
          options={[
            { value: '', label: t('entry.any') },
            ...(datasets.data?.items ?? []).map((d) => ({ value: d.code ?? '', label: (language === 'vi' ? d.name : d.nameEn) ?? d.code ?? '' })),
          ]}
        />
        <SelectField
          label={t('entry.filterState')}
          value={filters.state ?? ''}
          onChange={(value) => setFilter('state', value || undefined)}
          options={[
            { value: '', label: t('entry.any') },
            ...STATES.map((s) => ({
              value: s,
              label: list.data ? `${t(`entry.state.${s}`)} (${list.data.counts[s]})` : t(`entry.state.${s}`),
            })),
          ]}
        />
        <label className="entry-check">
          <input type="checkbox" checked={filters.overdue === true} onChange={(event) => setFilter('overdue', event.target.checked ? '1' : undefined)} />
          {t('entry.filterOverdue')}
          {list.data ? ` (${list.data.counts.overdue})` : ''}
        </label>
        {filtered ? (
          <Button variant="quiet" onClick={() => setSearch(new URLSearchParams())}>
            {t('entry.clearFilters')}
          </Button>
        ) : null}
      </section>

      {showOverdue && overdue.data ? (
        <Card title={t('entry.overdueTitle', { count: overdue.data.total })} className="entry-overdue">
          <ul className="entry-list">
            {overdue.data.items.map((item) => (
              <FormListRow key={`${item.dataset.code}|${item.unit.code}|${item.period.id}`} item={item} />
            ))}
          </ul>
          {overdue.data.total > overdue.data.items.length ? (
            <Button variant="quiet" onClick={() => setFilter('overdue', '1')}>
              {t('entry.overdueMore')}
            </Button>
          ) : null}
        </Card>
      ) : null}

      <Card title={t('entry.allTitle')}>
        {list.isPending ? <Skeleton lines={6} label={t('entry.title')} /> : null}
        {list.isError ? <ApiErrorNotice error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.data && list.data.items.length === 0 ? (
          <EmptyState
            title={t('entry.emptyTitle')}
            actions={filtered ? <Button onClick={() => setSearch(new URLSearchParams())}>{t('entry.clearFilters')}</Button> : undefined}
          >
            <p>{t('entry.emptyBody')}</p>
          </EmptyState>
        ) : null}
        {list.data
          ? byPeriod(list.data.items).map((group) => (
              <section key={group.id} className="entry-period">
                <h3 className="entry-period__title">{language === 'vi' ? group.label : group.labelEn}</h3>
                <ul className="entry-list">
                  {group.items.map((item) => (
                    <FormListRow key={`${item.dataset.code}|${item.unit.code}|${item.period.id}`} item={item} />
                  ))}
                </ul>
              </section>
            ))
          : null}
        {list.data && list.data.total > PAGE_SIZE ? (
          <nav className="entry-pages" aria-label={t('entry.page', { page: filters.page, pages, total: list.data.total })}>
            <Button disabled={filters.page <= 1} onClick={() => setFilter('page', String(filters.page - 1))}>
              {t('entry.previous')}
            </Button>
            <span>{t('entry.page', { page: filters.page, pages, total: list.data.total })}</span>
            <Button disabled={filters.page >= pages} onClick={() => setFilter('page', String(filters.page + 1))}>
              {t('entry.next')}
            </Button>
          </nav>
        ) : null}
      </Card>
    </div>
  );
}
