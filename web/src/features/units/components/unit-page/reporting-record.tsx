/**
 * Hồ sơ báo cáo: for each form the unit owes, its recent periods (newest first) — the deadline, whether the report
 * came on time, late, or not yet (overdue, or not due yet), whether it was approved, and when it was submitted —
 * from GET /units/{code}/reporting. Each period is the unit as it stood on the period's last day; when its name then
 * differs, the row says it.
 */
import { useTranslation } from 'react-i18next';
import { Badge, type Tone } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { Freshness } from '@/components/ui/freshness';
import { EmptyState } from '@/components/ui/notice';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useLanguage } from '@/lib/i18n';
import { formatDate, formatDateTime, formatNumber } from '@/lib/format';
import { periodLabel } from '@/lib/i18n/period-label';
import type { ReportingDataset, ReportingPeriod } from '@/lib/api/types';
import { useUnitReporting } from '../../api/unit-reporting';
import './unit-page.css';

export interface ReportingRecordProps {
  code: string;
  unitName: string;
  /** The years asked (2020, 2022). */
  from: string;
  to: string;
}

type Timing = 'onTime' | 'late' | 'overdue' | 'notDue';

export function timingOf(row: ReportingPeriod): Timing {
  if (row.onTime === true) return 'onTime';
  if (row.onTime === false) return 'late';
  return row.overdue ? 'overdue' : 'notDue';
}

const TIMING_TONE: Record<Timing, Tone> = { onTime: 'success', late: 'warning', overdue: 'danger', notDue: 'neutral' };

export function ReportingRecord({ code, unitName, from, to }: ReportingRecordProps) {
  const { t } = useTranslation();
  const record = useUnitReporting(code, from, to);
  let body;
  if (record.isPending) body = <Skeleton lines={5} label={t('unitPage.reporting.loading')} />;
  else if (record.isError) body = <ApiErrorNotice error={record.error} onRetry={() => void record.refetch()} />;
  else if (record.data.datasets.length === 0)
    body = (
      <EmptyState title={t('unitPage.reporting.none', { unit: unitName, from, to })}>
        <p>{t('unitPage.reporting.noneHelp')}</p>
      </EmptyState>
    );
  else
    body = (
      <div className="reporting-record" data-testid="reporting-record">
        <p className="reporting-record__range">{t('unitPage.reporting.range', { from, to })}</p>
        {record.data.datasets.map((d) => (
          <DatasetRecord key={d.code} dataset={d} unitName={unitName} />
        ))}
      </div>
    );
  return (
    <Card title={t('unitPage.reporting.title')} className="unit-page__reporting">
      {body}
      {record.data ? <Freshness at={record.dataUpdatedAt} /> : null}
    </Card>
  );
}

function DatasetRecord({ dataset, unitName }: { dataset: ReportingDataset; unitName: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const rows = [...dataset.periods].reverse();
  const count = (timing: Timing) => formatNumber(rows.filter((r) => timingOf(r) === timing).length, language, 0);
  const approved = formatNumber(rows.filter((r) => r.state === 'approved').length, language, 0);
  const name = language === 'en' && dataset.nameEn ? dataset.nameEn : dataset.name;
  return (
    <section className="reporting-record__dataset">
      <h3 className="reporting-record__name">{name}</h3>
      <p className="reporting-record__summary">
        {t('unitPage.reporting.summary', {
          periods: formatNumber(rows.length, language, 0),
          onTime: count('onTime'),
          late: count('late'),
          overdue: count('overdue'),
          approved,
        })}
      </p>
      <div className="unit-page__table-scroll" tabIndex={0} role="region" aria-label={name}>
        <table className="reporting-record__table ui-table ui-stack-table">
          <thead>
            <tr>
              <th scope="col">{t('unitPage.reporting.period')}</th>
              <th scope="col">{t('unitPage.reporting.deadline')}</th>
              <th scope="col">{t('unitPage.reporting.status')}</th>
              <th scope="col">{t('unitPage.reporting.submittedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const timing = timingOf(row);
              return (
                <tr key={row.period}>
                  <th scope="row">
                    {periodLabel(row.period, t, language)}
                    {row.unitName !== unitName ? (
                      <span className="reporting-record__then"> {t('unitPage.reporting.nameThen', { name: row.unitName })}</span>
                    ) : null}
                  </th>
                  <td data-label={t('unitPage.reporting.deadline')}>{formatDate(row.deadline, language)}</td>
                  <td data-label={t('unitPage.reporting.status')}>
                    <span className="reporting-record__badges">
                      <Badge tone={TIMING_TONE[timing]}>{t(`unitPage.reporting.timing.${timing}`)}</Badge>
                      {row.state !== 'draft' ? (
                        <Badge tone={row.state === 'approved' ? 'success' : row.state === 'returned' ? 'warning' : 'info'}>
                          {t(`unitPage.reporting.state.${row.state}`)}
                        </Badge>
                      ) : null}
                    </span>
                  </td>
                  <td data-label={t('unitPage.reporting.submittedAt')}>{row.submittedAt ? formatDateTime(row.submittedAt, language) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
