/**
 * Step 1 and 2 of an import: the dataset and period (from GET /datasets and the dataset's period type; kept in the
 * URL), the template to download (GET /datasets/{code}/template.xlsx), and the file to upload with its progress
 * (XMLHttpRequest upload events, then "reading" while the server checks it). On success the import's id goes to
 * the URL (the preview survives a reload).
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { SelectField } from '@/components/ui/select-field';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { csrfTokenFrom } from '@/lib/auth';
import { formatNumber, formatPercent } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { periodLabel } from '@/lib/i18n/period-label';
import { downloadTemplate } from '../api/download-template';
import { importKey } from '../api/use-import';
import { uploadImport, type UploadProgress } from '../api/upload-import';
import { ProgressBar } from './progress-bar';

export interface DatasetChoice {
  code: string;
  name: string;
  periods: string[];
}

export interface ImportUploadProps {
  datasets: readonly DatasetChoice[];
  dataset: DatasetChoice;
  period: string;
  onChoose: (dataset: string, period: string) => void;
  onUploaded: (importId: string) => void;
}

export function ImportUpload({ datasets, dataset, period, onChoose, onUploaded }: ImportUploadProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [missingFile, setMissingFile] = useState(false);
  const busy = progress !== null;
  const [templateError, setTemplateError] = useState<unknown>(null);
  const [templateBusy, setTemplateBusy] = useState(false);
  const template = async () => {
    setTemplateError(null);
    setTemplateBusy(true);
    try {
      await downloadTemplate(dataset.code, period);
    } catch (cause) {
      setTemplateError(cause);
    } finally {
      setTemplateBusy(false);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setMissingFile(true);
      return;
    }
    setError(null);
    setProgress({ loaded: 0, total: file.size, sent: false });
    try {
      const job = await uploadImport({ dataset: dataset.code, period, file, csrfToken: csrfTokenFrom(queryClient), onProgress: setProgress });
      queryClient.setQueryData(importKey(job.importId ?? ''), job);
      onUploaded(job.importId ?? '');
    } catch (cause) {
      setError(cause);
    } finally {
      setProgress(null);
    }
  };

  const fraction = progress && progress.total > 0 ? progress.loaded / progress.total : null;
  return (
    <form className="import-upload" onSubmit={(event) => void submit(event)} noValidate>
      <div className="import-upload__choose">
        <SelectField
          label={t('imports.dataset')}
          value={dataset.code}
          disabled={busy}
          onChange={(code) => onChoose(code, datasets.find((d) => d.code === code)?.periods[0] ?? period)}
          options={datasets.map((d) => ({ value: d.code, label: `${d.name} (${d.code})` }))}
        />
        <SelectField
          label={t('imports.period')}
          value={period}
          disabled={busy}
          onChange={(p) => onChoose(dataset.code, p)}
          options={dataset.periods.map((p) => ({ value: p, label: periodLabel(p, t, language) }))}
        />
      </div>
      <div className="import-upload__template">
        <Button onClick={() => void template()} disabled={templateBusy} data-testid="template-button">
          {t('imports.template')}
        </Button>
        <p className="import-upload__hint">{t('imports.templateHelp')}</p>
        {templateError ? <ApiErrorNotice error={templateError} title={t('imports.templateFailed')} /> : null}
      </div>
      <div className="ui-field import-upload__file">
        <span className="ui-field__label" id="import-file-label">
          {t('imports.file')}
        </span>
        {/* The browser's own file button speaks the browser's language: a label in ours opens it. */}
        <div className="import-upload__picker">
          <input
            id="import-file"
            className="import-upload__input"
            type="file"
            accept=".xlsx,.xlsm,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            disabled={busy}
            aria-labelledby="import-file-label"
            aria-describedby="import-file-help"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setMissingFile(false);
            }}
          />
          <label className="ui-button ui-button--secondary" htmlFor="import-file">
            {t('imports.pick')}
          </label>
          <span className="import-upload__name">
            {file ? `${file.name} · ${formatNumber(Math.max(1, Math.ceil(file.size / 1024)), language)} KB` : t('imports.noFile')}
          </span>
        </div>
        <p className="import-upload__hint" id="import-file-help">
          {t('imports.fileHelp')}
        </p>
        {missingFile ? <p className="ui-field__error">{t('imports.chooseFile')}</p> : null}
      </div>
      <div className="import-upload__actions">
        <Button variant="primary" type="submit" disabled={busy}>
          {t('imports.upload')}
        </Button>
      </div>
      {progress ? (
        <ProgressBar
          testId="upload-progress"
          label={t('imports.progressLabel')}
          value={progress.sent ? null : progress.loaded}
          max={Math.max(progress.total, 1)}
          text={
            progress.sent ? t('imports.reading') : t('imports.uploading', { percent: formatPercent(fraction === null ? null : fraction * 100, language, 0) })
          }
        />
      ) : null}
      {error ? <ApiErrorNotice error={error} title={t('imports.uploadFailed')} /> : null}
      {datasets.length === 0 ? <Notice tone="info">{t('imports.noDatasetsHelp')}</Notice> : null}
    </form>
  );
}
