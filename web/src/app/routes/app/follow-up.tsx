/** /follow-ups/:id: one follow-up — the target, its timeline, and the explanation, directive, progress and close forms. */
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/notice';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useFollowUp } from '@/features/follow-ups/api/get-follow-ups';
import { FollowUpDetail } from '@/features/follow-ups/components/follow-up-detail';
import { screenSearch } from '@/lib/screen-params';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useScreen } from './root';

export function FollowUpRoute() {
  const { t } = useTranslation();
  const { params } = useScreen();
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const followUp = useFollowUp(valid ? id : null);
  useDocumentTitle(followUp.data ? `${followUp.data.indicator.name} — ${t('followUps.title')}` : t('followUps.title'));
  const back = (
    <p className="page-header__links">
      <Link to={{ pathname: '/follow-ups', search: screenSearch(params) }}>‹ {t('followUps.back')}</Link>
    </p>
  );
  let body;
  if (!valid) body = <EmptyState title={t('followUps.notFound')}>{back}</EmptyState>;
  else if (followUp.isPending) body = <Skeleton lines={8} label={t('followUps.detailLoading')} />;
  else if (followUp.isError) body = <ApiErrorNotice error={followUp.error} onRetry={() => void followUp.refetch()} />;
  else body = <FollowUpDetail followUp={followUp.data} />;
  return (
    <>
      <header className="page-header">
        <h1>{t('followUps.title')}</h1>
        {back}
      </header>
      {body}
    </>
  );
}
