/**
 * The notification centre of the signed-in user: their notifications (newest first), the unread count for the
 * bell, marking one or all read. A user sees only their own; an API token has none (tokens are not people).
 */
import type { Actor } from '../../domain/access.ts';
import { appError } from '../../domain/errors.ts';
import type { Store } from '../../store/db.ts';
import { listNotificationRows, markNotificationsRead, notificationExists, unreadNotificationCount } from '../../store/tasks/notifications.ts';

export interface NotificationView {
  id: number;
  kind: string;
  task: number | null;
  title: string;
  body: string;
  link: string | null;
  at: string;
  read: boolean;
}

export interface NotificationPage {
  total: number;
  unread: number;
  items: NotificationView[];
}

/** The signed-in user's name (a token has no notifications and no digest: 403). */
export function notificationOwner(actor: Actor): string {
  if (actor.kind !== 'user') throw appError('FORBIDDEN', { action: 'read notifications', target: 'an API token' });
  return actor.name;
}

export async function listNotifications(store: Store, actor: Actor, query: { unread?: boolean; limit?: number; offset?: number }): Promise<NotificationPage> {
  const username = notificationOwner(actor);
  const { total, rows } = await listNotificationRows(store.db, username, {
    ...(query.unread ? { unread: true } : {}),
    limit: query.limit ?? 50,
    offset: query.offset ?? 0,
  });
  return {
    total,
    unread: await unreadNotificationCount(store.db, username),
    items: rows.map((r) => ({ id: r.id, kind: r.kind, task: r.taskId, title: r.title, body: r.body, link: r.link, at: r.createdAt, read: r.readAt !== null })),
  };
}

export async function unreadCount(store: Store, actor: Actor): Promise<{ unread: number }> {
  return { unread: await unreadNotificationCount(store.db, notificationOwner(actor)) };
}

/** Marks one notification read (404 when it is not the caller's), or all with id null; answers the unread count. */
export async function markRead(store: Store, actor: Actor, id: number | null, now: Date = new Date()): Promise<{ marked: number; unread: number }> {
  const username = notificationOwner(actor);
  if (id !== null && !(await notificationExists(store.db, username, id)))
    throw appError('RECORD_NOT_FOUND', { what: 'thông báo', whatEn: 'notification', id: String(id) });
  const marked = await markNotificationsRead(store.db, username, id, now.toISOString());
  return { marked, unread: await unreadNotificationCount(store.db, username) };
}
