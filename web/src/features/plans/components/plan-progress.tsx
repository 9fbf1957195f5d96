/**
 * Tiến độ kế hoạch: for the screen's unit and period, the plans that cover it (a picker when there are several);
 * for the chosen one, "8/19 chỉ tiêu đạt và vượt kế hoạch", the count of each status, the same by group, and the
 * targets not met or at risk with their value, target and gap — as of the day after the screen period (today while
 * it runs), so a half-year is progress toward the year's targets with the projection. When the unit reported its own
 * tally ("8/19 theo báo cáo") it stands first, and the computed one says it counts only the targets known.
 * Every figure comes from GET /plans/{code}/status.
 */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { Freshness } from '@/components/ui/freshness';
import { EmptyState } from '@/components/ui/notice';
import { SelectField } from '@/components/ui/select-field';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useLanguage } from '@/lib/i18n';
import { formatMeasure, formatNumber, formatTarget, todayInVietnam } from '@/lib/format';
import { periodLabel } from '@/lib/i18n/period-label';
import type { IndicatorSummary, PlanStatus, PlanSummary, PlanTargetStatus } from '@/lib/api/types';
import { STATUS_TONE, TARGET_STATUSES, targetStatus } from '@/lib/target-status';
import { usePlansOf } from '../api/get-plans';
import { planStatusDay, usePlanStatus } from '../api/get-plan-status';
import './plans.css';

export interface PlanProgressProps {
  unit: string;
  unitName: string;
  period: string;
  periodLabel: string;
  /** The plan in the URL (?plan=), or null for the first that covers the period. */
  plan: string | null;
  onPlanChange: (code: string) => void;
  /** The "Tạo báo cáo" screen for the chosen plan, unit and period, when the route offers it. */
  reportHref?: (plan: string) => string;
}

export function PlanProgress({ unit, unitName, period, periodLabel, plan, onPlanChange, reportHref }: PlanProgressProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const plans = usePlansOf(unit, period);
  const items = plans.data?.items ?? [];
  const chosen = items.find((p) => p.code === plan) ?? items[0] ?? null;
  const asOf = planStatusDay(period, todayInVietnam());
  const status = usePlanStatus(chosen?.code ?? null, asOf);
  const planName = (p: PlanSummary) => (language === 'en' && p.nameEn ? p.nameEn : p.name);

  const picker =
    items.length > 1 && chosen ? (
      <SelectField label={t('plans.choose')} value={chosen.code} onChange={onPlanChange} options={items.map((p) => ({ value: p.code, label: planName(p) }))} />
    ) : null;

  let body;
  if (plans.isPending || (chosen && status.isPending)) body = <Skeleton lines={5} label={t('plans.loading')} />;
  else if (plans.isError) body = <ApiErrorNotice error={plans.error} onRetry={() => void plans.refetch()} />;
  else if (!chosen)
    body = (
      <EmptyState title={t('plans.none', { unit: unitName, period: periodLabel })}>
        <p>{t('plans.noneHelp')}</p>
      </EmptyState>
    );
  else if (status.isError) body = <ApiErrorNotice error={status.error} onRetry={() => void status.refetch()} />;
  else if (status.data) body = <PlanStatusBody plan={chosen} name={planName(chosen)} status={status.data.status} indicators={status.data.indicators} />;

  return (
    <Card title={t('plans.title')} actions={picker} className="plan-card">
      {body}
      {status.data && chosen && reportHref ? (
        <p className="plan__report">
          <Link to={reportHref(chosen.code)}>{t('reports.fromPlan')} ›</Link>
        </p>
      ) : null}
      {status.data ? <Freshness at={status.dataUpdatedAt} /> : null}
    </Card>
  );
}

