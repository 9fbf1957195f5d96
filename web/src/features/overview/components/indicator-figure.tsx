/**
 * One indicator's figure for the screen's unit, period and view: the value (vi-VN), its numerator and
 * denominator, how many units reported, the target and status when a plan sets one, and an approximate flag.
 * No figure is an empty state that says what to do; an error is the API's own message.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { Freshness } from '@/components/ui/freshness';
import { EmptyState } from '@/components/ui/notice';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useLanguage } from '@/lib/i18n';
import { formatMeasure, formatNumber, formatPercent, formatRatio } from '@/lib/format';
import type { View } from '@/lib/api/types';
import { gapText, STATUS_TONE, targetStatus } from '@/lib/target-status';
import { useAnalytics } from '../api/get-analytics';
import { ApproximateLegend, ApproximateMark, RateMismatch } from './value-flags';
import './overview.css';

export interface IndicatorFigureProps {
  indicator: string;
  name: string;
  /** The indicator's unit of measure ('%', 'xã', …; null: a bare number): how the value, target and gap read. */
  unitOfMeasure: string | null;
  unit: string;
  unitName: string;
  period: string;
  periodLabel: string;
  view: View;
  /** Buttons under the empty state (e.g. the previous period). */
  emptyActions?: ReactNode;
  /** Shown under an error (e.g. the unit's lineage when it is not in the tree). */
  errorExtra?: ReactNode;
  /** Counted from a registry (its elements derive from one): no reporting coverage, "computed" instead. */
  computed?: boolean;
}

export function IndicatorFigure({
  indicator,
  name,
  unitOfMeasure,
  unit,
  unitName,
  period,
  periodLabel,
  view,
  emptyActions,
  errorExtra,
  computed = false,
}: IndicatorFigureProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const analytics = useAnalytics({ indicator, unit, period, view, breakdown: 'none' });

  let body: ReactNode;
  if (analytics.isPending) body = <Skeleton lines={4} label={t('overview.loading')} />;
  else if (analytics.isError)
    body = (
      <>
        <ApiErrorNotice error={analytics.error} onRetry={() => void analytics.refetch()} />
        {errorExtra}
      </>
    );
  else {
    const row = analytics.data.rows[0];
    if (!row || row.value === null) {
      body = (
        <EmptyState title={t('overview.noData', { unit: unitName, period: periodLabel })} actions={emptyActions}>
          <p>
            {computed
              ? t('overview.noDataComputed')
              : row && row.coverage.expected > 0
                ? t('overview.noDataHelp', { ratio: formatRatio(row.coverage.reported, row.coverage.expected, language) })
                : t('overview.noDataNoneExpected')}
          </p>
        </EmptyState>
      );
    } else {
      const status = targetStatus(row.status);
      body = (
        <div className="figure">
          <p className="figure__value">
            <ApproximateMark row={row} />
            <span data-testid="figure-value">{formatMeasure(row.value, unitOfMeasure, language)}</span>
          </p>
          <ul className="figure__facts">
            {row.numerator !== null && row.denominator !== null && row.denominator !== undefined ? (
              <li>{t('overview.ratio', { ratio: formatRatio(row.numerator, row.denominator, language) })}</li>
            ) : null}
            {computed ? (
              <li>{t('overview.computed')}</li>
            ) : (
              <li>
                {t('overview.coverage', { ratio: formatRatio(row.coverage.reported, row.coverage.expected, language) })}
                {row.coverage.expected > 0 ? ` (${formatPercent((row.coverage.reported / row.coverage.expected) * 100, language, 1)})` : ''}
              </li>
            )}
            {row.target !== undefined ? (
              <li>
                {t('overview.target', { target: formatMeasure(row.target, unitOfMeasure, language) })}
                {row.gap !== null && row.gap !== undefined ? ` · ${gapText(row.gap, unitOfMeasure, language, t)}` : ''}
              </li>
            ) : null}
          </ul>
          <div className="figure__badges">
            {status ? <Badge tone={STATUS_TONE[status]}>{t(`status.${status}`)}</Badge> : null}
            {!computed && row.coverage.reported < row.coverage.expected ? (
              <Badge tone="warning">{t('overview.missingReports', { count: formatNumber(row.coverage.expected - row.coverage.reported, language, 0) })}</Badge>
            ) : null}
            {row.approximate ? <Badge tone="warning">{t('overview.approximate')}</Badge> : null}
            <RateMismatch row={row} />
          </div>
          <ApproximateLegend rows={[row]} />
        </div>
      );
    }
  }

  return (
    <Card title={name} className="figure-card">
      {body}
      {analytics.data ? <Freshness at={analytics.dataUpdatedAt} /> : null}
    </Card>
  );
}
