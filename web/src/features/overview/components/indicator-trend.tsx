/**
 * Xu hướng: one indicator for the screen's unit and view over the periods ending at the screen's period (7 years,
 * 6 halves, 8 quarters or 12 months: one GET /analytics?periods=FIRST..LAST), with the target where a plan sets
 * one, as a line chart and the same figures as a table (for screen readers and for copying).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import { Freshness } from '@/components/ui/freshness';
import { EmptyState } from '@/components/ui/notice';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { LineChart, type LineSeries } from '@/components/charts/line-chart';
import { CHART_COLORS } from '@/components/charts/colors';
import { useLanguage } from '@/lib/i18n';
import { formatMeasure, formatRatio } from '@/lib/format';
import { periodLabel } from '@/lib/i18n/period-label';
import { parsePeriodId, periodId, trendPeriods } from '@/lib/periods';
import type { View } from '@/lib/api/types';
import { useAnalytics } from '../api/get-analytics';
import { ApproximateLegend, ApproximateMark, RateMismatch } from './value-flags';
import './overview.css';

export interface IndicatorTrendProps {
  indicator: string;
  name: string;
  unitOfMeasure: string | null;
  unit: string;
  unitName: string;
  period: string;
  view: View;
}

export function IndicatorTrend({ indicator, name, unitOfMeasure, unit, unitName, period, view }: IndicatorTrendProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const parsed = parsePeriodId(period);
  const periods = useMemo(() => {
    const p = parsePeriodId(period);
    return p ? trendPeriods(p).map(periodId) : [period];
  }, [period]);
  const range = `${periods[0]}..${periods[periods.length - 1]}`;
  const analytics = useAnalytics({ indicator, unit, periods: range, view, breakdown: 'none' });
  const format = useMemo(() => (value: number | null | undefined) => formatMeasure(value, unitOfMeasure, language), [unitOfMeasure, language]);

  const rows = useMemo(() => {
    const byPeriod = new Map((analytics.data?.rows ?? []).map((row) => [row.period, row]));
    return periods.map((id) => ({ id, label: periodLabel(id, t, language), row: byPeriod.get(id) }));
  }, [analytics.data, periods, t, language]);

  const series = useMemo<LineSeries[]>(() => {
    const list: LineSeries[] = [{ name: t('trend.value'), values: rows.map((r) => r.row?.value ?? null), color: CHART_COLORS.value }];
    if (rows.some((r) => r.row?.target !== undefined))
      list.push({ name: t('trend.target'), values: rows.map((r) => r.row?.target ?? null), color: CHART_COLORS.target, dashed: true });
    return list;
  }, [rows, t]);

  let body;
  if (analytics.isPending) body = <Skeleton lines={5} label={t('trend.loading')} />;
  else if (analytics.isError) body = <ApiErrorNotice error={analytics.error} onRetry={() => void analytics.refetch()} />;
  else if (rows.every((r) => r.row?.value === null || r.row?.value === undefined))
    body = (
      <EmptyState title={t('trend.none', { unit: unitName, first: rows[0]!.label, last: rows[rows.length - 1]!.label })}>
        <p>{t('trend.noneHelp')}</p>
      </EmptyState>
    );
  else
    body = (
      <>
        <LineChart
          categories={rows.map((r) => (parsed?.kind === 'year' ? r.id : r.label))}
          series={series}
          formatValue={(v) => format(v)}
          label={t('trend.chartLabel', { indicator: name, unit: unitName, first: rows[0]!.label, last: rows[rows.length - 1]!.label })}
        />
        <details className="trend__table">
          <summary>{t('trend.showTable')}</summary>
          <div className="trend__scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('trend.period')}</th>
                  <th scope="col">{t('trend.value')}</th>
                  <th scope="col">{t('trend.parts')}</th>
                  <th scope="col">{t('trend.target')}</th>
                  <th scope="col">{t('trend.reported')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ id, label, row }) => (
                  <tr key={id}>
                    <th scope="row">{label}</th>
                    <td>
                      <ApproximateMark row={row} />
                      {format(row?.value)}
                      <RateMismatch row={row} compact />
                    </td>
                    <td>{row && (row.numerator !== null || row.denominator !== null) ? formatRatio(row.numerator, row.denominator, language) : '—'}</td>
                    <td>{format(row?.target)}</td>
                    <td>{row ? formatRatio(row.coverage.reported, row.coverage.expected, language) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ApproximateLegend rows={rows.map((r) => r.row)} />
        </details>
      </>
    );

  return (
    <Card title={t('trend.title', { indicator: name })} className="trend-card" level={2}>
      <div data-testid="indicator-trend">{body}</div>
      {analytics.data ? <Freshness at={analytics.dataUpdatedAt} /> : null}
    </Card>
  );
}
