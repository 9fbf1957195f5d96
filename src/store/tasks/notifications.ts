/**
 * In-app notifications (migration 0021): one row per user and event, written once (the unique dedupe key
 * user|kind|task|day makes the daily sweep idempotent and lets a command and the sweep race harmlessly).
 */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { NotificationsTable } from './schema.ts';

export type NotificationRow = Selectable<NotificationsTable>;

/** Writes the notifications not written yet; returns how many were new. */
export async function insertNotifications(db: Kysely<Database>, rows: ReadonlyArray<Omit<NotificationRow, 'id' | 'readAt'>>): Promise<number> {
  let created = 0;
  for (const row of rows) {
    const inserted = await db
      .insertInto('notifications')
      .values({ ...row, readAt: null })
      .onConflict((oc) => oc.column('dedupeKey').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) created += 1;
  }
  return created;
}

/** A user's notifications, newest first. */
export async function listNotificationRows(
  db: Kysely<Database>,
  username: string,
  options: { unread?: boolean; limit: number; offset: number },
): Promise<{ total: number; rows: NotificationRow[] }> {
  let q = db.selectFrom('notifications').where('username', '=', username);
  if (options.unread) q = q.where('readAt', 'is', null);
  const total = await q.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  const rows = await q.selectAll().orderBy('id', 'desc').limit(options.limit).offset(options.offset).execute();
  return { total: Number(total.n), rows: rows.map((r) => ({ ...r, id: Number(r.id), taskId: r.taskId === null ? null : Number(r.taskId) })) };
}

export async function unreadNotificationCount(db: Kysely<Database>, username: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select(sql<number>`count(*)`.as('n'))
    .where('username', '=', username)
    .where('readAt', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks one (or, with id null, every) unread notification of the user read; returns how many. */
export async function markNotificationsRead(db: Kysely<Database>, username: string, id: number | null, at: string): Promise<number> {
  let q = db.updateTable('notifications').set({ readAt: at }).where('username', '=', username).where('readAt', 'is', null);
  if (id !== null) q = q.where('id', '=', id);
  return Number((await q.executeTakeFirst()).numUpdatedRows);
}

/** Whether the user has a notification with this id (read or not). */
export async function notificationExists(db: Kysely<Database>, username: string, id: number): Promise<boolean> {
  return (await db.selectFrom('notifications').select('id').where('username', '=', username).where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** Enabled users with their e-mail (recipients of notifications and of the digest). */
export async function listRecipientUsers(db: Kysely<Database>) {
  const rows = await db.selectFrom('users').select(['id', 'username', 'role', 'email', 'displayName']).where('disabled', '=', 0).orderBy('username').execute();
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}
