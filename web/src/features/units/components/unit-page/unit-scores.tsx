/**
 * Điểm và xếp hạng: the unit’s total, rank (of how many), rank change and grade in the latest published revision of
 * every framework edition that lists it (GET /units/{code}/scores), figures worked back marked "suy ra", with the main indices’ points. An
 * edition without a published run is not shown; none at all says so plainly. The rankings page has the full table.
 */
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/notice';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useLanguage } from '@/lib/i18n';
import { formatDate, formatNumber } from '@/lib/format';
import { useUnitScores, type UnitScore } from '../../api/unit-scores';
import './unit-page.css';

/** A DTI-style index (0–1) is read to four decimals (0,8002). */
const SCORE_DECIMALS = 4;

export interface UnitScoresProps {
  code: string;
  unitName: string;
}

export function UnitScores({ code, unitName }: UnitScoresProps) {
  const { t } = useTranslation();
  const scores = useUnitScores(code);
  let body;
  if (scores.isPending) body = <Skeleton lines={3} label={t('unitPage.scores.loading')} />;
  else if (scores.isError) body = <ApiErrorNotice error={scores.error} onRetry={() => void scores.refetch()} />;
  else if (scores.data.length === 0)
    body = (
      <EmptyState title={t('unitPage.scores.none')}>
        <p>{t('unitPage.scores.noneHelp', { unit: unitName })}</p>
      </EmptyState>
    );
  else
    body = (
      <ul className="unit-scores" data-testid="unit-scores">
        {scores.data.map((s) => (
          <ScoreRow key={`${s.framework.code}-${s.edition.edition}`} score={s} unitName={unitName} />
        ))}
      </ul>
    );
  return (
    <Card title={t('unitPage.scores.title')} className="unit-page__scores">
      {body}
    </Card>
  );
}

function ScoreRow({ score, unitName }: { score: UnitScore; unitName: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { framework, edition, run, result: item, rankedAmong } = score;
  const name = framework.name;
  const derived = (figure: string) => (item.derived.includes(figure) ? ` (${t('unitPage.scores.derived')})` : '');
  const n = (value: number | null | undefined, decimals = 2) => formatNumber(value, language, decimals);
  return (
    <li className="unit-scores__run">
      <p className="unit-scores__name">{edition.name ?? `${name} ${edition.edition ?? ''}`}</p>
      {item && (item.rank === null || item.rank === undefined) ? (
        <p className="unit-scores__missing">
          {t('unitPage.scores.notRanked', { unit: unitName })}
          {item.missing?.length ? ` ${t('unitPage.scores.missing', { count: n(item.missing.length, 0) })}` : ''}
        </p>
      ) : item ? (
        <>
          <p className="unit-scores__figure">
            {t('unitPage.scores.rank', { rank: n(item.rank, 0), of: n(rankedAmong, 0) })}
            {derived('rank')}
            {item.score !== null && item.score !== undefined
              ? ` · ${t('unitPage.scores.score', { score: n(item.score, SCORE_DECIMALS) })}${derived('score')}`
              : ''}
            {item.grade?.label ? (
              <>
                {' '}
                <Badge tone="info">{item.grade.label}</Badge>
              </>
            ) : null}
          </p>
          {item.rankChange !== null && item.rankChange !== undefined && item.rankChange !== 0 ? (
            <p className="unit-scores__change">
              {t(item.rankChange > 0 ? 'unitPage.scores.up' : 'unitPage.scores.down', { n: n(Math.abs(item.rankChange), 0) })}
            </p>
          ) : null}
          <IndexList label={t('unitPage.scores.mainIndices')} indices={item.mainIndices ?? []} />
          <IndexList label={t('unitPage.scores.pillars')} indices={item.pillars ?? []} />
        </>
      ) : (
        <p className="unit-scores__missing">{t('unitPage.scores.notIn', { unit: unitName })}</p>
      )}
      <p className="unit-scores__published">
        {run.origin === 'imported' && run.source
          ? t('unitPage.scores.source', { source: run.source.title, date: formatDate(run.source.date ?? null, language) })
          : t('unitPage.scores.published', { date: formatDate(run.publishedAt?.slice(0, 10) ?? null, language), revision: n(run.revision, 0) })}
      </p>
    </li>
  );
}

type Index = Pick<NonNullable<UnitScore['result']['mainIndices']>[number], 'code' | 'name' | 'points' | 'max' | 'value' | 'rank'>;

/** The main indices or pillars the run states for the unit: points of the maximum, and the rank where published; the rest (not in the source) left out. */
function IndexList({ label, indices }: { label: string; indices: readonly Index[] }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const stated = indices.filter((m) => (m.value !== null && m.value !== undefined && (m.max ?? 0) > 0) || (m.rank !== null && m.rank !== undefined));
  if (stated.length === 0) return null;
  return (
    <>
      <p className="unit-scores__label">{label}</p>
      <ul className="unit-scores__indices" aria-label={label}>
        {stated.map((m) => (
          <li key={m.code}>
            {m.name}:{' '}
            {[
              m.value !== null && m.value !== undefined && (m.max ?? 0) > 0
                ? `${formatNumber(m.points, language, 2)}/${formatNumber(m.max, language, 0)}`
                : null,
              m.rank !== null && m.rank !== undefined ? t('unitPage.scores.indexRank', { rank: formatNumber(m.rank, language, 0) }) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </li>
        ))}
      </ul>
    </>
  );
}
