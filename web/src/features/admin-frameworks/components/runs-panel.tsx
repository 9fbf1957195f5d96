/**
 * The runs of an edition for its administrator: compute a draft for a period and level (POST …/runs), the runs
 * newest first with their status, and publish a draft after a confirmation (POST …/runs/{id}/publish). The chosen
 * run's diff is composed beside it by the route.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Dialog } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/field';
import { EmptyState, Notice } from '@/components/ui/notice';
import { SelectField } from '@/components/ui/select-field';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { useComputeDraft, usePublishRun, useRuns, type RunLevel } from '../api/admin-frameworks';

const LEVELS: readonly RunLevel[] = ['province', 'commune', 'agency'];

export function RunsPanel({
  framework,
  edition,
  defaultLevel,
  selected,
  onSelect,
}: {
  framework: string;
  edition: string;
  defaultLevel: string;
  selected: number | null;
  onSelect: (id: number) => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const runs = useRuns(framework, edition);
  const compute = useComputeDraft(framework, edition);
  const publish = usePublishRun(framework, edition);
  const [period, setPeriod] = useState(edition);
  const [level, setLevel] = useState<RunLevel>((LEVELS as readonly string[]).includes(defaultLevel) ? (defaultLevel as RunLevel) : 'province');
  const [confirming, setConfirming] = useState<number | null>(null);
  const confirmRun = runs.data?.find((r) => r.id === confirming);
  return (
    <>
      <Card title={t('adminFrameworks.runsTitle')}>
        <form
          className="admin-frameworks__compute"
          onSubmit={(e) => {
            e.preventDefault();
            compute.mutate({ period: period.trim(), level }, { onSuccess: (answer) => onSelect(answer.run.id) });
          }}
        >
          <TextField label={t('adminFrameworks.period')} value={period} onChange={(e) => setPeriod(e.target.value)} inputMode="numeric" />
          <SelectField
            label={t('adminFrameworks.level')}
            value={level}
            onChange={(v) => setLevel(v as RunLevel)}
            options={LEVELS.map((l) => ({ value: l, label: t(`adminFrameworks.levels.${l}`) }))}
          />
          <Button variant="primary" type="submit" disabled={compute.isPending || period.trim() === ''}>
            {compute.isPending ? t('adminFrameworks.computing') : t('adminFrameworks.compute')}
          </Button>
        </form>
        {compute.isError ? <ApiErrorNotice error={compute.error} /> : null}
        {compute.isSuccess ? <Notice tone="success">{t('adminFrameworks.computed', { revision: compute.data.run.revision })}</Notice> : null}
        {publish.isError ? <ApiErrorNotice error={publish.error} /> : null}
        {publish.isSuccess ? <Notice tone="success">{t('adminFrameworks.published', { revision: publish.data.revision })}</Notice> : null}
        {runs.isPending ? <Skeleton label={t('adminFrameworks.loading')} /> : null}
        {runs.isError ? <ApiErrorNotice error={runs.error} onRetry={() => void runs.refetch()} /> : null}
        {runs.data && runs.data.length === 0 ? <EmptyState title={t('adminFrameworks.noRuns')} /> : null}
        {runs.data && runs.data.length > 0 ? (
          <div className="admin-plans__scroll">
            <table className="admin-plans__table">
              <thead>
                <tr>
                  <th scope="col">{t('adminFrameworks.columns.period')}</th>
                  <th scope="col">{t('adminFrameworks.columns.revision')}</th>
                  <th scope="col">{t('adminFrameworks.columns.level')}</th>
                  <th scope="col">{t('adminFrameworks.columns.status')}</th>
                  <th scope="col">{t('adminFrameworks.columns.at')}</th>
                  <th scope="col" className="admin-plans__num">
                    {t('adminFrameworks.resultColumns.unit')}
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">{t('adminFrameworks.view')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {runs.data.map((run) => (
                  <tr key={run.id} aria-current={run.id === selected ? 'true' : undefined}>
                    <th scope="row">{run.period}</th>
                    <td>{run.revision}</td>
                    <td>{(LEVELS as readonly string[]).includes(run.level) ? t(`adminFrameworks.levels.${run.level as RunLevel}`) : run.level}</td>
                    <td>
                      <Badge tone={run.status === 'published' ? 'success' : 'warning'}>
                        {t(`adminFrameworks.status.${run.status === 'published' ? 'published' : 'draft'}`)}
                      </Badge>
                    </td>
                    <td>{formatDateTime(run.publishedAt ?? run.createdAt, language)}</td>
                    <td className="admin-plans__num">{formatNumber(run.units, language)}</td>
                    <td className="admin-frameworks__row-actions">
                      <Button size="small" onClick={() => onSelect(run.id)} aria-label={`${t('adminFrameworks.view')} ${run.period} #${run.revision}`}>
                        {t('adminFrameworks.view')}
                      </Button>
                      {run.status === 'draft' ? (
                        <Button size="small" variant="primary" onClick={() => setConfirming(run.id)}>
                          {t('adminFrameworks.publish')}
                        </Button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </Card>
      <Dialog open={confirming !== null} title={t('adminFrameworks.confirmTitle')} closeLabel={t('adminFrameworks.cancel')} onClose={() => setConfirming(null)}>
        {confirmRun ? <p>{t('adminFrameworks.confirmBody', { revision: confirmRun.revision, period: confirmRun.period })}</p> : null}
        <div className="admin-plans__actions">
          <Button onClick={() => setConfirming(null)}>{t('adminFrameworks.cancel')}</Button>
          <Button
            variant="primary"
            data-autofocus
            disabled={publish.isPending}
            onClick={() => {
              if (confirming === null) return;
              publish.mutate(confirming, { onSuccess: () => setConfirming(null) });
            }}
          >
            {t('adminFrameworks.confirm')}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
