/**
 * A published ranking edition (/du-lieu-mo/xep-hang/:framework/:edition/:period): each level's latest published
 * run — its source, "among how many" (63 provinces for DTI), and per unit its rank, score (0,5934), change of rank
 * (+26 places) and grade. CSV and JSON links.
 */
import { useTranslation } from 'react-i18next';
import { formatNumber, NO_VALUE } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import type { PublicRanking } from '../api/open-data';
import '@/components/ui/table.css';
import { DownloadLinks } from './download-links';

const LEVELS = ['province', 'district', 'commune'] as const;

export function RankingEdition({ ranking }: { ranking: PublicRanking }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const path = [ranking.framework.code, ranking.edition.edition, ranking.period].map(encodeURIComponent).join('/');
  const base = `/api/v1/public/rankings/${path}`;
  const change = (value: number | null) =>
    value === null ? NO_VALUE : value > 0 ? `+${formatNumber(value, language)}` : value < 0 ? `−${formatNumber(-value, language)}` : '0';
  return (
    <>
      <DownloadLinks path={base} />
      {ranking.runs.map((run) => {
        const results = [...run.results].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || (b.score ?? 0) - (a.score ?? 0));
        const level = LEVELS.find((l) => l === run.level);
        return (
          <section key={run.level} className="open-data__group">
            <h2>{level ? t(`openData.ranking.levels.${level}`) : run.level}</h2>
            <p className="open-data__summary" data-testid="open-data-ranked-among">
              {t('openData.ranking.among', { count: run.rankedAmong })}
            </p>
            {run.source ? <p className="open-data__note">{t('openData.ranking.source', { title: run.source.title })}</p> : null}
            <div className="ui-table__scroll" tabIndex={0} role="region" aria-label={ranking.edition.name}>
              <table className="ui-table ui-stack-table open-data__table">
                <thead>
                  <tr>
                    <th scope="col">{t('openData.ranking.unit')}</th>
                    <th scope="col" className="is-number">
                      {t('openData.ranking.rank')}
                    </th>
                    <th scope="col" className="is-number">
                      {t('openData.ranking.score')}
                    </th>
                    <th scope="col" className="is-number">
                      {t('openData.ranking.change')}
                    </th>
                    <th scope="col">{t('openData.ranking.grade')}</th>
                  </tr>
                </thead>
                <tbody>
                  {results.map((r) => (
                    <tr key={r.unitCode} data-unit={r.unitCode}>
                      <th scope="row">{r.unitName}</th>
                      <td className="is-number" data-label={t('openData.ranking.rank')}>
                        {r.rank === null ? t('openData.ranking.unranked') : `${r.rank}/${run.rankedAmong}`}
                      </td>
                      <td className="is-number" data-label={t('openData.ranking.score')}>
                        {formatNumber(r.score, language, 4)}
                      </td>
                      <td className="is-number" data-label={t('openData.ranking.change')}>
                        {change(r.rankChange)}
                      </td>
                      <td data-label={t('openData.ranking.grade')}>{r.grade ?? NO_VALUE}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </>
  );
}
