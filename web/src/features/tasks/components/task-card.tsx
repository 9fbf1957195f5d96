/** One task in a list: title, status chip (quá hạn in red), lead unit, deadline and how late or how soon, progress. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Badge, type Tone } from '@/components/ui/badge';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import type { Task } from '../api/tasks';
import './tasks.css';

const TONES: Record<Task['status'], Tone> = { not_started: 'neutral', in_progress: 'info', completed: 'success', paused: 'warning', overdue: 'danger' };

export function TaskStatusChip({ status }: { status: Task['status'] }) {
  const { t } = useTranslation();
  return <Badge tone={TONES[status]}>{t(`tasks.status.${status}`)}</Badge>;
}

export function TaskCard({ task, href }: { task: Task; href: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const when =
    task.status === 'completed'
      ? `${t('tasks.completedOn', { date: formatDate(task.completedOn, language) })} (${task.onTime ? t('tasks.onTime') : t('tasks.late')})`
      : task.overdue
        ? t('tasks.lateBy', { count: -task.daysLeft })
        : task.daysLeft === 0
          ? t('tasks.dueToday')
          : t('tasks.daysLeft', { count: task.daysLeft });
  return (
    <article className={`task-card${task.overdue ? ' task-card--overdue' : ''}`} data-testid="task-card">
      <h3 className="task-card__title">
        <Link to={href}>{task.title}</Link>
      </h3>
      <p className="task-card__meta">
        <TaskStatusChip status={task.status} /> {task.simulated ? <Badge>{t('tasks.simulated')}</Badge> : null}
      </p>
      <p className="task-card__meta">
        {t('tasks.lead', { unit: task.lead.name })} · {t('tasks.deadline', { date: formatDate(task.deadline, language) })} ·{' '}
        <span className={task.overdue ? 'task-card__late' : undefined}>{when}</span>
        {task.status !== 'completed' ? ` · ${t('tasks.percent', { percent: task.percent })}` : null}
      </p>
    </article>
  );
}
