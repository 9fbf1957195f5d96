/** "Số liệu tổng hợp cần tính lại…": shown while a tree change waits for a recompute, with the button and then the job's progress. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { useComputeJob, useRecomputeState, useStartRecompute } from '../api/unit-events';
import './admin-units.css';

export function RecomputeNotice() {
  const { t } = useTranslation();
  const state = useRecomputeState();
  const start = useStartRecompute();
  const [jobId, setJobId] = useState<number | null>(null);
  const job = useComputeJob(jobId);
  const status = job.data?.status;
  if (status === 'done') return <Notice tone="success" title={t('adminUnits.recompute.done')} />;
  if (status === 'failed') return <Notice tone="danger" title={t('adminUnits.recompute.failed', { error: job.data?.error ?? '' })} />;
  if (jobId !== null) {
    const p = job.data?.progress;
    return (
      <Notice
        tone="info"
        title={p ? t('adminUnits.recompute.running', { step: p.step, steps: p.steps, message: p.message }) : t('adminUnits.recompute.queued')}
      />
    );
  }
  if (!state.data?.required) return null;
  return (
    <Notice
      tone="warning"
      title={t('adminUnits.recompute.title')}
      actions={
        <Button variant="primary" disabled={start.isPending} onClick={() => start.mutate(undefined, { onSuccess: (answer) => setJobId(answer.jobId) })}>
          {t('adminUnits.recompute.start')}
        </Button>
      }
    >
      {t('adminUnits.recompute.body')}
    </Notice>
  );
}
