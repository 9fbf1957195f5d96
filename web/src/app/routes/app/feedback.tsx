/**
 * /feedback (Phản ánh hiện trường, the IOC screen): for the screen's unit and period — received, handled, on time,
 * overdue now; the map of the reports by state (overdue in red) over the unit's children's boundaries; handling per
 * unit ranked by the on-time rate (units below the minimum of reports not ranked), with handling hours and
 * satisfaction; the overdue queue (the 15 longest overdue), each report linked to its page. Simulated reports say so. Live (family `feeds`).
 */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import { EmptyState, Notice } from '@/components/ui/notice';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { PointsMap } from '@/components/charts/points-map';
import { useChildBoundaries } from '@/features/overview/api/get-boundaries';
import { UnitLineageNotes } from '@/features/units/components/unit-lineage-notes';
import { useFeedbackKpis, useFeedbackPoints, useFeedbackQueue } from '@/features/feeds/api/feedback';
import { FeedbackKpisTable } from '@/features/feeds/components/feedback-kpis-table';
import { colorOf, STATE_COLORS } from '@/features/feeds/components/feedback-states';
import { useLanguage } from '@/lib/i18n';
import { periodLabel } from '@/lib/i18n/period-label';
import { formatDateTime, formatNumber, formatPercent } from '@/lib/format';
import { screenSearch } from '@/lib/screen-params';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useScreen } from './root';
import '@/features/feeds/components/feeds.css';

export function FeedbackRoute() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { params, at, update } = useScreen();
  const kpis = useFeedbackKpis(params.unit, params.period, params.view);
  const points = useFeedbackPoints(params.unit, params.period, params.view);
  const queue = useFeedbackQueue(params.unit, params.period, params.view, true);
  const geo = useChildBoundaries(params.unit, at, 'medium');
  useDocumentTitle(t('feedback.title'));
  const search = screenSearch(params);
  const n = (v: number | null | undefined) => formatNumber(v, language, 0);

  let body;
  if (kpis.isPending) body = <Skeleton lines={6} label={t('feedback.loading')} />;
  else if (kpis.isError) body = <ApiErrorNotice error={kpis.error} onRetry={() => void kpis.refetch()} />;
  else {
    const k = kpis.data;
    const simulated = points.data?.items.some((p) => p.simulated) ?? false;
    const features = (geo.data as { features?: unknown[] } | undefined)?.features ?? [];
    body = (
      <>
        <p className="page-header__context" data-testid="feedback-context">
          {t('feedback.context', { unit: `${k.unit.name} (${k.unit.code})`, period: periodLabel(k.period, t, language) })}
        </p>
        {k.total.received === 0 ? (
          <EmptyState title={t('feedback.empty')}>
            <p>{t('feedback.emptyHelp')}</p>
            {/* A unit the reform merged (Đắk Nông): its reports since are its successor's; one click there. */}
            <UnitLineageNotes code={params.unit} at={at} onShow={(code, view) => update({ unit: code, view })} />
          </EmptyState>
        ) : (
          <>
            {simulated ? <Notice tone="warning">{t('feedback.simulatedNote')}</Notice> : null}
            <dl className="ui-figures" data-testid="feedback-totals">
              <div className="ui-figure">
                <dt>{t('feedback.totals.received')}</dt>
                <dd>{n(k.total.received)}</dd>
              </div>
              <div className="ui-figure">
                <dt>{t('feedback.totals.handled')}</dt>
                <dd>
                  {n(k.total.handled)} ({formatPercent(k.total.handledRate, language, 1)})
                </dd>
              </div>
              <div className="ui-figure" data-testid="feedback-on-time">
                <dt>{t('feedback.totals.onTime')}</dt>
                <dd>{formatPercent(k.total.onTimeRate, language, 1)}</dd>
              </div>
              <div className="ui-figure">
                <dt>{t('feedback.totals.overdue')}</dt>
                <dd>{n(k.total.overdue)}</dd>
              </div>
            </dl>
            <Card title={t('feedback.map')} className="feeds__section">
              {features.length > 0 && points.data ? (
                <>
                  <PointsMap
                    mapName={`feedback-${params.unit}-${at}`}
                    geojson={geo.data!}
                    points={[...points.data.items]
                      .sort((a, b) => Number(a.overdue) - Number(b.overdue) || Number(b.state === 'handled') - Number(a.state === 'handled'))
                      .map((p) => ({
                        long: p.long,
                        lat: p.lat,
                        color: colorOf(p),
                        label: `#${p.id} · ${p.overdue ? t('feedback.overdue') : t(`feedback.states.${p.state as 'new'}`)}`,
                      }))}
                    label={t('feedback.mapLabel', { count: points.data.items.length })}
                  />
                  <ul className="feeds__legend">
                    {Object.entries(STATE_COLORS).map(([state, color]) => (
                      <li key={state}>
                        <span className="feeds__swatch" style={{ background: color }} />
                        {state === 'overdue' ? t('feedback.overdue') : t(`feedback.states.${state as 'new'}`)}
                      </li>
                    ))}
                  </ul>
                </>
              ) : geo.isPending || points.isPending ? (
                <Skeleton lines={4} label={t('feedback.loading')} />
              ) : (
                <p className="feeds__note">{t('feedback.noMap')}</p>
              )}
            </Card>
            <Card title={t('feedback.ranking')} className="feeds__section">
              <p className="feeds__note">{t('feedback.rankingNote', { min: k.minReports })}</p>
              <FeedbackKpisTable items={k.items} />
            </Card>
            <Card title={`${t('feedback.queue')} (${n(queue.data?.total ?? 0)})`} className="feeds__section">
              {queue.data && queue.data.items.length === 0 ? <p>{t('feedback.queueEmpty')}</p> : null}
              <ul className="feeds__list" data-testid="feedback-queue">
                {queue.data?.items.map((r) => (
                  <li key={r.id}>
                    <Link to={{ pathname: `/feedback/${r.id}`, search }}>
                      #{r.id} · {r.categoryName}
                    </Link>{' '}
                    — {r.unitName} · {t('feedback.dueAt')} {formatDateTime(r.dueAt, language)}
                    <div className="feeds__answer">{r.description}</div>
                  </li>
                ))}
              </ul>
            </Card>
          </>
        )}
      </>
    );
  }

  return (
    <>
      <header className="page-header">
        <h1>{t('feedback.title')}</h1>
        <p className="page-header__context">{t('feedback.intro')}</p>
        <p className="page-header__links">
          <Link to={{ pathname: '/', search }}>‹ {t('nav.overview')}</Link> · <Link to="/phan-anh">{t('feedback.public.link')}</Link>
        </p>
      </header>
      {body}
    </>
  );
}
