/**
 * Đôn đốc: the overdue and due-soon tasks (GET /tasks/due) for the overview (every unit the caller sees) or a unit
 * page (`unit`: tasks it or a unit below it leads or coordinates), with their counts and a link to the list.
 */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/notice';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useDueTasks } from '../api/tasks';
import { TaskCard } from './task-card';
import './tasks.css';

export function DueTasksPanel({ unit, search = '' }: { unit?: string; search?: string }) {
  const { t } = useTranslation();
  const due = useDueTasks(unit);
  let body;
  if (due.isPending) body = <Skeleton lines={3} label={t('tasks.loading')} />;
  else if (due.isError) body = <ApiErrorNotice error={due.error} onRetry={() => void due.refetch()} />;
  else if (due.data.overdue.count + due.data.dueSoon.count === 0)
    body = (
      <EmptyState title={t('tasks.dueNone')}>
        <p>{t('tasks.dueNoneHelp')}</p>
      </EmptyState>
    );
  else
    body = (
      <>
        {[
          ['overdue', t('tasks.dueOverdue', { count: due.data.overdue.count }), due.data.overdue.items] as const,
          ['soon', t('tasks.dueSoon', { count: due.data.dueSoon.count }), due.data.dueSoon.items] as const,
        ].map(([key, label, items]) =>
          items.length ? (
            <section key={key} className={`due-tasks__group due-tasks__group--${key}`}>
              <h3>{label}</h3>
              <ul className="tasks__items">
                {items.map((task) => (
                  <li key={task.id}>
                    <TaskCard task={task} href={`/tasks/${task.id}${search}`} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null,
        )}
      </>
    );
  const listSearch = new URLSearchParams(search);
  if (unit) listSearch.set('unit', unit);
  return (
    <Card title={t('tasks.dueBlock')} className="due-tasks">
      <div data-testid="due-tasks">{body}</div>
      <p className="tasks__all">
        <Link to={`/tasks?${listSearch.toString()}`}>{t('tasks.dueAll')} ›</Link>
      </p>
    </Card>
  );
}