function PlanStatusBody({
  plan,
  name,
  status,
  indicators,
}: {
  plan: PlanSummary;
  name: string;
  status: PlanStatus;
  indicators: Map<string, IndicatorSummary>;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { summary, reported } = status;
  const span = plan.startPeriod === plan.endPeriod ? (plan.startPeriod ?? '') : `${plan.startPeriod ?? '…'}–${plan.endPeriod ?? '…'}`;
  const lagging = status.targets.filter((target) => target.status === 'not_met' || target.status === 'at_risk');
  const groups = status.groups.filter((g) => g.summary && g.summary.total > 0);

  return (
    <div className="plan" data-testid="plan-progress">
      <p className="plan__name">
        {name} <span className="plan__span">({span})</span>
      </p>
      {summary.total === 0 ? (
        <EmptyState title={t('plans.noTargets')}>
          <p>{t('plans.noTargetsHelp')}</p>
        </EmptyState>
      ) : (
        <>
          {reported ? (
            <p className="plan__summary" data-testid="plan-reported">
              {t('plans.reported', {
                met: formatNumber(reported.met, language, 0),
                total: formatNumber(reported.total, language, 0),
                period: periodLabel(reported.period, t, language),
              })}
            </p>
          ) : null}
          <p className={reported ? 'plan__summary plan__summary--computed' : 'plan__summary'} data-testid="plan-summary">
            {t(reported ? 'plans.summaryKnown' : 'plans.summary', {
              met: formatNumber(summary.metOrExceeded, language, 0),
              total: formatNumber(summary.total, language, 0),
            })}
            {summary.byStatus.reorganised ? (
              <span className="plan__summary-note"> {t('plans.reorganisedNote', { count: summary.byStatus.reorganised })}</span>
            ) : null}
          </p>
          <ul className="plan__statuses" aria-label={t('plans.byStatus')}>
            {TARGET_STATUSES.filter((s) => (summary.byStatus[s] ?? 0) > 0).map((s) => (
              <li key={s}>
                <Badge tone={STATUS_TONE[s]}>
                  {t(`status.${s}`)}: {formatNumber(summary.byStatus[s] ?? 0, language, 0)}
                </Badge>
              </li>
            ))}
          </ul>
          {groups.length > 1 || (groups.length === 1 && groups[0]!.group) ? (
            <table className="plan__groups">
              <caption>{t('plans.byGroup')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('plans.group')}</th>
                  <th scope="col">{t('plans.groupMet')}</th>
                </tr>
              </thead>
              <tbody>
                {groups.map((g) => (
                  <tr key={g.group ?? ''}>
                    <th scope="row">{g.group ?? t('plans.noGroup')}</th>
                    <td>
                      <span className="plan__bar" aria-hidden="true">
                        <span style={{ width: `${(100 * g.summary!.metOrExceeded) / g.summary!.total}%` }} />
                      </span>
                      {formatNumber(g.summary!.metOrExceeded, language, 0)}/{formatNumber(g.summary!.total, language, 0)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <h3 className="plan__lagging-title">{t('plans.lagging')}</h3>
          {lagging.length === 0 ? (
            <p className="plan__lagging-none">{t('plans.laggingNone')}</p>
          ) : (
            <ul className="plan__lagging">
              {lagging.map((target) => (
                <LaggingTarget key={`${target.indicator}-${target.unit}-${target.period}`} target={target} indicator={indicators.get(target.indicator ?? '')} />
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

function LaggingTarget({ target, indicator }: { target: PlanTargetStatus; indicator: IndicatorSummary | undefined }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const status = targetStatus(target.status);
  const percent = indicator?.unitOfMeasure === '%';
  const amount = (value: number | null | undefined) => formatMeasure(value, indicator?.unitOfMeasure, language);
  const name = indicator ? (language === 'en' && indicator.nameEn ? indicator.nameEn : indicator.name) : target.indicator;
  return (
    <li className="plan__target">
      <div className="plan__target-head">
        <span className="plan__target-name">{name}</span>
        {status ? <Badge tone={STATUS_TONE[status]}>{t(`status.${status}`)}</Badge> : null}
      </div>
      <p className="plan__target-facts">
        {t('plans.targetFacts', { value: amount(target.value), target: formatTarget(target.comparison, amount(target.target)), period: target.period })}
        {target.gap !== null && target.gap !== undefined
          ? ` · ${t(percent ? 'plans.gapPoints' : 'plans.gap', { gap: formatNumber(target.gap, language) })}`
          : ''}
        {target.projected !== null && target.projected !== undefined ? ` · ${t('plans.projected', { value: amount(target.projected) })}` : ''}
      </p>
    </li>
  );
}
