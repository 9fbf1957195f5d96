/** Step 4: what the commit wrote (created, updated, unchanged) and the validation warnings a row's note accepted. */
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import type { ImportJob } from '../api/types';
import { ProblemList } from './problem-list';

export function ImportResult({ job, datasetName, periodName, onAgain }: { job: ImportJob; datasetName: string; periodName: string; onAgain: () => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const result = job.result;
  const n = (value: number | undefined) => formatNumber(value ?? 0, language);
  return (
    <div className="import-result" data-testid="import-result">
      <Notice tone="success" title={t('imports.result.title', { file: job.fileName ?? '' })}>
        <p>{t('imports.result.body', { dataset: datasetName, period: periodName })}</p>
      </Notice>
      <dl className="import-preview__counts">
        <div className="import-count import-count--created" data-testid="result-created">
          <dt>{t('imports.result.created')}</dt>
          <dd>{n(result?.created)}</dd>
        </div>
        <div className="import-count import-count--updated" data-testid="result-updated">
          <dt>{t('imports.result.updated')}</dt>
          <dd>{n(result?.updated)}</dd>
        </div>
        <div className="import-count import-count--unchanged" data-testid="result-unchanged">
          <dt>{t('imports.result.unchanged')}</dt>
          <dd>{n(result?.unchanged)}</dd>
        </div>
      </dl>
      {(result?.warnings?.length ?? 0) > 0 ? (
        <ProblemList testId="result-warnings" title={t('imports.result.warnings')} problems={result?.warnings ?? []} tone="warning" />
      ) : null}
      <div className="import-preview__commit">
        <Button variant="primary" onClick={onAgain}>
          {t('imports.result.again')}
        </Button>
      </div>
    </div>
  );
}
