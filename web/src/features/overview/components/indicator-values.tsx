/**
 * Số liệu các chỉ tiêu (the unit page): every indicator that has a value for the unit in the period — the value, how
 * many units reported it (or that it is counted from records), and the target, status and gap when a plan sets one — each a link to its indicator page;
 * the indicators without a value are counted, not listed. One GET /analytics per indicator.
 */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { Freshness } from '@/components/ui/freshness';
import { EmptyState } from '@/components/ui/notice';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useLanguage } from '@/lib/i18n';
import { formatMeasure, formatNumber, formatRatio } from '@/lib/format';
import type { View } from '@/lib/api/types';
import { STATUS_TONE, targetStatus } from '@/lib/target-status';
import { useIndicators } from '../api/get-indicators';
import { useIndicatorValues } from '../api/get-indicator-values';
import './overview.css';

export interface IndicatorValuesProps {
  unit: string;
  unitName: string;
  period: string;
  periodLabel: string;
  view: View;
  /** The indicator's page for this unit and period. */
  indicatorHref: (indicator: string) => string;
}

export function IndicatorValues({ unit, unitName, period, periodLabel, view, indicatorHref }: IndicatorValuesProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const indicators = useIndicators();
  const list = indicators.data?.items ?? [];
  const values = useIndicatorValues(
    list.map((i) => i.code),
    unit,
    period,
    view,
  );

  let body;
  if (indicators.isPending || values.some((v) => v.isPending)) body = <Skeleton lines={6} label={t('indicatorValues.loading')} />;
  else if (indicators.isError) body = <ApiErrorNotice error={indicators.error} onRetry={() => void indicators.refetch()} />;
  else {
    const failed = values.find((v) => v.isError);
    const rows = list.flatMap((indicator, i) => {
      const row = values[i]?.data?.rows.find((r) => r.unit.code === unit) ?? values[i]?.data?.rows[0];
      return row && row.value !== null ? [{ indicator, row }] : [];
    });
    const without = formatNumber(list.length - rows.length, language, 0);
    body = failed ? (
      <ApiErrorNotice error={failed.error} onRetry={() => void failed.refetch()} />
    ) : rows.length === 0 ? (
      <EmptyState title={t('indicatorValues.none', { unit: unitName, period: periodLabel })}>
        <p>{t('indicatorValues.noneHelp')}</p>
      </EmptyState>
    ) : (
      <>
        <div className="ui-table__scroll" tabIndex={0} role="region" aria-label={t('indicatorValues.title')}>
          <table className="indicator-values ui-table ui-stack-table" data-testid="indicator-values">
            <thead>
              <tr>
                <th scope="col">{t('plans.indicator')}</th>
                <th scope="col" className="is-number">
                  {t('plans.value')}
                </th>
                <th scope="col" className="is-number">
                  {t('indicatorValues.reported')}
                </th>
                <th scope="col" className="is-number">
                  {t('plans.target')}
                </th>
                <th scope="col">{t('plans.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ indicator, row }) => {
                const status = targetStatus(row.status);
                return (
                  <tr key={indicator.code}>
                    <th scope="row">
                      <Link to={indicatorHref(indicator.code)}>{language === 'en' && indicator.nameEn ? indicator.nameEn : indicator.name}</Link>
                      {row.approximate ? <span className="indicator-values__note"> {t('indicatorValues.approximate')}</span> : null}
                    </th>
                    <td className="is-number" data-label={t('plans.value')}>
                      {formatMeasure(row.value, indicator.unitOfMeasure, language)}
                    </td>
                    <td className="is-number" data-label={t('indicatorValues.reported')}>
                      {indicator.computed ? t('indicatorValues.fromRecords') : formatRatio(row.coverage.reported, row.coverage.expected, language)}
                    </td>
                    <td className={row.target === undefined ? 'is-number is-empty' : 'is-number'} data-label={t('plans.target')}>
                      {row.target === undefined ? '—' : formatMeasure(row.target, indicator.unitOfMeasure, language)}
                    </td>
                    <td className={status ? undefined : 'is-empty'} data-label={t('plans.status')}>
                      {status ? <Badge tone={STATUS_TONE[status]}>{t(`status.${status}`)}</Badge> : t('indicatorValues.noTarget')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {list.length > rows.length ? <p className="indicator-values__without">{t('indicatorValues.without', { count: without })}</p> : null}
      </>
    );
  }
  return (
    <Card title={t('indicatorValues.title')} className="indicator-values-card">
      {body}
      {values.length && values.every((v) => v.data) ? <Freshness at={Math.min(...values.map((v) => v.dataUpdatedAt))} /> : null}
    </Card>
  );
}
