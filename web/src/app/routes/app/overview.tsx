/**
 * / (Trang điều hành): for the chosen unit, period and view, the progress of the plan that covers them (the plan
 * in the URL, ?plan=, or the first) with its lagging targets; for the chosen indicator (?indicator=), its figure,
 * its map by child unit and its trend; the reporting coverage of the period. The rankings block comes next.
 */
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { IndicatorFigure } from '@/features/overview/components/indicator-figure';
import { PlanProgress } from '@/features/plans/components/plan-progress';
import { ReportingCoverage } from '@/features/coverage/components/reporting-coverage';
import { LatestRanking } from '@/features/rankings/components/latest-ranking';
import { OverdueFollowUps } from '@/features/follow-ups/components/overdue-follow-ups';
import { DueTasksPanel } from '@/features/tasks/components/due-tasks-panel';
import { ProductsCard } from '@/features/products/components/products-card';
import { screenSearch, unitPageHref } from '@/lib/screen-params';
import { IndicatorTrend } from '@/features/overview/components/indicator-trend';
import { IndicatorMap } from '@/features/overview/components/indicator-map';
import { useIndicators } from '@/features/overview/api/get-indicators';
import { useIndicator } from '@/features/indicators/api/get-indicator';
import { SelectField } from '@/components/ui/select-field';
import { useUnit } from '@/features/units/api/get-unit';
import { UnitLineageNotes } from '@/features/units/components/unit-lineage-notes';
import { useLanguage } from '@/lib/i18n';
import { formatDate } from '@/lib/format';
import { periodLabel } from '@/lib/i18n/period-label';
import { parsePeriodId, periodId, shiftPeriod } from '@/lib/periods';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useScreen } from './root';
import '../routes.css';

/** The indicator a screen opens on when the URL names none: the seeds' "71/71 xã kết nối cáp quang" when defined. */
const DEFAULT_INDICATOR = 'CT_XA_CAP_QUANG';

export function OverviewRoute() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { params, update, at, alsoAt } = useScreen();
  const unit = useUnit(params.unit, at, alsoAt);
  const unitName = unit.data ? `${unit.data.name} (${unit.data.code})` : params.unit;
  const label = periodLabel(params.period, t, language);
  const period = parsePeriodId(params.period);
  const [search, setSearch] = useSearchParams();
  const setParam = (key: 'plan' | 'indicator') => (code: string) =>
    setSearch((previous) => {
      const next = new URLSearchParams(previous);
      next.set(key, code);
      return next;
    });
  const indicators = useIndicators();
  const list = indicators.data?.items ?? [];
  const asked = search.get('indicator');
  const indicator = list.find((i) => i.code === asked) ?? list.find((i) => i.code === DEFAULT_INDICATOR) ?? list[0];
  const indicatorName = indicator ? (language === 'en' && indicator.nameEn ? indicator.nameEn : indicator.name) : '';
  const definition = useIndicator(indicator?.code ?? DEFAULT_INDICATOR);
  const computed = definition.data?.computed ?? false;
  useDocumentTitle(t('overview.title'));

  return (
    <div className="overview">
      <header className="page-header">
        <h1>{t('overview.title')}</h1>
        <p className="page-header__context" data-testid="screen-context">
          {t('overview.context', { unit: unitName, period: label, view: t(params.view === 'was' ? 'view.was' : 'view.now') })}
        </p>
        {unit.data ? (
          <p className="page-header__links">
            <Link to={unitPageHref(params.unit, params)} data-testid="unit-page-link">
              {t('unitPage.openNamed', { unit: unitName })} ›
            </Link>
          </p>
        ) : null}
      </header>
      {unit.data === null ? (
        <Notice tone="warning" title={t('overview.unitGone', { code: params.unit, date: formatDate(at, language) })}>
          <p>{t(params.view === 'now' ? 'overview.unitGoneHelp' : 'overview.unitGoneHelpWas')}</p>
          <UnitLineageNotes code={params.unit} at={at} onShow={(code, view) => update({ unit: code, view })} />
        </Notice>
      ) : null}
      {list.length > 0 && indicator ? (
        <div className="overview__controls">
          <SelectField
            label={t('indicatorPicker.label')}
            value={indicator.code}
            onChange={setParam('indicator')}
            options={list.map((i) => ({ value: i.code, label: language === 'en' && i.nameEn ? i.nameEn : i.name }))}
          />
          <p className="overview__details">
            <Link to={`/indicators/${encodeURIComponent(indicator.code)}${screenSearch(params)}`}>{t('indicatorPage.details')} ›</Link>
          </p>
        </div>
      ) : null}
      <div className="overview__grid">
        <PlanProgress
          unit={params.unit}
          unitName={unitName}
          period={params.period}
          periodLabel={label}
          plan={search.get('plan')}
          onPlanChange={setParam('plan')}
          reportHref={(plan) => `/reports${screenSearch(params)}&plan=${encodeURIComponent(plan)}`}
        />
        <ReportingCoverage unit={params.unit} unitName={unitName} period={params.period} unitLink={(code) => `/${screenSearch({ ...params, unit: code })}`} />
        <LatestRanking unit={params.unit} />
        <OverdueFollowUps href={(id) => `/follow-ups/${id}${screenSearch(params)}`} listHref={`/follow-ups${screenSearch(params)}&overdue=1`} />
        <DueTasksPanel search={screenSearch(params)} />
        <ProductsCard
          unit={params.unit}
          year={Number(params.period.slice(0, 4))}
          href={(id) => `/products/${id}${screenSearch(params)}`}
          listHref={`/products${screenSearch(params)}`}
        />
        {indicator ? (
          <>
            <IndicatorFigure
              indicator={indicator.code}
              name={indicatorName}
              unitOfMeasure={indicator.unitOfMeasure}
              unit={params.unit}
              unitName={unitName}
              period={params.period}
              periodLabel={label}
              view={params.view}
              computed={computed}
              emptyActions={
                period ? (
                  <Button onClick={() => update({ period: periodId(shiftPeriod(period, -1)) })}>
                    <span aria-hidden="true">‹</span> {t('periodPicker.previousLabel', { period: periodLabel(shiftPeriod(period, -1), t, language) })}
                  </Button>
                ) : undefined
              }
            />
            <IndicatorMap
              indicator={indicator.code}
              name={indicatorName}
              unitOfMeasure={indicator.unitOfMeasure}
              unit={params.unit}
              unitName={unitName}
              period={params.period}
              periodLabel={label}
              view={params.view}
              at={at}
              unitLink={(code) => `/${screenSearch({ ...params, unit: code })}${indicator ? `&indicator=${encodeURIComponent(indicator.code)}` : ''}`}
              unitPageLink={(code) => unitPageHref(code, params)}
            />
            <IndicatorTrend
              indicator={indicator.code}
              name={indicatorName}
              unitOfMeasure={indicator.unitOfMeasure}
              unit={params.unit}
              unitName={unitName}
              period={params.period}
              view={params.view}
            />
          </>
        ) : null}
      </div>
    </div>
  );
}
