/** /notifications: the signed-in user's notifications, newest first, with mark read / all read. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/notice';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useMarkRead, useNotifications } from '@/features/tasks/api/tasks';
import { formatDateTime } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import '@/features/tasks/components/tasks.css';

export function NotificationsRoute() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const list = useNotifications();
  const mark = useMarkRead();
  useDocumentTitle(t('notifications.title'));
  let body;
  if (list.isPending) body = <Skeleton lines={6} label={t('notifications.loading')} />;
  else if (list.isError) body = <ApiErrorNotice error={list.error} onRetry={() => void list.refetch()} />;
  else if (list.data.total === 0)
    body = (
      <EmptyState title={t('notifications.empty')}>
        <p>{t('notifications.emptyHelp')}</p>
      </EmptyState>
    );
  else
    body = (
      <>
        <p>
          {t('notifications.unread', { count: list.data.unread })}{' '}
          {list.data.unread > 0 ? <Button onClick={() => mark.mutate(null)}>{t('notifications.markAll')}</Button> : null}
        </p>
        <ul className="tasks__items" data-testid="notification-list">
          {list.data.items.map((n) => (
            <li key={n.id} className={`notifications__item${n.read ? '' : ' notifications__item--unread'}`}>
              <p>{n.title}</p>
              <p>
                {n.body} · {formatDateTime(n.at, language)}
              </p>
              <p>
                {n.link ? <Link to={n.link}>{t('notifications.open')} ›</Link> : null}{' '}
                {n.read ? null : <Button onClick={() => mark.mutate(n.id)}>{t('notifications.markRead')}</Button>}
              </p>
            </li>
          ))}
        </ul>
      </>
    );
  return (
    <>
      <header className="page-header">
        <h1>{t('notifications.title')}</h1>
      </header>
      {body}
    </>
  );
}
