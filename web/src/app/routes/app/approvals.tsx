/**
 * /approvals?dataset=&formPeriod=&within=&state=&page= (Duyệt báo cáo): for callers who may approve. The queue of
 * forms within the approver's units — by default those submitted and waiting, the earliest first — filterable by
 * form, period, unit and state (in the URL); several clean forms approved in one action; each opened for review.
 * After a decision on the review page the queue says what was done.
 */
import { useLocation, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState, Notice } from '@/components/ui/notice';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useDatasets } from '@/features/coverage/api/get-coverage';
import { useFormQueue } from '@/features/approvals/api/get-forms';
import { ApprovalQueue } from '@/features/approvals/components/approval-queue';
import { QueueFiltersBar } from '@/features/approvals/components/queue-filters';
import { PAGE_SIZE, parseQueueFilters, queueQuery, withFilters } from '@/features/approvals/queue-params';
import type { FormListItem, WorkflowAction } from '@/features/approvals/api/types';
import { screenSearch } from '@/lib/screen-params';
import { useDocumentTitle } from '@/lib/use-document-title';
import { RequireAbility } from '../../require-ability';
import { useScreen } from './root';
import '@/features/approvals/components/approvals.css';
import '../routes.css';

/** What the review page hands back after a decision (router state: a reload does not repeat it). */
export interface ApprovalDone {
  action: WorkflowAction;
  form: string;
}

export function ApprovalsRoute() {
  return (
    <RequireAbility ability="approve">
      <ApprovalQueueScreen />
    </RequireAbility>
  );
}

function ApprovalQueueScreen() {
  const { t } = useTranslation();
  const { me, params, today } = useScreen();
  const location = useLocation();
  const [search, setSearch] = useSearchParams();
  const filters = parseQueueFilters(search);
  const datasets = useDatasets();
  const queue = useFormQueue(queueQuery(filters));
  useDocumentTitle(t('approvals.title'));
  const done = (location.state as { done?: ApprovalDone } | null)?.done;
  const units = [...new Map((me.actor.unitVersions ?? []).map((v) => [v.code, { code: v.code, label: `${v.name} (${v.code})` }])).values()];
  const formHref = (item: FormListItem) =>
    `/approvals/${encodeURIComponent(item.dataset.code)}/${encodeURIComponent(item.unit.code)}/${encodeURIComponent(item.period.id)}${screenSearch(params)}`;
  const list = queue.data;
  const pages = list ? Math.max(1, Math.ceil(list.total / PAGE_SIZE)) : 1;

  return (
    <div className="approvals">
      <header className="page-header">
        <h1>{t('approvals.title')}</h1>
        <p className="page-header__context">{t('approvals.intro')}</p>
      </header>
      {done ? <Notice tone="success" title={t(`approvals.done.${done.action}`, { form: done.form })} /> : null}
      <QueueFiltersBar
        filters={filters}
        datasets={datasets.data?.items ?? []}
        units={units}
        today={today}
        onChange={(patch) => setSearch(withFilters(search, patch))}
      />
      {queue.isPending ? (
        <Skeleton lines={6} label={t('approvals.loading')} />
      ) : queue.isError ? (
        <ApiErrorNotice error={queue.error} onRetry={() => void queue.refetch()} />
      ) : list && list.items.length === 0 ? (
        filters.state === 'submitted' && !filters.dataset && !filters.period && !filters.within ? (
          <EmptyState title={t('approvals.empty.submittedTitle')}>
            <p>{t('approvals.empty.submittedBody')}</p>
          </EmptyState>
        ) : (
          <EmptyState
            title={t('approvals.empty.otherTitle')}
            actions={
              <Button onClick={() => setSearch(withFilters(search, { dataset: null, formPeriod: null, within: null, state: null }))}>
                {t('approvals.filters.clear')}
              </Button>
            }
          >
            <p>{t('approvals.empty.otherBody')}</p>
          </EmptyState>
        )
      ) : list ? (
        <>
          <ApprovalQueue key={search.toString()} list={list} formHref={formHref} queueSearch={location.search} />
          {pages > 1 ? (
            <nav className="approvals-pager" aria-label={t('approvals.pager.position', { page: filters.page + 1, pages })}>
              <Button
                size="small"
                disabled={filters.page === 0}
                onClick={() => setSearch(withFilters(search, { page: filters.page > 1 ? String(filters.page - 1) : null }))}
              >
                {t('approvals.pager.previous')}
              </Button>
              <span>{t('approvals.pager.position', { page: filters.page + 1, pages })}</span>
              <Button size="small" disabled={filters.page + 1 >= pages} onClick={() => setSearch(withFilters(search, { page: String(filters.page + 1) }))}>
                {t('approvals.pager.next')}
              </Button>
            </nav>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
