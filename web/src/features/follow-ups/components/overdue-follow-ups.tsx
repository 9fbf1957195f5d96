/**
 * Việc quá hạn: the follow-ups overdue on the server's day (unexplained past their due date, or with a directive
 * past its deadline), for the overview (every unit the caller sees) or a unit page (`unit`: it and below).
 */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/notice';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useFollowUps } from '../api/get-follow-ups';
import { FollowUpCard } from './follow-up-card';
import './follow-ups.css';

export interface OverdueFollowUpsProps {
  unit?: string;
  /** The page of one follow-up, and the list. */
  href: (id: number) => string;
  listHref: string;
}

export function OverdueFollowUps({ unit, href, listHref }: OverdueFollowUpsProps) {
  const { t } = useTranslation();
  const overdue = useFollowUps({ overdue: true, limit: 5, ...(unit ? { unit } : {}) });
  let body;
  if (overdue.isPending) body = <Skeleton lines={3} label={t('followUps.loading')} />;
  else if (overdue.isError) body = <ApiErrorNotice error={overdue.error} onRetry={() => void overdue.refetch()} />;
  else if (overdue.data.total === 0)
    body = (
      <EmptyState title={t('followUps.overdueNone')}>
        <p>{t('followUps.overdueNoneHelp')}</p>
      </EmptyState>
    );
  else
    body = (
      <>
        <p className="follow-ups__count">{t('followUps.overdueCount', { count: overdue.data.total })}</p>
        <ul className="follow-ups__items">
          {overdue.data.items.map((f) => (
            <li key={f.id}>
              <FollowUpCard followUp={f} href={href(f.id)} />
            </li>
          ))}
        </ul>
      </>
    );
  return (
    <Card title={t('followUps.overdueBlock')} className="follow-ups-overdue">
      <div data-testid="overdue-follow-ups">{body}</div>
      <p className="follow-ups__all">
        <Link to={listHref}>{t('followUps.overdueAll')} ›</Link>
      </p>
    </Card>
  );
}
