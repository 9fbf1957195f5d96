/**
 * What changed in this revision against the one before (GET …/runs/{id}/diff): per unit added, removed or changed,
 * its total and rank before and after, the main indices that moved. Published revisions are frozen, so this is
 * how a correction of the published table (or a draft against the published run) shows.
 */
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import { Badge } from '@/components/ui/badge';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useLanguage } from '@/lib/i18n';
import { formatNumber } from '@/lib/format';
import { useRunDiff } from '../api/get-run-diff';

const TONE = { added: 'success', removed: 'danger', changed: 'warning', unchanged: 'neutral' } as const;

export function RunDiffPanel({ framework, edition, runId }: { framework: string; edition: string; runId: number }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const diff = useRunDiff(framework, edition, runId);
  let body;
  if (diff.isPending) body = <Skeleton lines={3} label={t('rankings.loading')} />;
  else if (diff.isError) body = <ApiErrorNotice error={diff.error} onRetry={() => void diff.refetch()} />;
  else if (!diff.data.previous) body = <p>{t('rankings.diffFirst')}</p>;
  else {
    const { run, previous } = diff.data;
    // Units added or removed without any figure on either side (a computed run lists every unit) are left out.
    const changed = diff.data.units.filter(
      (u) =>
        u.change !== 'unchanged' &&
        (u.scoreBefore !== null || u.scoreAfter !== null || u.rankBefore !== null || u.rankAfter !== null || u.mainIndices.length > 0),
    );
    const status = (s: string) => t(s === 'draft' ? 'rankings.draft' : 'rankings.published');
    body = (
      <>
        <p>{t('rankings.diffAgainst', { revision: run.revision, previous: previous.revision, status: status(previous.status) })}</p>
        {changed.length === 0 ? (
          <p>{t('rankings.diffNone')}</p>
        ) : (
          <div className="rankings-table__scroll">
            <table className="run-diff" data-testid="run-diff">
              <thead>
                <tr>
                  <th scope="col">{t('rankings.unit')}</th>
                  <th scope="col">{t('rankings.change.changed')}</th>
                  <th scope="col" className="num">
                    {t('rankings.score')}: {t('rankings.before')} → {t('rankings.after')}
                  </th>
                  <th scope="col" className="num">
                    {t('rankings.rank')}: {t('rankings.before')} → {t('rankings.after')}
                  </th>
                  <th scope="col">{t('rankings.mainIndices')}</th>
                </tr>
              </thead>
              <tbody>
                {changed.map((u) => (
                  <tr key={u.unit.code}>
                    <th scope="row">
                      {u.unit.name} ({u.unit.code})
                    </th>
                    <td>
                      <Badge tone={TONE[u.change as keyof typeof TONE] ?? 'neutral'}>{t(`rankings.change.${u.change as keyof typeof TONE}`)}</Badge>
                    </td>
                    <td className="num">
                      {formatNumber(u.scoreBefore, language, 4)} → {formatNumber(u.scoreAfter, language, 4)}
                    </td>
                    <td className="num">
                      {formatNumber(u.rankBefore, language, 0)} → {formatNumber(u.rankAfter, language, 0)}
                    </td>
                    <td>
                      {u.mainIndices.map((m) => `${m.code}: ${formatNumber(m.before, language, 4)} → ${formatNumber(m.after, language, 4)}`).join('; ') || '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </>
    );
  }
  return (
    <Card title={t('rankings.diffTitle')} className="run-diff-card">
      {body}
    </Card>
  );
}
