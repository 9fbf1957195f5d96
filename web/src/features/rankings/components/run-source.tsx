/**
 * Where a run's figures come from: entered as published (with the source document, its date, who entered it
 * and when) or computed from the values entered; a table that holds only some units (ranks above its size) says
 * its ranks are the published national ones; each row's own source, in the words of the article it cites.
 */
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { useLanguage } from '@/lib/i18n';
import { formatDate, formatDateTime, formatNumber } from '@/lib/format';
import type { ScoreItem, Scores } from '@/lib/api/types';

export function RunSource({ run, items }: { run: Scores['run']; items: readonly ScoreItem[] }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const maxRank = Math.max(0, ...items.map((i) => i.rank ?? 0));
  const notes = items.filter((i) => i.note);
  return (
    <div className="run-source" data-testid="run-source">
      <p className="run-source__status">
        <Badge tone={run.status === 'draft' ? 'warning' : 'success'}>{t(run.status === 'draft' ? 'rankings.draft' : 'rankings.published')}</Badge>{' '}
        <span>{t(run.origin === 'imported' ? 'rankings.imported' : 'rankings.computed')}</span>
        {' · '}
        <span>{t('rankings.units', { count: items.filter((i) => i.score !== null || i.rank !== null).length })}</span>
      </p>
      {run.source ? (
        <p className="run-source__title">
          {t('rankings.source', { title: run.source.title })}
          {run.source.date ? `, ${t('rankings.sourceDate', { date: formatDate(run.source.date, language) })}` : ''}
          {run.source.url ? (
            <>
              {' '}
              <a href={run.source.url} rel="noreferrer noopener" target="_blank">
                {run.source.url}
              </a>
            </>
          ) : null}
        </p>
      ) : null}
      {run.publishedAt ? (
        <p className="run-source__meta">{t('rankings.publishedOn', { when: formatDateTime(run.publishedAt, language), by: run.publishedBy ?? '' })}</p>
      ) : null}
      {run.origin === 'imported' && maxRank > items.length ? (
        <p className="run-source__partial">{t('rankings.partialNote', { count: formatNumber(items.length, language, 0) })}</p>
      ) : null}
      {notes.length ? (
        <details className="run-source__notes">
          <summary>{t('rankings.notes')}</summary>
          <ul>
            {notes.map((i) => (
              <li key={i.unit.code}>
                <strong>{i.unit.name}:</strong> {i.note}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
