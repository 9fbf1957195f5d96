/**
 * /tasks/:id: one task — status, units, dates, milestones, progress reports — and the steps the caller may take
 * (the server's `actions`): report progress, complete with a date and evidence, start, pause, resume, reopen.
 */
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { DateField } from '@/components/ui/date-field';
import { TextAreaField, TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useTask, useTaskStep, type Task } from '@/features/tasks/api/tasks';
import { TaskCard } from '@/features/tasks/components/task-card';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { screenSearch } from '@/lib/screen-params';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useScreen } from './root';

export function TaskRoute() {
  const { t } = useTranslation();
  const { params } = useScreen();
  const id = Number(useParams().id);
  const task = useTask(id);
  useDocumentTitle(task.data?.title ?? t('tasks.title'));
  let body;
  if (task.isPending) body = <Skeleton lines={8} label={t('tasks.loading')} />;
  else if (task.isError) body = <ApiErrorNotice error={task.error} onRetry={() => void task.refetch()} />;
  else body = <TaskDetail task={task.data} />;
  return (
    <>
      <header className="page-header">
        <h1>{task.data?.title ?? t('tasks.title')}</h1>
        <p className="page-header__links">
          <Link to={{ pathname: '/tasks', search: screenSearch(params) }}>‹ {t('tasks.back')}</Link>
        </p>
      </header>
      {body}
    </>
  );
}

function TaskDetail({ task }: { task: Task }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const d = (iso: string | null | undefined) => formatDate(iso, language);
  return (
    <div className="task-detail">
      <TaskCard task={task} href={`/tasks/${task.id}`} />
      <Card title={t('tasks.plan', { plan: task.plan })}>
        <p>{t('tasks.period', { start: d(task.startDate), deadline: d(task.deadline) })}</p>
        {task.coordinating.length ? <p>{t('tasks.coordinating', { units: task.coordinating.map((u) => u.name).join(', ') })}</p> : null}
        {task.legalBasis ? (
          <p>
            {t('tasks.legalBasis')}: {task.legalBasis}
          </p>
        ) : null}
        {task.pauseReason ? <p>{t('tasks.pauseReason', { reason: task.pauseReason })}</p> : null}
      </Card>
      {task.milestones.length ? (
        <Card title={t('tasks.milestones')}>
          <ul className="task-detail__list">
            {task.milestones.map((m) => (
              <li key={m.id}>
                {m.title} — {d(m.dueDate)} ({m.doneOn ? t('tasks.milestoneDone', { date: d(m.doneOn) }) : m.overdue ? t('tasks.milestoneLate') : '…'})
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <Card title={t('tasks.progress')}>
        {task.progress.length === 0 ? (
          <p>{t('tasks.noProgress')}</p>
        ) : (
          <ul className="task-detail__list" data-testid="task-progress">
            {task.progress.map((p) => (
              <li key={p.id}>
                {t('tasks.progressBy', { date: d(p.reportedOn), by: p.by, percent: p.percent })}: {p.content}
              </li>
            ))}
          </ul>
        )}
      </Card>
      {task.actions.length ? <TaskActions task={task} /> : null}
    </div>
  );
}

function TaskActions({ task }: { task: Task }) {
  const { t } = useTranslation();
  const step = useTaskStep(task.id);
  // Today in Vietnam (en-CA gives YYYY-MM-DD), as the server counts days.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const [percent, setPercent] = useState(String(task.percent));
  const [content, setContent] = useState('');
  const [completedOn, setCompletedOn] = useState(today);
  const [evidence, setEvidence] = useState('');
  const [reason, setReason] = useState('');
  const can = (a: Task['actions'][number]) => task.actions.includes(a);
  return (
    <Card title={t('tasks.actions')}>
      {step.isError ? <ApiErrorNotice error={step.error} /> : null}
      {step.isSuccess ? <Notice tone="success">{t('tasks.saved')}</Notice> : null}
      {can('progress') ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            step.mutate({ step: 'progress', percent: Number(percent), content });
          }}
        >
          <TextField label={t('tasks.reportPercent')} type="number" min={0} max={100} value={percent} onChange={(e) => setPercent(e.target.value)} required />
          <TextAreaField label={t('tasks.reportContent')} value={content} onChange={(e) => setContent(e.target.value)} required />
          <Button type="submit" variant="primary" disabled={step.isPending}>
            {t('tasks.reportSubmit')}
          </Button>
        </form>
      ) : null}
      {can('complete') ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            step.mutate({ step: 'complete', completedOn, evidence });
          }}
        >
          <DateField label={t('tasks.completeDate')} value={completedOn} onChange={setCompletedOn} required />
          <TextField label={t('tasks.completeEvidence')} value={evidence} onChange={(e) => setEvidence(e.target.value)} required />
          <Button type="submit" disabled={step.isPending}>
            {t('tasks.completeSubmit')}
          </Button>
        </form>
      ) : null}
      {can('pause') ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            step.mutate({ step: 'pause', reason });
          }}
        >
          <TextField label={t('tasks.pauseReasonField')} value={reason} onChange={(e) => setReason(e.target.value)} required />
          <Button type="submit" disabled={step.isPending}>
            {t('tasks.pause')}
          </Button>
        </form>
      ) : null}
      <p>
        {(['start', 'resume', 'reopen'] as const).filter(can).map((a) => (
          <Button key={a} onClick={() => step.mutate({ step: a })} disabled={step.isPending}>
            {t(`tasks.${a}`)}
          </Button>
        ))}
      </p>
    </Card>
  );
}
