/**
 * Chỉ tiêu và tình trạng (the unit page): the plans that cover the unit and period (a picker when there are
 * several); for the chosen one, "8/19 chỉ tiêu đạt và vượt kế hoạch" and every target as a table — indicator (a link
 * to its page for the unit), period, value, target, status and gap. From GET /plans and GET /plans/{code}/status,
 * as the overview's plan progress reads them.
 */
import type { ReactNode } from 'react';
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
import type { PlanSummary, PlanTargetStatus } from '@/lib/api/types';
import { STATUS_TONE, targetStatus } from '@/lib/target-status';
import { usePlansOf } from '../api/get-plans';
import { planStatusDay, usePlanStatus } from '../api/get-plan-status';
import './plans.css';

export interface PlanTargetsProps {
  unit: string;
  unitName: string;
  period: string;
  periodLabel: string;
  /** The plan in the URL (?plan=), or null for the first that covers the period. */
  plan: string | null;
  onPlanChange: (code: string) => void;
  /** The indicator's page for a target (its unit and period). */
  indicatorHref: (indicator: string, target: PlanTargetStatus) => string;
  /** What to offer when no plan covers the unit (e.g. a link to the overview). */
  emptyActions?: ReactNode;
}

export function PlanTargets({ unit, unitName, period, periodLabel: label, plan, onPlanChange, indicatorHref, emptyActions }: PlanTargetsProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const plans = usePlansOf(unit, period);
  const items = plans.data?.items ?? [];
  const chosen = items.find((p) => p.code === plan) ?? items[0] ?? null;
  const status = usePlanStatus(chosen?.code ?? null, planStatusDay(period, todayInVietnam()));
  const planName = (p: PlanSummary) => (language === 'en' && p.nameEn ? p.nameEn : p.name);

  const picker =
    items.length > 1 && chosen ? (
      <SelectField label={t('plans.choose')} value={chosen.code} onChange={onPlanChange} options={items.map((p) => ({ value: p.code, label: planName(p) }))} />
    ) : null;

  let body;
  if (plans.isPending || (chosen && status.isPending)) body = <Skeleton lines={6} label={t('plans.loading')} />;
  else if (plans.isError) body = <ApiErrorNotice error={plans.error} onRetry={() => void plans.refetch()} />;
  else if (!chosen)
    body = (
      <EmptyState title={t('plans.none', { unit: unitName, period: label })} actions={emptyActions}>
        <p>{t('plans.noneHelp')}</p>
      </EmptyState>
    );
  else if (status.isError) body = <ApiErrorNotice error={status.error} onRetry={() => void status.refetch()} />;
  else if (status.data) {
    const { summary, targets } = status.data.status;
    const indicators = status.data.indicators;
    body = (
      <div className="plan" data-testid="plan-targets">
        <p className="plan__name">
          {planName(chosen)} {chosen.legalBasis ? <span className="plan__span">({chosen.legalBasis})</span> : null}
        </p>
        {summary.total === 0 ? (
          <EmptyState title={t('plans.noTargets')}>
            <p>{t('plans.noTargetsHelp')}</p>
          </EmptyState>
        ) : (
          <>
            <p className="plan__summary">
              {t('plans.summary', { met: formatNumber(summary.metOrExceeded, language, 0), total: formatNumber(summary.total, language, 0) })}
            </p>
            <div className="ui-table__scroll" tabIndex={0} role="region" aria-label={t('plans.targetsTable')}>
              <table className="plan-targets ui-table ui-stack-table">
                <thead>
                  <tr>
                    <th scope="col">{t('plans.indicator')}</th>
                    <th scope="col">{t('plans.period')}</th>
                    <th scope="col" className="is-number">
                      {t('plans.value')}
                    </th>
                    <th scope="col" className="is-number">
                      {t('plans.target')}
                    </th>
                    <th scope="col">{t('plans.status')}</th>
                    <th scope="col" className="is-number">
                      {t('plans.gapColumn')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {targets.map((target) => {
                    const indicator = indicators.get(target.indicator ?? '');
                    const name = indicator ? (language === 'en' && indicator.nameEn ? indicator.nameEn : indicator.name) : target.indicator;
                    const unitOfMeasure = indicator?.unitOfMeasure;
                    const s = targetStatus(target.status);
                    const gap = target.gap === null || target.gap === undefined ? '—' : formatNumber(target.gap, language);
                    return (
                      <tr key={`${target.indicator}-${target.unit}-${target.period}`}>
                        <th scope="row">
                          {target.indicator ? <Link to={indicatorHref(target.indicator, target)}>{name}</Link> : name}
                          {target.unit && target.unit !== unit ? <span className="plan__span"> ({target.unit})</span> : null}
                        </th>
                        <td data-label={t('plans.period')}>{target.period ? periodLabel(target.period, t, language) : '—'}</td>
                        <td className="is-number" data-label={t('plans.value')}>
                          {formatMeasure(target.value, unitOfMeasure, language)}
                        </td>
                        <td className="is-number" data-label={t('plans.target')}>
                          {formatTarget(target.comparison, formatMeasure(target.target, unitOfMeasure, language))}
                        </td>
                        <td data-label={t('plans.status')}>{s ? <Badge tone={STATUS_TONE[s]}>{t(`status.${s}`)}</Badge> : '—'}</td>
                        <td className="is-number" data-label={t('plans.gapColumn')}>
                          {unitOfMeasure === '%' && gap !== '—' ? t('plans.gapPointsShort', { gap }) : gap}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </>
        )}
      </div>
    );
  }

  return (
    <Card title={t('plans.targetsTitle')} actions={picker} className="plan-card plan-targets-card">
      {body}
      {status.data ? <Freshness at={status.dataUpdatedAt} /> : null}
    </Card>
  );
}
