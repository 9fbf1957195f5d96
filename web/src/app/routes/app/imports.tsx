/**
 * /imports?dataset=&period=&import= (Nhập từ tệp): choose a dataset and period, download its template, upload the
 * filled-in XLSX or CSV (with its upload progress), check the preview — counts, errors by cell, the file as a
 * virtualised grid — and commit it all or nothing (with its progress), then the result. The import's id is in the
 * URL, so a reload keeps the preview. For callers who may write values.
 */
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/notice';
import { Skeleton } from '@/components/ui/skeleton';
import { Button } from '@/components/ui/button';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useDatasets } from '@/features/coverage/api/get-coverage';
import { useImport } from '@/features/imports/api/use-import';
import { ImportPreview } from '@/features/imports/components/import-preview';
import { ImportResult } from '@/features/imports/components/import-result';
import { ImportUpload, type DatasetChoice } from '@/features/imports/components/import-upload';
import { defaultPeriod, periodChoices } from '@/features/imports/components/period-choices';
import { todayInVietnam } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { periodLabel } from '@/lib/i18n/period-label';
import { useDocumentTitle } from '@/lib/use-document-title';
import { RequireAbility } from '../../require-ability';
import '@/features/imports/components/imports.css';
import '../routes.css';

export function ImportsRoute() {
  return (
    <RequireAbility ability="write_values">
      <ImportsScreen />
    </RequireAbility>
  );
}

function ImportsScreen() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [search, setSearch] = useSearchParams();
  useDocumentTitle(t('imports.title'));
  const datasets = useDatasets();
  const importId = search.get('import');
  const job = useImport(importId);
  const today = todayInVietnam();
  const choices: DatasetChoice[] = (datasets.data?.items ?? []).map((d) => ({
    code: d.code ?? '',
    name: (language === 'en' ? d.nameEn : d.name) ?? d.code ?? '',
    periods: periodChoices(d.periodType, today),
  }));
  const dataset = choices.find((d) => d.code === (job.data?.dataset ?? search.get('dataset'))) ?? choices[0];
  const askedPeriod = job.data?.period ?? search.get('period') ?? '';
  const period = dataset && (dataset.periods.includes(askedPeriod) || job.data) ? askedPeriod : defaultPeriod(dataset?.periods ?? []);
  const set = (patch: Record<string, string | null>) =>
    setSearch((previous) => {
      const next = new URLSearchParams(previous);
      for (const [key, value] of Object.entries(patch)) {
        if (value === null) next.delete(key);
        else next.set(key, value);
      }
      return next;
    });
  const again = () => set({ import: null });
  const periodName = period ? periodLabel(period, t, language) : '';

  let body;
  let step = t('imports.steps.upload');
  if (datasets.isPending || (importId && job.isPending)) body = <Skeleton lines={6} label={t('imports.loadingDatasets')} />;
  else if (datasets.isError) body = <ApiErrorNotice error={datasets.error} onRetry={() => void datasets.refetch()} />;
  else if (importId && job.isError)
    body = (
      <>
        <ApiErrorNotice error={job.error} />
        <Button onClick={again}>{t('imports.another')}</Button>
      </>
    );
  else if (!dataset)
    body = (
      <EmptyState title={t('imports.noDatasets')}>
        <p>{t('imports.noDatasetsHelp')}</p>
      </EmptyState>
    );
  else if (importId && job.data?.status === 'committed') {
    step = t('imports.steps.result');
    body = <ImportResult job={job.data} datasetName={dataset.name} periodName={periodName} onAgain={again} />;
  } else if (importId && job.data) {
    step = t('imports.steps.preview');
    body = (
      <>
        <ImportPreview job={job.data} datasetName={dataset.name} periodName={periodName} />
        <div className="import-preview__again">
          <Button onClick={again}>{t('imports.another')}</Button>
        </div>
      </>
    );
  } else
    body = (
      <ImportUpload
        datasets={choices}
        dataset={dataset}
        period={period}
        onChoose={(code, p) => set({ dataset: code, period: p })}
        onUploaded={(id) => set({ dataset: dataset.code, period, import: id })}
      />
    );

  return (
    <div className="imports">
      <header className="page-header">
        <h1>{t('imports.title')}</h1>
        <p className="page-header__context" data-testid="screen-context">
          {dataset ? `${dataset.name} · ${periodName}` : ''}
        </p>
      </header>
      <p className="imports__intro">{t('imports.intro')}</p>
      <Card title={step} className="imports__main">
        {body}
      </Card>
    </div>
  );
}
