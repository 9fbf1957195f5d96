/**
 * Sessions in the database, so several app instances on one PostgreSQL share them. The cookie
 * carries a random 32-byte id; only its sha256 is stored. The session's CSRF token is derived from the
 * id (`csrfTokenFor`), so it is not stored either: the database holds nothing a request could present.
 * A session ends after 12 h without use, 7 days after login, at logout, or at once when its user is disabled.
 */
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { Actor } from '../../domain/access.ts';
import { deriveSecret, hashSecret, newSecret } from './secrets.ts';
import { scopesOfUsers, userActor, type UserRole } from './users.ts';

export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 60 * 1000;
/** Domain separation: the CSRF token is this label's HMAC under the session id, unrelated to the stored sha256 of the id. */
const CSRF_LABEL = 'dx-ioc/csrf-token/v1';

export interface NewSession {
  /** The cookie value; not stored. */
  sessionId: string;
  /** `csrfTokenFor(sessionId)`; not stored. */
  csrfToken: string;
}

export interface SessionInfo {
  actor: Actor;
  displayName: string | null;
  csrfToken: string;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * The CSRF token of the session whose cookie carries `sessionId`: computed on each request from the cookie (the
 * server has it), never stored. A page can read it (login answer, `/auth/me`), but it does not reveal the id.
 */
export function csrfTokenFor(sessionId: string): string {
  return deriveSecret(sessionId, CSRF_LABEL);
}

export async function createSession(db: Kysely<Database>, userId: number, now: Date = new Date()): Promise<NewSession> {
  const sessionId = newSecret();
  const at = now.toISOString();
  await db
    .insertInto('sessions')
    .values({ idHash: hashSecret(sessionId), userId, createdAt: at, lastSeenAt: at })
    .execute();
  // Housekeeping: this user's expired sessions (purgeExpiredSessions sweeps everyone's).
  await db.deleteFrom('sessions').where('userId', '=', userId).where(expiredAt(now)).execute();
  return { sessionId, csrfToken: csrfTokenFor(sessionId) };
}

/** The condition findSession refuses a session on: idle too long, or too old whatever its use. */
function expiredAt(now: Date) {
  return (eb: ExpressionBuilder<Database, 'sessions'>) =>
    eb.or([eb('lastSeenAt', '<=', iso(now.getTime() - SESSION_IDLE_MS)), eb('createdAt', '<=', iso(now.getTime() - SESSION_ABSOLUTE_MS))]);
}

/**
 * Deletes every session past its idle or absolute expiry (the same test as findSession, so nothing a
 * cookie could still use goes); returns how many. Ended sessions (logout, disabled user) are already gone.
 */
export async function purgeExpiredSessions(db: Kysely<Database>, now: Date = new Date()): Promise<number> {
  const result = await db.deleteFrom('sessions').where(expiredAt(now)).executeTakeFirst();
  return Number(result.numDeletedRows);
}

const touchesInFlight = new Set<Promise<unknown>>();

/** Resolves when every session touch started so far has landed (or failed): for tests that move the clock. */
export async function sessionTouchesSettled(): Promise<void> {
  await Promise.all([...touchesInFlight]);
}

/** The live session for a cookie value, or null (unknown, expired — then deleted —, or its user disabled). */
export async function findSession(db: Kysely<Database>, sessionId: string, now: Date = new Date()): Promise<SessionInfo | null> {
  const idHash = hashSecret(sessionId);
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.userId')
    .select(['s.createdAt', 's.lastSeenAt', 'u.id as userId', 'u.username', 'u.role', 'u.displayName', 'u.disabled'])
    .where('s.idHash', '=', idHash)
    .executeTakeFirst();
  if (!row || Number(row.disabled) === 1) return null;
  const t = now.getTime();
  if (Date.parse(row.lastSeenAt) <= t - SESSION_IDLE_MS || Date.parse(row.createdAt) <= t - SESSION_ABSOLUTE_MS) {
    await db.deleteFrom('sessions').where('idHash', '=', idHash).execute();
    return null;
  }
  if (t - Date.parse(row.lastSeenAt) >= TOUCH_EVERY_MS) {
    // Best effort, not awaited: the request must not wait for a write (on SQLite it would queue behind a large
    // import's commit); a touch that fails only makes the session look idle a minute sooner.
    const touch: Promise<unknown> = db
      .updateTable('sessions')
      .set({ lastSeenAt: now.toISOString() })
      .where('idHash', '=', idHash)
      .execute()
      .catch(() => undefined)
      .finally(() => touchesInFlight.delete(touch));
    touchesInFlight.add(touch);
  }
  const scopes = (await scopesOfUsers(db, [row.userId])).get(row.userId) ?? [];
  const actor = userActor({ username: row.username, role: row.role as UserRole, scopes });
  return { actor, displayName: row.displayName, csrfToken: csrfTokenFor(sessionId) };
}

/** Ends the session (logout); unknown ids are ignored. */
export async function deleteSession(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('idHash', '=', hashSecret(sessionId)).execute();
}
