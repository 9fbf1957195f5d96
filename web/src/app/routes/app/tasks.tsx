/** /tasks (Nhiệm vụ): the tasks the caller may see, filtered by status, plan and unit (?status=&plan=&unit=, in the URL). */
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/notice';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/field';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { TASK_STATUSES, useTasks } from '@/features/tasks/api/tasks';
import { TaskCard } from '@/features/tasks/components/task-card';
import { screenSearch } from '@/lib/screen-params';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useScreen } from './root';

export function TasksRoute() {
  const { t } = useTranslation();
  const { params } = useScreen();
  const [search, setSearch] = useSearchParams();
  const status = TASK_STATUSES.find((s) => s === search.get('status'));
  const plan = search.get('plan') ?? '';
  const unit = search.get('unit') ?? '';
  const list = useTasks({ ...(status ? { status } : {}), ...(plan ? { plan } : {}), ...(unit ? { unit } : {}), limit: 200 });
  useDocumentTitle(t('tasks.title'));
  const setFilter = (key: 'status' | 'plan' | 'unit', value: string | null) =>
    setSearch((previous) => {
      const next = new URLSearchParams(previous);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  let body;
  if (list.isPending) body = <Skeleton lines={6} label={t('tasks.loading')} />;
  else if (list.isError) body = <ApiErrorNotice error={list.error} onRetry={() => void list.refetch()} />;
  else if (list.data.total === 0)
    body =
      status || plan || unit ? (
        <EmptyState title={t('tasks.emptyFiltered')} actions={<Button onClick={() => setSearch(new URLSearchParams())}>{t('tasks.clearFilters')}</Button>} />
      ) : (
        <EmptyState title={t('tasks.empty')}>
          <p>{t('tasks.emptyHelp')}</p>
        </EmptyState>
      );
  else
    body = (
      <>
        <p className="tasks__count">{t('tasks.count', { count: list.data.total })}</p>
        <ul className="tasks__items" data-testid="task-list">
          {list.data.items.map((task) => (
            <li key={task.id}>
              <TaskCard task={task} href={`/tasks/${task.id}${screenSearch(params)}`} />
            </li>
          ))}
        </ul>
      </>
    );
  return (
    <>
      <header className="page-header">
        <h1>{t('tasks.title')}</h1>
        <p className="page-header__context">{t('tasks.intro')}</p>
        <p className="page-header__links">
          <Link to={{ pathname: '/', search: screenSearch(params) }}>‹ {t('nav.overview')}</Link>
        </p>
      </header>
      <div className="tasks__filters">
        <SelectField
          label={t('tasks.filterStatus')}
          value={status ?? ''}
          onChange={(value) => setFilter('status', value || null)}
          options={[{ value: '', label: t('tasks.filterAll') }, ...TASK_STATUSES.map((s) => ({ value: s, label: t(`tasks.status.${s}`) }))]}
        />
        <TextField label={t('tasks.filterPlan')} value={plan} onChange={(event) => setFilter('plan', event.target.value.trim() || null)} />
      </div>
      {body}
    </>
  );
}
