/**
 * /feedback/:id: one report — its category, place, unit, deadline, state, the public answer, the citizen's rating,
 * the history; the reporter's name and contact only when the server sends them (the caller may read the unit's
 * personal data). Those who may act on it (the server refuses the rest, by name) take the next step with an
 * answer, a reason or a receiving unit.
 */
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import { Button } from '@/components/ui/button';
import { Badge } from '@/components/ui/badge';
import { Notice } from '@/components/ui/notice';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useFeedbackAction, useFeedbackReport, type FeedbackActionBody } from '@/features/feeds/api/feedback';
import { ApiError, localMessage } from '@/lib/api/errors';
import { useLanguage } from '@/lib/i18n';
import { formatDateTime } from '@/lib/format';
import { screenSearch } from '@/lib/screen-params';
import { useDocumentTitle } from '@/lib/use-document-title';
import { can } from '@/lib/authorization';
import { useMe } from '@/lib/auth';
import { useScreen } from './root';
import '@/features/feeds/components/feeds.css';

/** The steps offered from each state (the server checks them again). */
const NEXT: Readonly<Record<string, ReadonlyArray<FeedbackActionBody['action']>>> = {
  moderation: ['approve', 'mark_spam'],
  new: ['acknowledge', 'start', 'handle', 'reject', 'transfer'],
  acknowledged: ['start', 'handle', 'reject', 'transfer'],
  in_progress: ['handle', 'reject', 'transfer'],
};

/** A refused step: the server's reason, and each field it names (the answer, the receiving unit). */
function ActionRefused({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const details = error instanceof ApiError ? error.details : [];
  if (details.length === 0) return <ApiErrorNotice error={error} title={t('feedback.actions.refused')} />;
  return (
    <Notice tone="danger" title={t('feedback.actions.refused')}>
      <ul>
        {details.map((d, i) => (
          <li key={i}>{localMessage(d.message ?? '', language)}</li>
        ))}
      </ul>
    </Notice>
  );
}

export function FeedbackReportRoute() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { params } = useScreen();
  const id = Number(useParams().id);
  const report = useFeedbackReport(id);
  const act = useFeedbackAction(id);
  const me = useMe();
  const [note, setNote] = useState('');
  const [unit, setUnit] = useState('');
  useDocumentTitle(t('feedback.report', { id }));
  const search = screenSearch(params);
  const dt = (v: string | null) => formatDateTime(v, language);

  let body;
  if (report.isPending) body = <Skeleton lines={6} label={t('feedback.loading')} />;
  else if (report.isError) body = <ApiErrorNotice error={report.error} onRetry={() => void report.refetch()} />;
  else {
    const r = report.data;
    const steps = can(me.data, 'write_values') || can(me.data, 'manage') ? (NEXT[r.state] ?? []) : [];
    body = (
      <>
        {r.simulated ? <Notice tone="warning">{t('feedback.simulatedNote')}</Notice> : null}
        <Card title={r.categoryName}>
          <p className="feeds__answer" data-testid="feedback-description">
            {r.description}
          </p>
          <dl className="feeds__facts" data-testid="feedback-facts">
            <dt>{t('feedback.state')}</dt>
            <dd>
              {t(`feedback.states.${r.state}`)} {r.overdue ? <Badge tone="danger">{t('feedback.overdue')}</Badge> : null}
              {r.onTime === true ? (
                <Badge tone="success">{t('feedback.onTime')}</Badge>
              ) : r.onTime === false ? (
                <Badge tone="warning">{t('feedback.late')}</Badge>
              ) : null}
            </dd>
            <dt>{t('feedback.unit')}</dt>
            <dd>
              {r.unitName} <span className="feeds__code">({r.unit})</span>
            </dd>
            <dt>{t('feedback.filedAt')}</dt>
            <dd>{dt(r.filedAt)}</dd>
            <dt>{t('feedback.dueAt')}</dt>
            <dd>{dt(r.dueAt)}</dd>
            {r.handledAt ? (
              <>
                <dt>{t('feedback.handledAt')}</dt>
                <dd>{dt(r.handledAt)}</dd>
              </>
            ) : null}
            {r.address ? (
              <>
                <dt>{t('feedback.address')}</dt>
                <dd>{r.address}</dd>
              </>
            ) : null}
            {r.answer ? (
              <>
                <dt>{t('feedback.answer')}</dt>
                <dd className="feeds__answer">{r.answer}</dd>
              </>
            ) : null}
            {r.rejectReason ? (
              <>
                <dt>{t('feedback.rejectReason')}</dt>
                <dd className="feeds__answer">{r.rejectReason}</dd>
              </>
            ) : null}
            {r.rating !== null ? (
              <>
                <dt>{t('feedback.rating')}</dt>
                <dd>{r.rating}/5</dd>
              </>
            ) : null}
            <dt>{t('feedback.reporter')}</dt>
            <dd>{r.personalShown ? [r.reporterName, r.reporterContact].filter(Boolean).join(' · ') || '—' : t('feedback.reporterHidden')}</dd>
          </dl>
        </Card>
        {steps.length > 0 ? (
          <Card title={t('feedback.actions.title')} className="feeds__section">
            <form className="feeds__form" onSubmit={(e) => e.preventDefault()}>
              <label>
                {t('feedback.actions.note')}
                <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={3} maxLength={4000} />
              </label>
              {steps.includes('transfer') ? (
                <label>
                  {t('feedback.actions.unit')}
                  <input value={unit} onChange={(e) => setUnit(e.target.value)} maxLength={40} />
                </label>
              ) : null}
              <div className="feeds__buttons">
                {steps.map((action) => (
                  <Button
                    key={action}
                    variant={action === 'handle' ? 'primary' : 'secondary'}
                    disabled={act.isPending}
                    onClick={() =>
                      act.mutate({
                        action,
                        ...(note.trim() ? { note: note.trim() } : {}),
                        ...(action === 'transfer' && unit.trim() ? { unit: unit.trim() } : {}),
                      })
                    }
                  >
                    {t(`feedback.actions.${action}`)}
                  </Button>
                ))}
              </div>
              {act.isError ? <ActionRefused error={act.error} /> : null}
              {act.isSuccess ? <Notice tone="success">{t('feedback.actions.done', { state: t(`feedback.states.${act.data.state}`) })}</Notice> : null}
            </form>
          </Card>
        ) : null}
        <Card title={t('feedback.history')} className="feeds__section">
          <ol className="feeds__list" data-testid="feedback-history">
            {r.history.map((h, i) => (
              <li key={i}>
                {dt(h.at)} · {h.actionLabel} · {h.toUnitName}
                {h.note ? <div className="feeds__answer">{h.note}</div> : null}
              </li>
            ))}
          </ol>
        </Card>
      </>
    );
  }

  return (
    <>
      <header className="page-header">
        <h1>{t('feedback.report', { id })}</h1>
        <p className="page-header__links">
          <Link to={{ pathname: '/feedback', search }}>{t('feedback.back')}</Link>
        </p>
      </header>
      {body}
    </>
  );
}
