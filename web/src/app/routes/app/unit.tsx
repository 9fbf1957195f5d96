/**
 * /units/:code (Trang đơn vị): one province, commune or agency as it was on the page's date (?at=, else the screen's
 * date: today in the now view, the period's last day in the was view) — its name then, level, parents and validity;
 * the plans that cover it with every target's value, status and gap, and every indicator that has a value; its score and rank in each
 * framework of its level; its reporting record over the last three years; and its life through the reorganisations
 * as a timeline whose every unit links to its own page on the day of the event.
 */
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Notice } from '@/components/ui/notice';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { PlanTargets } from '@/features/plans/components/plan-targets';
import { IndicatorValues } from '@/features/overview/components/indicator-values';
import { useUnit } from '@/features/units/api/get-unit';
import { UnitHeader } from '@/features/units/components/unit-page/unit-header';
import { LineageTimeline } from '@/features/units/components/unit-page/lineage-timeline';
import { UnitScores } from '@/features/units/components/unit-page/unit-scores';
import { ReportingRecord } from '@/features/units/components/unit-page/reporting-record';
import { OverdueFollowUps } from '@/features/follow-ups/components/overdue-follow-ups';
import { RegistryFigures } from '@/features/registries/components/registry-figures';
import { registryRecordsHref } from '@/features/registries/registry-links';
import { DueTasksPanel } from '@/features/tasks/components/due-tasks-panel';
import { useLanguage } from '@/lib/i18n';
import { formatDate } from '@/lib/format';
import { periodLabel } from '@/lib/i18n/period-label';
import { parsePeriodId } from '@/lib/periods';
import { parseAtParam, screenForUnit, screenSearch, unitPageHref } from '@/lib/screen-params';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useScreen } from './root';
import '../routes.css';

/** Whether a unit version was in force on a day (validTo is exclusive). */
const inForce = (unit: { validFrom: string | null; validTo: string | null }, day: string) =>
  (unit.validFrom === null || unit.validFrom <= day) && (unit.validTo === null || day < unit.validTo);

/** How many calendar years the reporting record covers, ending with the screen's. */
const RECORD_YEARS = 3;

export function UnitRoute() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { params, at: screenAt, alsoAt } = useScreen();
  const [search, setSearch] = useSearchParams();
  const atParam = parseAtParam(search);
  const at = atParam ?? screenAt;
  const unit = useUnit(code, at, atParam ? undefined : alsoAt);
  const name = unit.data?.name ?? code;
  const unitName = `${name} (${code})`;
  const label = periodLabel(params.period, t, language);
  const year = parsePeriodId(params.period)?.year ?? Number(at.slice(0, 4));
  useDocumentTitle(unit.data ? unitName : t('unitPage.title'));

  const setPlan = (plan: string) =>
    setSearch((previous) => {
      const next = new URLSearchParams(previous);
      next.set('plan', plan);
      return next;
    });
  const overviewHref = `/${screenSearch(params)}`;
  const context = t('overview.context', { unit: unitName, period: label, view: t(params.view === 'was' ? 'view.was' : 'view.now') });
  const back = <Link to={overviewHref}>‹ {t('indicatorPage.back')}</Link>;

  // The day the unit was found on: the page's date, or (was view) the period's first day for a unit that ended within it.
  const shownAt = unit.data && !inForce(unit.data, at) && alsoAt && !atParam ? alsoAt : at;
  const timeline = <LineageTimeline code={code} at={shownAt} unitHref={(other, day) => unitPageHref(other.code, screenForUnit(params, other), day)} />;

  if (unit.isPending) return <Skeleton lines={6} label={t('unitPage.loading')} />;
  if (unit.isError) return <ApiErrorNotice error={unit.error} onRetry={() => void unit.refetch()} />;
  if (unit.data === null) {
    return (
      <div className="overview unit-page">
        <header className="page-header">
          <p className="page-header__back">{back}</p>
          <h1>{t('unitPage.title')}</h1>
          <p className="page-header__context">{context}</p>
        </header>
        <Notice tone="warning" title={t('overview.unitGone', { code, date: formatDate(at, language) })}>
          <p>{t('unitPage.goneHelp')}</p>
        </Notice>
        {timeline}
      </div>
    );
  }

  return (
    <div className="overview unit-page">
      <UnitHeader unit={unit.data} at={shownAt} context={context} back={back} unitHref={(other) => unitPageHref(other, params, shownAt)} />
      <div className="unit-page__grid">
        <div className="unit-page__wide">
          <PlanTargets
            unit={code}
            unitName={unitName}
            period={params.period}
            periodLabel={label}
            plan={search.get('plan')}
            onPlanChange={setPlan}
            indicatorHref={(indicator, target) =>
              `/indicators/${encodeURIComponent(indicator)}${screenSearch({ ...params, unit: target.unit ?? code, period: target.period ?? params.period })}`
            }
            emptyActions={<Link to={overviewHref}>{t('unitPage.toOverview', { unit: unitName })} ›</Link>}
          />
        </div>
        <div className="unit-page__wide">
          <IndicatorValues
            unit={code}
            unitName={unitName}
            period={params.period}
            periodLabel={label}
            view={params.view}
            indicatorHref={(indicator) => `/indicators/${encodeURIComponent(indicator)}${screenSearch({ ...params, unit: code })}`}
          />
        </div>
        <RegistryFigures
          unit={code}
          unitName={unitName}
          period={params.period}
          view={params.view}
          recordsHref={(figure) => registryRecordsHref(figure.element, { ...params, unit: code }, figure.indicator)}
        />
        <UnitScores code={code} unitName={unitName} />
        <OverdueFollowUps unit={code} href={(id) => `/follow-ups/${id}${screenSearch(params)}`} listHref={`/follow-ups${screenSearch(params)}`} />
        <DueTasksPanel unit={code} search={screenSearch(params)} />
        {timeline}
        <div className="unit-page__wide">
          <ReportingRecord code={code} unitName={name} from={String(year - RECORD_YEARS + 1)} to={String(year)} />
        </div>
      </div>
    </div>
  );
}
