/**
 * "Theo dõi phản ánh của bạn" on the public page: the citizen types the secret they got when filing and sees
 * their report's state, the handling unit, the deadline and the answer — and, once it is handled, rates the
 * answer (1–5, once). A secret handed over by the filing page is looked up at once. Nothing else of theirs is shown back (the public API sends no name or contact).
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { useLanguage } from '@/lib/i18n';
import { formatDateTime } from '@/lib/format';
import { useRateFeedback, useTrackFeedback } from '../api/public-feedback';

export function TrackReport({ initialToken = '' }: { initialToken?: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [token, setToken] = useState(initialToken);
  const track = useTrackFeedback();
  const rate = useRateFeedback();
  const report = track.data;
  const { mutate } = track;
  // Handed over by the filing page: shown at once.
  useEffect(() => {
    if (initialToken) mutate(initialToken);
  }, [initialToken, mutate]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (token.trim()) track.mutate(token.trim());
  };
  return (
    <div data-testid="feedback-track">
      <form className="feeds__form" onSubmit={submit}>
        <TextField
          label={t('feedback.track.token')}
          hint={t('feedback.track.tokenHint')}
          value={token}
          onChange={(e) => setToken(e.target.value)}
          autoComplete="off"
        />
        <div className="feeds__buttons">
          <Button type="submit" disabled={track.isPending || !token.trim()}>
            {t('feedback.track.see')}
          </Button>
        </div>
      </form>
      {track.isError ? <ApiErrorNotice error={track.error} title={t('feedback.track.notFound')} /> : null}
      {report ? (
        <div className="feeds__tracked" data-testid="feedback-tracked">
          <p>
            <strong>
              #{report.id} · {report.categoryName}
            </strong>{' '}
            <Badge tone={report.state === 'handled' ? 'success' : report.overdue ? 'danger' : 'info'}>{report.stateLabel}</Badge>
          </p>
          <dl className="feeds__facts">
            <dt>{t('feedback.unit')}</dt>
            <dd>{report.unitName}</dd>
            <dt>{t('feedback.filedAt')}</dt>
            <dd>{formatDateTime(report.filedAt, language)}</dd>
            <dt>{t('feedback.dueAt')}</dt>
            <dd>{formatDateTime(report.dueAt, language)}</dd>
            {report.answer ? (
              <>
                <dt>{t('feedback.answer')}</dt>
                <dd className="feeds__answer">{report.answer}</dd>
              </>
            ) : null}
            {report.rejectReason ? (
              <>
                <dt>{t('feedback.rejectReason')}</dt>
                <dd className="feeds__answer">{report.rejectReason}</dd>
              </>
            ) : null}
          </dl>
          {report.state === 'moderation' ? <p className="feeds__note">{t('feedback.track.moderation')}</p> : null}
          {report.state === 'handled' && report.rating === null && !rate.isSuccess ? (
            <fieldset className="feeds__fieldset">
              <legend className="ui-field__label">{t('feedback.track.rate')}</legend>
              <div className="feeds__buttons">
                {[1, 2, 3, 4, 5].map((n) => (
                  <Button
                    key={n}
                    onClick={() => rate.mutate({ token: token.trim(), rating: n })}
                    disabled={rate.isPending}
                    aria-label={t('feedback.track.stars', { n })}
                  >
                    {'★'.repeat(n)}
                  </Button>
                ))}
              </div>
            </fieldset>
          ) : null}
          {rate.isError ? <ApiErrorNotice error={rate.error} /> : null}
          {rate.isSuccess || report.rating !== null ? (
            <Notice tone="success">{t('feedback.track.rated', { n: rate.variables?.rating ?? report.rating })}</Notice>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
