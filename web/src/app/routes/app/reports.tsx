/**
 * /reports (Tạo báo cáo): choose a plan (those one may read), its unit, one of its periods and a format; the
 * report's preview as an A4-like page; "Tạo báo cáo" starts the job, its steps show as it runs, then the file's
 * download link. Everything is in the URL (?plan=&unit=&period=&format=&job=, unit and period being the screen's
 * own parameters), so a link reproduces the screen. The app's screen bar is not shown here (root.tsx): these fields
 * set the same unit and period, bound to the plan's periods.
 */
import { useEffect, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { EmptyState, Notice } from '@/components/ui/notice';
import { SelectField } from '@/components/ui/select-field';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { usePlanPeriods, useReadablePlans, useReportJob, useReportPreview, useStartReport } from '@/features/reports/api/reports-api';
import { ReportPage } from '@/features/reports/components/report-page';
import { useUnit } from '@/features/units/api/get-unit';
import { localMessage } from '@/lib/api/errors';
import type { ReportFormat } from '@/lib/api/types';
import { formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { periodLabel } from '@/lib/i18n/period-label';
import { parsePeriodId, periodEnd } from '@/lib/periods';
import { screenSearch } from '@/lib/screen-params';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useScreen } from './root';
import '@/features/reports/components/reports.css';

const FORMATS: readonly ReportFormat[] = ['docx', 'pdf', 'xlsx', 'md'];

export function ReportsRoute() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { params, today } = useScreen();
  // The other unit chosen by a link (not the plan's) is named, not shown as its code: as at the period's end (a
  // report reads the unit then), else today.
  const chosenPeriod = parsePeriodId(params.period);
  const otherUnit = useUnit(params.unit, chosenPeriod ? periodEnd(chosenPeriod) : today, today);
  const [search, setSearch] = useSearchParams();
  useDocumentTitle(t('reports.title'));
  const plans = useReadablePlans();
  const planCode = search.get('plan');
  const plan = plans.data?.items.find((p) => p.code === planCode) ?? null;
  const format = FORMATS.find((f) => f === search.get('format')) ?? 'docx';
  const jobParam = Number(search.get('job'));
  const jobId = Number.isSafeInteger(jobParam) && jobParam > 0 ? jobParam : null;
  const periods = usePlanPeriods(plan?.code ?? null);

  const set = (patch: Record<string, string | null>, clearJob = true) =>
    setSearch((previous) => {
      const next = new URLSearchParams(previous);
      for (const [key, value] of Object.entries({ ...patch, ...(clearJob ? { job: null } : {}) })) {
        if (value === null) next.delete(key);
        else next.set(key, value);
      }
      return next;
    });

  // A period outside the plan is replaced by the plan's last year (else its last period).
  const periodList = periods.data;
  useEffect(() => {
    if (periodList && periodList.length > 0 && !periodList.includes(params.period))
      set({ period: [...periodList].reverse().find((p) => /^\d{4}$/.test(p)) ?? periodList[periodList.length - 1]! });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [periodList, params.period]);

  const ready = plan !== null && periodList !== undefined && periodList.includes(params.period);
  const choice = useMemo(() => (ready ? { plan: plan.code, unit: params.unit, period: params.period } : null), [ready, plan, params.unit, params.period]);
  const preview = useReportPreview(choice);
  const start = useStartReport();
  const job = useReportJob(jobId);

  const choosePlan = (code: string) => {
    const next = plans.data?.items.find((p) => p.code === code);
    set({ plan: code || null, ...(next?.unitCode ? { unit: next.unitCode } : {}) });
  };
  const generate = () => {
    if (!choice) return;
    start.mutate({ ...choice, format }, { onSuccess: (started) => set({ job: String(started.id) }, false) });
  };

  const unitOptions = [
    ...(plan?.unitCode ? [{ value: plan.unitCode, label: plan.unitName ? `${plan.unitName} (${plan.unitCode})` : plan.unitCode }] : []),
    ...(params.unit !== plan?.unitCode ? [{ value: params.unit, label: otherUnit.data ? `${otherUnit.data.name} (${params.unit})` : params.unit }] : []),
  ];

  let choices;
  if (plans.isPending) choices = <Skeleton lines={2} label={t('reports.loadingPlans')} />;
  else if (plans.isError) choices = <ApiErrorNotice error={plans.error} onRetry={() => void plans.refetch()} />;
  else if (plans.data.items.length === 0)
    choices = (
      <EmptyState title={t('reports.noPlans')}>
        <p>{t('reports.noPlansHelp')}</p>
      </EmptyState>
    );
  else
    choices = (
      <div className="reports__choices">
        <SelectField
          label={t('reports.plan')}
          value={plan?.code ?? ''}
          onChange={choosePlan}
          options={[
            { value: '', label: t('reports.choosePlan') },
            ...plans.data.items.map((p) => ({ value: p.code, label: language === 'en' ? p.nameEn : p.name })),
          ]}
        />
        <SelectField label={t('reports.unit')} value={params.unit} onChange={(unit) => set({ unit })} options={unitOptions} disabled={!plan} />
        <SelectField
          label={t('reports.period')}
          value={ready ? params.period : ''}
          onChange={(period) => set({ period })}
          options={(periodList ?? []).map((p) => ({ value: p, label: periodLabel(p, t, language) }))}
          disabled={!plan || !periodList?.length}
        />
        <SelectField
          label={t('reports.format')}
          value={format}
          onChange={(value) => set({ format: value })}
          options={FORMATS.map((f) => ({ value: f, label: t(`reports.formats.${f}`) }))}
        />
      </div>
    );

  let status = null;
  if (start.isError) status = <ApiErrorNotice error={start.error} />;
  else if (job.isError) status = <ApiErrorNotice error={job.error} onRetry={() => void job.refetch()} />;
  else if (job.data?.status === 'failed')
    status = (
      <Notice tone="danger" title={t('reports.failed', { error: localMessage(job.data.error ?? '', language) })}>
        {null}
      </Notice>
    );
  else if (job.data?.status === 'done' && job.data.report)
    status = (
      <p className="reports__status" data-testid="report-download">
        <a className="ui-button ui-button--primary reports__download" href={job.data.links.file} download={job.data.report.fileName}>
          {t('reports.download', { fileName: job.data.report.fileName })}
        </a>{' '}
        ({t('reports.size', { size: formatNumber(job.data.report.size, language) })})
      </p>
    );
  else if (jobId !== null)
    status = (
      <p className="reports__status reports__progress" role="status" data-testid="report-progress">
        <progress max={job.data?.progress?.steps ?? 1} value={job.data?.progress ? job.data.progress.step - 0.5 : 0} aria-hidden="true" />
        <span>
          {job.data?.progress
            ? t('reports.progress', {
                step: String(job.data.progress.step),
                steps: String(job.data.progress.steps),
                message: localMessage(job.data.progress.message, language),
              })
            : t('reports.queued')}
        </span>
      </p>
    );

  let body;
  if (!plan || (periodList && periodList.length === 0))
    body = (
      <EmptyState title={plan ? t('reports.noPeriods') : t('reports.pickPlan')}>
        <p>{t('reports.pickPlanHelp')}</p>
      </EmptyState>
    );
  else if (!choice || preview.isPending) body = <Skeleton lines={8} label={t('reports.loadingPreview')} />;
  else if (preview.isError) body = <ApiErrorNotice error={preview.error} onRetry={() => void preview.refetch()} />;
  else
    body = (
      <div className="reports__preview">
        <h2 className="reports__preview-title">{t('reports.previewTitle')}</h2>
        <ReportPage model={preview.data} />
      </div>
    );

  const busy = start.isPending || (jobId !== null && (!job.data || job.data.status === 'queued' || job.data.status === 'running'));
  return (
    <>
      <header className="page-header">
        <h1>{t('reports.title')}</h1>
        <p className="page-header__context">{t('reports.intro')}</p>
        <p className="page-header__links">
          <Link to={{ pathname: '/', search: screenSearch(params) }}>‹ {t('nav.overview')}</Link>
        </p>
      </header>
      {choices}
      <div className="reports__actions">
        <Button variant="primary" onClick={generate} disabled={!choice || !preview.isSuccess || busy}>
          {busy ? t('reports.generating') : t('reports.generate')}
        </Button>
        {status}
      </div>
      {body}
    </>
  );
}
