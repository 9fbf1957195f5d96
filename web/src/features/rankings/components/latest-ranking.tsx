/**
 * Xếp hạng mới nhất, on the overview: the latest published run of the province framework (the newest edition
 * that has one) — its units by rank with the total and the rank change (▲/▼), the screen's unit first when the
 * run lists it — and a link to the rankings screen.
 */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import { Freshness } from '@/components/ui/freshness';
import { EmptyState } from '@/components/ui/notice';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useLanguage } from '@/lib/i18n';
import { formatNumber, NO_VALUE } from '@/lib/format';
import { useRankingChoice } from '../api/use-ranking-choice';
import { useScores } from '../api/get-scores';
import { sortItems } from './rankings-table';
import { DerivedMark, RankChange } from './rank-change';
import './rankings.css';

const SHOWN = 5;

export function LatestRanking({ unit }: { unit: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const choice = useRankingChoice();
  const run = choice.run?.status === 'published' ? choice.run : (choice.runs.find((r) => r.status === 'published') ?? null);
  const scores = useScores(choice.framework?.code ?? '', choice.edition ?? '', run ? { period: run.period, revision: run.revision } : null);
  const frameworkName = choice.framework ? (language === 'en' ? choice.framework.nameEn : choice.framework.name) : '';

  let body;
  if (choice.pending || (run && scores.isPending)) body = <Skeleton lines={4} label={t('rankings.loading')} />;
  else if (choice.error) body = <ApiErrorNotice error={choice.error} onRetry={choice.refetch} />;
  else if (!run || !choice.framework) body = <EmptyState title={t('rankings.latestNone')} />;
  else if (scores.isError) body = <ApiErrorNotice error={scores.error} onRetry={() => void scores.refetch()} />;
  else {
    const sorted = sortItems(scores.data?.items ?? [], 'rank', 'asc');
    const own = sorted.filter((i) => i.unit.code === unit);
    const shown = [...own, ...sorted.filter((i) => i.unit.code !== unit)].slice(0, SHOWN);
    body = (
      <>
        <p className="latest-ranking__of">
          {t('rankings.latestOf', { framework: choice.framework.code === 'DTI_TINH' ? 'DTI' : frameworkName, edition: choice.edition })}
        </p>
        <ol className="latest-ranking__list" data-testid="latest-ranking">
          {shown.map((i) => (
            <li key={i.unit.code}>
              <span className="latest-ranking__rank">
                {i.rank === null ? NO_VALUE : `#${formatNumber(i.rank, language, 0)}`}
                {i.rank !== null && i.derived.includes('rank') ? <DerivedMark /> : null}
              </span>
              <span className="latest-ranking__name">{i.unit.name}</span>
              <span className="latest-ranking__score">
                {formatNumber(i.score, language, 4)}
                {i.score !== null && i.derived.includes('score') ? <DerivedMark /> : null}
              </span>
              <RankChange change={i.rankChange} />
            </li>
          ))}
        </ol>
        <p>
          <Link to={`/rankings?framework=${encodeURIComponent(choice.framework.code)}&edition=${encodeURIComponent(choice.edition ?? '')}`}>
            {t('rankings.latestOpen')} ›
          </Link>
        </p>
      </>
    );
  }
  return (
    <Card title={t('rankings.latestTitle')} className="latest-ranking">
      {body}
      {scores.data ? <Freshness at={scores.dataUpdatedAt} /> : null}
    </Card>
  );
}
