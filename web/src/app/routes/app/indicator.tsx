/**
 * /indicators/:code (Trang chỉ tiêu): one indicator for the screen's unit, period and view — its definition (what
 * it divides by what, its unit of measure, the plans that target it), its figure with target and gap, its map and
 * table by child unit, its trend, and the history of the values behind it for the unit or one of its children:
 * every version, who wrote it, when, from where and with which evidence.
 */
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Notice } from '@/components/ui/notice';
import { SelectField } from '@/components/ui/select-field';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { IndicatorFigure } from '@/features/overview/components/indicator-figure';
import { IndicatorMap } from '@/features/overview/components/indicator-map';
import { IndicatorTrend } from '@/features/overview/components/indicator-trend';
import { useIndicator } from '@/features/indicators/api/get-indicator';
import { ValueHistoryPanel } from '@/features/indicators/components/value-history';
import { useUnit } from '@/features/units/api/get-unit';
import { useChildUnits } from '@/features/units/api/child-units';
import { useLanguage } from '@/lib/i18n';
import { periodLabel } from '@/lib/i18n/period-label';
import { KIND_OF_PERIOD_TYPE, parsePeriodId, periodId, reportingPeriod } from '@/lib/periods';
import { screenSearch, unitPageHref } from '@/lib/screen-params';
import { useDocumentTitle } from '@/lib/use-document-title';
import { registryRecordsHref } from '@/features/registries/registry-links';
import { useScreen } from './root';
import '../routes.css';
import '@/features/indicators/components/indicators.css';

export function IndicatorRoute() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { params, at, alsoAt } = useScreen();
  const indicator = useIndicator(code);
  const unit = useUnit(params.unit, at, alsoAt);
  const children = useChildUnits(params.unit, at);
  const [historyUnit, setHistoryUnit] = useState<string | null>(null);
  const unitName = unit.data ? `${unit.data.name} (${unit.data.code})` : params.unit;
  const label = periodLabel(params.period, t, language);
  const name = indicator.data ? (language === 'en' && indicator.data.nameEn ? indicator.data.nameEn : indicator.data.name) : code;
  useDocumentTitle(name);

  if (indicator.isPending) return <Skeleton lines={6} label={t('indicatorPage.loading')} />;
  if (indicator.isError) return <ApiErrorNotice error={indicator.error} onRetry={() => void indicator.refetch()} />;
  const definition = indicator.data;
  const elementName = (usedIn: 'numerator' | 'denominator') =>
    definition.elements.filter((e) => e.usedIn.includes(usedIn)).map((e) => (language === 'en' && e.nameEn ? e.nameEn : e.name));
  const derived = definition.elements.filter((e) => e.derivedFrom);
  const screen = parsePeriodId(params.period);
  const elementKind = KIND_OF_PERIOD_TYPE[definition.elements[0]?.periodType ?? ''];
  const historyPeriod = screen && elementKind ? periodId(reportingPeriod(screen, elementKind)) : params.period;
  const choices = [{ value: params.unit, label: unitName }, ...(children.data?.items ?? []).map((c) => ({ value: c.code, label: `${c.name} (${c.code})` }))];
  const chosen = choices.find((c) => c.value === historyUnit) ?? choices[0]!;

  return (
    <div className="overview indicator-page">
      <header className="page-header">
        <p className="page-header__back">
          <Link to={`/${screenSearch(params)}&indicator=${encodeURIComponent(code)}`}>‹ {t('indicatorPage.back')}</Link>
        </p>
        <h1>{name}</h1>
        <p className="page-header__context" data-testid="screen-context">
          {t('overview.context', { unit: unitName, period: label, view: t(params.view === 'was' ? 'view.was' : 'view.now') })}
        </p>
        {unit.data ? (
          <p className="page-header__links">
            <Link to={unitPageHref(params.unit, params)}>{t('unitPage.openNamed', { unit: unitName })} ›</Link>
          </p>
        ) : null}
      </header>
      <dl className="indicator-page__definition">
        <dt>{t('indicatorPage.numerator')}</dt>
        <dd>{elementName('numerator').join(', ') || definition.numerator}</dd>
        {definition.denominator ? (
          <>
            <dt>{t('indicatorPage.denominator')}</dt>
            <dd>{elementName('denominator').join(', ') || definition.denominator}</dd>
          </>
        ) : null}
        <dt>{t('indicatorPage.unitOfMeasure')}</dt>
        <dd>{definition.unitOfMeasure ?? '—'}</dd>
        <dt>{t('indicatorPage.plans')}</dt>
        <dd>
          {definition.plans.length ? definition.plans.map((p) => (language === 'en' && p.nameEn ? p.nameEn : p.name)).join('; ') : t('indicatorPage.noPlans')}
        </dd>
        {derived.length ? (
          <>
            <dt>{t('registries.computed')}</dt>
            <dd data-testid="indicator-records-links">
              {derived.map((e) => (
                <Link key={e.code} to={registryRecordsHref(e.code, params, code)}>
                  {t('registries.seeRecordsOf', { name: language === 'en' && e.nameEn ? e.nameEn : e.name })} ›
                </Link>
              ))}
            </dd>
          </>
        ) : null}
      </dl>
      {unit.data === null ? <Notice tone="warning">{t('overview.unitGone', { code: params.unit, date: at })}</Notice> : null}
      <div className="overview__grid">
        <IndicatorFigure
          indicator={code}
          name={name}
          unitOfMeasure={definition.unitOfMeasure}
          unit={params.unit}
          unitName={unitName}
          period={params.period}
          periodLabel={label}
          view={params.view}
          computed={definition.computed}
        />
        <section className="ui-card history-card">
          <SelectField label={t('indicatorPage.historyUnit')} value={chosen.value} onChange={setHistoryUnit} options={choices} />
          <ValueHistoryPanel
            elements={definition.elements}
            unit={chosen.value}
            unitName={chosen.label}
            period={historyPeriod}
            periodLabel={periodLabel(historyPeriod, t, language)}
          />
        </section>
        <IndicatorMap
          indicator={code}
          name={name}
          unitOfMeasure={definition.unitOfMeasure}
          unit={params.unit}
          unitName={unitName}
          period={params.period}
          periodLabel={label}
          view={params.view}
          at={at}
          unitLink={(child) => `/indicators/${encodeURIComponent(code)}${screenSearch({ ...params, unit: child })}`}
          unitPageLink={(child) => unitPageHref(child, params)}
        />
        <IndicatorTrend
          indicator={code}
          name={name}
          unitOfMeasure={definition.unitOfMeasure}
          unit={params.unit}
          unitName={unitName}
          period={params.period}
          view={params.view}
        />
      </div>
    </div>
  );
}
