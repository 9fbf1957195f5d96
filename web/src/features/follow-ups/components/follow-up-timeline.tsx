/**
 * Diễn biến: a follow-up's story in order — opened (and why), the explanations with their evidence, the directives
 * (assignee, deadline, overdue or done) with their progress reports, and how it was closed.
 */
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { useLanguage } from '@/lib/i18n';
import { formatDate, formatDateTime } from '@/lib/format';
import type { FollowUp } from '@/lib/api/types';

type Evidence = FollowUp['explanations'][number]['evidence'][number];

export function FollowUpTimeline({ followUp }: { followUp: FollowUp }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const f = followUp;
  const status = language === 'en' ? f.target.statusLabel.en : f.target.statusLabel.vi;
  const events = [
    ...f.explanations.map((e) => ({ at: e.at, key: `e${e.id}`, node: explanationItem(e) })),
    ...f.directives.map((d) => ({ at: d.at, key: `d${d.id}`, node: directiveItem(d) })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <ol className="follow-up__timeline" aria-label={t('followUps.timeline')} data-testid="follow-up-timeline">
      <li className="follow-up__event">
        <p className="follow-up__event-title">{t('followUps.opened', { date: formatDate(f.openedOn, language), status })}</p>
        <p>{t('followUps.explainBy', { date: formatDate(f.explainBy, language) })}</p>
      </li>
      {events.map((e) => e.node)}
      {f.closed ? (
        <li className="follow-up__event">
          <p className="follow-up__event-title">
            {f.closed.reason === 'recovered'
              ? t('followUps.closedRecovered', { date: formatDateTime(f.closed.at, language) })
              : t('followUps.closedLeader', { date: formatDateTime(f.closed.at, language), by: f.closed.by, note: f.closed.note ?? '' })}
          </p>
        </li>
      ) : null}
    </ol>
  );

  function explanationItem(e: FollowUp['explanations'][number]) {
    return (
      <li key={`e${e.id}`} className="follow-up__event">
        <p className="follow-up__event-title">{t('followUps.explanation', { by: e.by, date: formatDateTime(e.at, language) })}</p>
        <p>{e.content}</p>
        {evidenceList(e.evidence)}
      </li>
    );
  }

  function directiveItem(d: FollowUp['directives'][number]) {
    return (
      <li key={`d${d.id}`} className={d.overdue ? 'follow-up__event follow-up__event--late' : 'follow-up__event'} data-testid="directive">
        <p className="follow-up__event-title">{t('followUps.directive', { by: d.by, date: formatDateTime(d.at, language) })}</p>
        <p>{d.content}</p>
        <p>
          {t('followUps.directiveTo', { unit: `${d.assignee.name} (${d.assignee.code})`, deadline: formatDate(d.deadline, language) })}{' '}
          {d.doneAt ? <Badge tone="success">{t('followUps.directiveDone', { date: formatDateTime(d.doneAt, language) })}</Badge> : null}
          {d.overdue ? <Badge tone="danger">{t('followUps.directiveOverdue', { deadline: formatDate(d.deadline, language) })}</Badge> : null}
        </p>
        {d.progress.length ? (
          <ul className="follow-up__progress">
            {d.progress.map((p) => (
              <li key={p.id}>
                <p className="follow-up__event-title">
                  {t('followUps.progress', { by: p.by, date: formatDateTime(p.at, language) })}
                  {p.done ? ` — ${t('followUps.progressDone')}` : ''}
                </p>
                <p>{p.content}</p>
                {evidenceList(p.evidence)}
              </li>
            ))}
          </ul>
        ) : null}
      </li>
    );
  }

  function evidenceList(evidence: Evidence[]) {
    if (evidence.length === 0) return null;
    return (
      <p>
        {t('followUps.evidence')}:{' '}
        {evidence.map((e, i) => (
          <span key={i}>
            {i > 0 ? '; ' : ''}
            {e.kind === 'link' && e.url ? (
              <a href={e.url} rel="noreferrer noopener" target="_blank">
                {e.title ?? e.url}
              </a>
            ) : (
              [e.number ? t('followUps.evidenceDocument', { number: e.number }) : null, e.date ? formatDate(e.date, language) : null, e.issuer, e.summary]
                .filter(Boolean)
                .join(', ')
            )}
          </span>
        ))}
      </p>
    );
  }
}
