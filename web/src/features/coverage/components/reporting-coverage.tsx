/**
 * Tình hình báo cáo: for the screen's unit and period, each reporting form that its units owe — the period it is
 * due for (the form's own kind: the year-end half for a year), the deadline, how many of the expected units
 * reported on time, late, or not yet, and who has not (each a link to that unit's overview). Forms no unit under
 * the screen's unit owes are left out. Shown only to a caller whose /auth/me abilities include read_coverage.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import { Freshness } from '@/components/ui/freshness';
import { EmptyState } from '@/components/ui/notice';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useMe } from '@/lib/auth';
import { can } from '@/lib/authorization';
import { useLanguage } from '@/lib/i18n';
import { formatDate, formatNumber, formatPercent } from '@/lib/format';
import { periodLabel } from '@/lib/i18n/period-label';
import { KIND_OF_PERIOD_TYPE, parsePeriodId, periodId, reportingPeriod } from '@/lib/periods';
import type { Coverage, DatasetSummary } from '@/lib/api/types';
import { useCoverages, useDatasets } from '../api/get-coverage';
import './coverage.css';

export interface ReportingCoverageProps {
  unit: string;
  unitName: string;
  period: string;
  /** The link to another unit's overview, keeping the rest of the screen. */
  unitLink: (code: string) => string;
}

/** How many missing units are named before "và n đơn vị khác". */
const NAMED = 8;

export function ReportingCoverage(props: ReportingCoverageProps) {
  const me = useMe();
  return can(me.data, 'read_coverage') ? <CoverageBlock {...props} /> : null;
}

function CoverageBlock({ unit, unitName, period, unitLink }: ReportingCoverageProps) {
  const { t } = useTranslation();
  const datasets = useDatasets();
  const screen = parsePeriodId(period);
  const forms = (datasets.data?.items ?? []).flatMap((d) => {
    const kind = KIND_OF_PERIOD_TYPE[d.periodType ?? ''];
    return d.code && kind && screen ? [{ dataset: d, period: periodId(reportingPeriod(screen, kind)) }] : [];
  });
  const coverages = useCoverages(
    forms.map((f) => ({ dataset: f.dataset.code!, period: f.period })),
    unit,
  );

  let body: ReactNode;
  if (datasets.isPending || coverages.some((c) => c.isPending)) body = <Skeleton lines={4} label={t('coverage.loading')} />;
  else if (datasets.isError) body = <ApiErrorNotice error={datasets.error} onRetry={() => void datasets.refetch()} />;
  else {
    const shown = forms.map((f, i) => ({ ...f, coverage: coverages[i]! })).filter((f) => f.coverage.isError || (f.coverage.data?.expected ?? 0) > 0);
    body =
      shown.length === 0 ? (
        <EmptyState title={t('coverage.none', { unit: unitName })}>
          <p>{t('coverage.noneHelp')}</p>
        </EmptyState>
      ) : (
        <ul className="coverage__forms">
          {shown.map((f) =>
            f.coverage.isError ? (
              <li key={f.dataset.code}>
                <ApiErrorNotice error={f.coverage.error} onRetry={() => void f.coverage.refetch()} />
              </li>
            ) : (
              <FormCoverage key={f.dataset.code} dataset={f.dataset} coverage={f.coverage.data!} unitLink={unitLink} />
            ),
          )}
        </ul>
      );
  }
  return (
    <Card title={t('coverage.title')} className="coverage-card">
      <div data-testid="reporting-coverage">{body}</div>
      {coverages.length && coverages.every((c) => c.data) ? <Freshness at={Math.min(...coverages.map((c) => c.dataUpdatedAt))} /> : null}
    </Card>
  );
}

function FormCoverage({ dataset, coverage, unitLink }: { dataset: DatasetSummary; coverage: Coverage; unitLink: (code: string) => string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const n = (value: number | undefined) => formatNumber(value ?? 0, language, 0);
  const expected = coverage.expected ?? 0;
  const submitted = coverage.submitted ?? 0;
  const missing = coverage.missingUnits ?? [];
  const name = language === 'en' && dataset.nameEn ? dataset.nameEn : dataset.name;
  return (
    <li className="coverage__form">
      <p className="coverage__name">{name}</p>
      <p className="coverage__due">
        {t('coverage.due', { period: periodLabel(coverage.period ?? '', t, language), deadline: formatDate(coverage.deadline, language) })}
      </p>
      <p className="coverage__figure">
        <span className="coverage__bar" aria-hidden="true">
          <span style={{ width: `${expected ? (100 * submitted) / expected : 0}%` }} />
        </span>
        {t('coverage.reported', {
          submitted: n(submitted),
          expected: n(expected),
          percent: formatPercent(expected ? (100 * submitted) / expected : 0, language, 1),
        })}
      </p>
      <ul className="coverage__counts">
        <li>{t('coverage.onTime', { count: n(coverage.onTime) })}</li>
        <li>{t('coverage.late', { count: n(coverage.late) })}</li>
        <li className={missing.length ? 'coverage__missing-count' : undefined}>{t('coverage.missing', { count: n(coverage.missing) })}</li>
        <li>{t('coverage.approved', { count: n(coverage.approved) })}</li>
      </ul>
      {missing.length > 0 ? (
        <p className="coverage__who">
          {t('coverage.notYet')}{' '}
          {missing.slice(0, NAMED).map((u, i) => (
            <span key={u.code ?? i}>
              {i > 0 ? ', ' : ''}
              {u.code ? <Link to={unitLink(u.code)}>{u.name}</Link> : u.name}
            </span>
          ))}
          {missing.length > NAMED ? ` ${t('coverage.andMore', { count: n(missing.length - NAMED) })}` : ''}
        </p>
      ) : null}
    </li>
  );
}
