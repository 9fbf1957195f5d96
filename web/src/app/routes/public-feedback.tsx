/**
 * /phan-anh (no login): the citizens' reports the handling agencies have answered, newest answer first — the
 * category, what was reported, where (the commune), when, the answer and whether it was on time. Never a name or
 * a contact: the public API does not send them. Simulated reports say so. Also the way to file one (/phan-anh/gui)
 * and to follow one's own by its secret (handed over from the filing page in the router's state, never the URL).
 */
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { Card } from '@/components/ui/card';
import { TrackReport } from '@/features/feeds/components/track-report';
import { useTranslation } from 'react-i18next';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/notice';
import { Skeleton } from '@/components/ui/skeleton';
import { usePublicFeedback } from '@/features/feeds/api/feedback';
import { PublicShell } from '@/features/open-data/components/public-shell';
import { useLanguage } from '@/lib/i18n';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import '@/features/feeds/components/feeds.css';

export function PublicFeedbackRoute() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [offset, setOffset] = useState(0);
  const page = usePublicFeedback(offset);
  const handedToken = (useLocation().state as { token?: unknown } | null)?.token;
  useDocumentTitle(t('feedback.public.title'));
  return (
    <PublicShell>
      <header className="page-header">
        <h1>{t('feedback.public.title')}</h1>
        <p className="page-header__context">{t('feedback.public.intro')}</p>
        <p className="page-header__links">
          <Link className="ui-button ui-button--primary" to="/phan-anh/gui">
            {t('feedback.public.file')}
          </Link>
        </p>
      </header>
      <Card title={t('feedback.track.title')} className="feeds__section">
        <TrackReport initialToken={typeof handedToken === 'string' ? handedToken : ''} />
      </Card>
      <h2 className="feeds__heading">{t('feedback.public.answered')}</h2>
      {page.isPending ? <Skeleton label={t('feedback.loading')} /> : null}
      {page.isError ? <ApiErrorNotice error={page.error} onRetry={() => void page.refetch()} /> : null}
      {page.data && page.data.total === 0 ? <EmptyState title={t('feedback.public.empty')} /> : null}
      {page.data && page.data.total > 0 ? (
        <>
          <p data-testid="public-feedback-total">
            {t('feedback.public.total', { count: page.data.total, formatted: formatNumber(page.data.total, language, 0) })}
          </p>
          <ol className="feeds__list" data-testid="public-feedback">
            {page.data.items.map((r) => (
              <li key={r.id}>
                <strong>
                  #{r.id} · {r.categoryName}
                </strong>{' '}
                {r.simulated ? <Badge tone="warning">{t('teams.simulated')}</Badge> : null}{' '}
                {r.onTime ? <Badge tone="success">{t('feedback.onTime')}</Badge> : null}
                <div className="feeds__answer">{r.description}</div>
                <div className="feeds__note">
                  {r.unitName} · {t('feedback.filedAt')} {formatDateTime(r.filedAt, language)} · {t('feedback.handledAt')}{' '}
                  {formatDateTime(r.handledAt, language)}
                </div>
                {r.answer ? (
                  <p className="feeds__answer">
                    <strong>{t('feedback.answer')}:</strong> {r.answer}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
          {offset + page.data.items.length < page.data.total ? (
            <Button onClick={() => setOffset(offset + page.data.items.length)}>{t('feedback.public.more')}</Button>
          ) : null}
        </>
      ) : null}
    </PublicShell>
  );
}
