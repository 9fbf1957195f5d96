/**
 * Step 3: what the file holds and what its commit would do — counts of new, changed and unchanged values, errors
 * and warnings (paged lists), the file as a grid with the bad cells in red — and the commit, all or nothing, with
 * its progress (GET /imports/{id} polled while it runs). A file with errors cannot be committed: the button is
 * disabled and the notice says why and what to do.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { useCommitImport, useImport } from '../api/use-import';
import type { ImportJob } from '../api/types';
import { ImportGrid, type GridTarget } from './import-grid';
import { ProblemList } from './problem-list';
import { ProgressBar } from './progress-bar';

export interface ImportPreviewProps {
  job: ImportJob;
  datasetName: string;
  periodName: string;
}

export function ImportPreview({ job, datasetName, periodName }: ImportPreviewProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const id = job.importId ?? '';
  const commit = useCommitImport(id);
  const live = useImport(id, commit.isPending);
  const [target, setTarget] = useState<GridTarget | null>(null);
  const n = (value: number | undefined) => formatNumber(value ?? 0, language);
  const errorCount = job.errorCount ?? 0;
  const errors = job.errors ?? [];
  const values = job.values ?? 0;
  const blocked = errorCount > 0 || values === 0 || job.status !== 'ready';
  const why = errorCount > 0 ? t('imports.preview.commitDisabled') : values === 0 ? t('imports.preview.nothingToWrite') : '';
  const progress = live.data?.progress ?? null;

  const tiles: Array<[string, number | undefined, string]> = [
    [t('imports.preview.created'), job.changes?.created, 'created'],
    [t('imports.preview.updated'), job.changes?.updated, 'updated'],
    [t('imports.preview.unchanged'), job.changes?.unchanged, 'unchanged'],
    [t('imports.preview.errors'), errorCount, errorCount > 0 ? 'errors' : 'none'],
    [t('imports.preview.warnings'), job.warnings?.length, 'warnings'],
  ];
  return (
    <div className="import-preview" data-testid="import-preview">
      <p className="import-preview__summary">
        {t('imports.preview.summary', { dataset: datasetName, period: periodName, rows: n(job.rows), values: n(values) })}
      </p>
      <dl className="import-preview__counts">
        {tiles.map(([label, value, kind]) => (
          <div key={kind} className={`import-count import-count--${kind}`} data-testid={`count-${kind}`}>
            <dt>{label}</dt>
            <dd>{value === undefined ? '—' : n(value)}</dd>
          </div>
        ))}
      </dl>
      <p className="import-preview__note">{t('imports.preview.changesHelp')}</p>
      {errorCount > 0 ? (
        <Notice tone="danger" title={t('imports.preview.invalidTitle', { formatted: n(errorCount) })}>
          <p>{t('imports.preview.invalidHelp')}</p>
          {errorCount > errors.length ? <p>{t('imports.preview.capped', { kept: n(errors.length), count: n(errorCount) })}</p> : null}
        </Notice>
      ) : values > 0 ? (
        <Notice tone="success">{t('imports.preview.ready')}</Notice>
      ) : null}
      <div className="import-preview__commit">
        <Button
          variant="primary"
          disabled={blocked || commit.isPending}
          aria-describedby={why ? 'import-commit-why' : undefined}
          onClick={() => commit.mutate()}
        >
          {t('imports.preview.commit', { values: n(values) })}
        </Button>
        {why ? (
          <p className="import-preview__why" id="import-commit-why">
            {why}
          </p>
        ) : null}
      </div>
      {commit.isPending ? (
        <ProgressBar
          testId="commit-progress"
          label={t('imports.preview.committing')}
          value={progress && progress.total ? (progress.done ?? 0) : null}
          max={Math.max(progress?.total ?? 1, 1)}
          text={
            progress?.phase === 'committing'
              ? t('imports.preview.committingProgress', { done: n(progress.done), total: n(progress.total) })
              : progress?.phase === 'reading'
                ? t('imports.preview.committingReading', { done: n(progress.done) })
                : t('imports.preview.committing')
          }
        />
      ) : null}
      {commit.isError ? <ApiErrorNotice error={commit.error} title={t('imports.preview.commitFailed')} /> : null}
      {errors.length > 0 ? (
        <ProblemList
          testId="import-errors"
          title={t('imports.problems.errorsTitle')}
          problems={errors}
          tone="danger"
          onShow={(row, column) => setTarget({ row, column, nonce: Date.now() })}
        />
      ) : null}
      {(job.warnings?.length ?? 0) > 0 ? (
        <ProblemList
          testId="import-warnings"
          title={t('imports.problems.warningsTitle')}
          problems={job.warnings ?? []}
          tone="warning"
          onShow={(row, column) => setTarget({ row, column, nonce: Date.now() })}
        />
      ) : null}
      <h3 className="import-preview__grid-title">{t('imports.grid.title')}</h3>
      {(job.grid?.rows ?? 0) > 0 ? (
        <ImportGrid importId={id} fileName={job.fileName ?? ''} rows={job.grid?.rows ?? 0} columns={job.grid?.columns ?? 0} errors={errors} target={target} />
      ) : (
        <p className="import-preview__note">{t('imports.grid.empty')}</p>
      )}
    </div>
  );
}
