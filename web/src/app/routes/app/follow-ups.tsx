/**
 * /follow-ups (Giải trình và chỉ đạo): every follow-up the caller may see, newest first, filtered by state and
 * overdue (?state=&overdue=1, kept in the URL with the screen's parameters); each links to its page.
 */
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/notice';
import { SelectField } from '@/components/ui/select-field';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useFollowUps } from '@/features/follow-ups/api/get-follow-ups';
import { FollowUpCard } from '@/features/follow-ups/components/follow-up-card';
import type { FollowUpState } from '@/lib/api/types';
import { screenSearch } from '@/lib/screen-params';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useScreen } from './root';
import '@/features/follow-ups/components/follow-ups.css';

const STATES: readonly FollowUpState[] = ['open', 'explained', 'directed', 'in_progress', 'closed'];

export function FollowUpsRoute() {
  const { t } = useTranslation();
  const { params } = useScreen();
  const [search, setSearch] = useSearchParams();
  const state = STATES.find((s) => s === search.get('state'));
  const overdue = search.get('overdue') === '1';
  const list = useFollowUps({ ...(state ? { state } : {}), ...(overdue ? { overdue: true } : {}), limit: 200 });
  useDocumentTitle(t('followUps.title'));
  const setFilter = (key: 'state' | 'overdue', value: string | null) =>
    setSearch((previous) => {
      const next = new URLSearchParams(previous);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  const href = (id: number) => `/follow-ups/${id}${screenSearch(params)}`;

  let body;
  if (list.isPending) body = <Skeleton lines={6} label={t('followUps.loading')} />;
  else if (list.isError) body = <ApiErrorNotice error={list.error} onRetry={() => void list.refetch()} />;
  else if (list.data.total === 0)
    body =
      state || overdue ? (
        <EmptyState
          title={t('followUps.emptyFiltered')}
          actions={<Button onClick={() => (setFilter('state', null), setFilter('overdue', null))}>{t('followUps.clearFilters')}</Button>}
        >
          <p>{t('followUps.emptyFilteredHelp')}</p>
        </EmptyState>
      ) : (
        <EmptyState title={t('followUps.empty')}>
          <p>{t('followUps.emptyHelp')}</p>
        </EmptyState>
      );
  else
    body = (
      <>
        <p className="follow-ups__count">{t('followUps.count', { count: list.data.total })}</p>
        <ul className="follow-ups__items" data-testid="follow-up-list">
          {list.data.items.map((f) => (
            <li key={f.id}>
              <FollowUpCard followUp={f} href={href(f.id)} />
            </li>
          ))}
        </ul>
      </>
    );

  return (
    <>
      <header className="page-header">
        <h1>{t('followUps.title')}</h1>
        <p className="page-header__context">{t('followUps.intro')}</p>
        <p className="page-header__links">
          <Link to={{ pathname: '/', search: screenSearch(params) }}>‹ {t('nav.overview')}</Link>
        </p>
      </header>
      <div className="follow-ups__filters">
        <SelectField
          label={t('followUps.filterState')}
          value={state ?? ''}
          onChange={(value) => setFilter('state', value || null)}
          options={[{ value: '', label: t('followUps.filterAll') }, ...STATES.map((s) => ({ value: s, label: t(`followUps.states.${s}`) }))]}
        />
        <label className="follow-ups__check">
          <input type="checkbox" checked={overdue} onChange={(event) => setFilter('overdue', event.target.checked ? '1' : null)} />
          {t('followUps.filterOverdue')}
        </label>
      </div>
      {body}
    </>
  );
}
