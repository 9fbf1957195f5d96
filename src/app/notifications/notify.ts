/**
 * Writing in-app notifications about a task (kinds below), to the users of its units, once per user, kind, task
 * and day (the dedupe key): a command's notification and the daily sweep's never double up.
 */
import type { Kysely } from 'kysely';
import { TASK_STATUS_LABELS } from '../../domain/tasks.ts';
import type { Database } from '../../store/schema.ts';
import { insertNotifications } from '../../store/tasks/notifications.ts';
import type { TaskRow } from '../../store/tasks/repo.ts';
import type { Recipient } from './recipients.ts';

export const NOTIFICATION_KINDS = ['task_assigned', 'task_due_soon', 'task_overdue', 'task_progress', 'task_completed'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

const vnDate = (iso: string): string => {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}/${Number(m)}/${y}`;
};

/** The Vietnamese title and body of a notification about a task. */
export function notificationText(
  kind: NotificationKind,
  task: Pick<TaskRow, 'title' | 'deadline'>,
  extra: { by?: string; percent?: number; days?: number } = {},
) {
  const deadline = vnDate(task.deadline);
  switch (kind) {
    case 'task_assigned':
      return { title: `Nhiệm vụ mới giao cho đơn vị: ${task.title}`, body: `Hạn hoàn thành ${deadline}.` };
    case 'task_due_soon':
      return { title: `Sắp đến hạn: ${task.title}`, body: `Còn ${extra.days ?? 0} ngày, hạn ${deadline}.` };
    case 'task_overdue':
      return { title: `Quá hạn: ${task.title}`, body: `Đã quá hạn ${extra.days ?? 0} ngày (hạn ${deadline}) mà chưa ${TASK_STATUS_LABELS.completed.vi}.` };
    case 'task_progress':
      return { title: `Báo cáo tiến độ: ${task.title}`, body: `${extra.by ?? ''} báo cáo đạt ${extra.percent ?? 0}%.`.trim() };
    case 'task_completed':
      return { title: `Đã hoàn thành: ${task.title}`, body: `${extra.by ?? ''} báo cáo hoàn thành nhiệm vụ (hạn ${deadline}).`.trim() };
  }
}

/** Notifies these recipients (but not the actor who caused it); returns how many were new. */
export async function notifyTask(
  db: Kysely<Database>,
  recipients: readonly Recipient[],
  kind: NotificationKind,
  task: Pick<TaskRow, 'id' | 'title' | 'deadline'>,
  clock: { today: string; at: string },
  extra: { by?: string; percent?: number; days?: number; except?: string } = {},
): Promise<number> {
  const { title, body } = notificationText(kind, task, extra);
  const rows = recipients
    .filter((r) => r.username !== extra.except)
    .map((r) => ({
      username: r.username,
      kind,
      taskId: task.id,
      title,
      body,
      link: `/tasks/${task.id}`,
      dedupeKey: `${r.username}|${kind}|${task.id}|${clock.today}${kind === 'task_progress' ? `|${clock.at}` : ''}`,
      createdAt: clock.at,
    }));
  return insertNotifications(db, rows);
}
