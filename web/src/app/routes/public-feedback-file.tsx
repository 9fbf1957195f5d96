/**
 * /phan-anh/gui (no login): a citizen files a report (features/feeds/components/feedback-form.tsx). Once filed,
 * the page says what happens next — moderation, then the handling unit and its deadline — and shows the secret
 * to follow and rate it, once (it is kept only as a hash).
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { localMessage } from '@/lib/api/errors';
import type { FiledWithPhotos } from '@/features/feeds/api/public-feedback';
import { FeedbackForm } from '@/features/feeds/components/feedback-form';
import { placeLabel, type Place } from '@/features/feeds/components/place-picker';
import { PublicShell } from '@/features/open-data/components/public-shell';
import { useLanguage } from '@/lib/i18n';
import { formatDateTime } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import '@/features/feeds/components/feeds.css';

export function PublicFileFeedbackRoute() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [filed, setFiled] = useState<{ report: FiledWithPhotos; place: Place | null } | null>(null);
  useDocumentTitle(t('feedback.file.title'));
  return (
    <PublicShell>
      <header className="page-header">
        <h1>{t('feedback.file.title')}</h1>
        <p className="page-header__context">{t('feedback.file.intro')}</p>
        <p className="page-header__links">
          <Link to="/phan-anh">‹ {t('feedback.public.title')}</Link>
        </p>
      </header>
      {filed ? (
        <Card title={t('feedback.file.filedTitle', { id: filed.report.id })}>
          <div data-testid="feedback-filed">
            <p>
              {filed.report.state === 'moderation' ? t('feedback.file.filedModeration') : t('feedback.file.filedQueue')}{' '}
              {t('feedback.file.filedDue', { due: formatDateTime(filed.report.dueAt, language) })}
              {filed.place ? ` ${t('feedback.file.filedPlace', { place: placeLabel(filed.place) })}` : ''}
            </p>
            <p>{t('feedback.file.token')}</p>
            <p className="feeds__token" data-testid="feedback-token">
              {filed.report.token}
            </p>
            <p className="feeds__note">{t('feedback.file.tokenHint')}</p>
            {filed.report.photoFailures.length > 0 ? (
              <Notice tone="warning" title={t('feedback.file.photoFailed')}>
                <ul>
                  {filed.report.photoFailures.map((f) => (
                    <li key={f.name}>
                      {f.name}: {localMessage(f.error.message, language)}
                    </li>
                  ))}
                </ul>
              </Notice>
            ) : null}
            <p>
              <Link to="/phan-anh" state={{ token: filed.report.token }}>
                {t('feedback.file.follow')}
              </Link>
            </p>
          </div>
        </Card>
      ) : (
        <Card title={t('feedback.file.formTitle')}>
          <FeedbackForm onFiled={(report, place) => setFiled({ report, place })} />
        </Card>
      )}
    </PublicShell>
  );
}
