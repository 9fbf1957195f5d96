/** The bell in the shell's header: the unread count of the signed-in user's notifications, linking to /notifications. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useUnreadCount } from '../api/tasks';
import './tasks.css';

export function NotificationBell({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation();
  const unread = useUnreadCount(enabled);
  if (!enabled) return null;
  const count = unread.data?.unread ?? 0;
  return (
    <Link
      to="/notifications"
      className="notification-bell"
      aria-label={count ? t('notifications.bellUnread', { count }) : t('notifications.bell')}
      data-testid="notification-bell"
    >
      <svg
        aria-hidden="true"
        width="22"
        height="22"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.7 21a2 2 0 0 1-3.4 0" />
      </svg>
      {count > 0 ? <span className="notification-bell__count">{count > 99 ? '99+' : count}</span> : null}
    </Link>
  );
}
