/**
 * Failed logins, stored per username and per client address, so every app instance applies the
 * same limit: at most 5 failures per username (20 per address) in 15 minutes. A success clears
 * the username's failures.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export interface LoginLimits {
  windowMs: number;
  perUsername: number;
  perIp: number;
}

export const LOGIN_LIMITS: LoginLimits = { windowMs: 15 * 60 * 1000, perUsername: 5, perIp: 20 };

/** Seconds until another attempt may be made, or 0 when one is allowed now. */
export async function loginRetryAfter(db: Kysely<Database>, username: string, ip: string, now: Date = new Date(), limits: LoginLimits = LOGIN_LIMITS): Promise<number> {
  const since = new Date(now.getTime() - limits.windowMs).toISOString();
  const waits = await Promise.all([
    waitFor(db, 'username', username, since, limits.perUsername, now, limits.windowMs),
    waitFor(db, 'ip', ip, since, limits.perIp, now, limits.windowMs),
  ]);
  return Math.max(...waits);
}

async function waitFor(db: Kysely<Database>, column: 'username' | 'ip', value: string, since: string, limit: number, now: Date, windowMs: number): Promise<number> {
  const rows = await db
    .selectFrom('loginAttempts')
    .select('attemptedAt')
    .where(column, '=', value)
    .where('attemptedAt', '>', since)
    .orderBy('attemptedAt', 'desc')
    .limit(limit)
    .execute();
  if (rows.length < limit) return 0;
  // The window reopens when the oldest of the last `limit` failures leaves it.
  const oldest = Date.parse(rows[rows.length - 1]!.attemptedAt);
  return Math.max(1, Math.ceil((oldest + windowMs - now.getTime()) / 1000));
}

export async function recordLoginFailure(db: Kysely<Database>, username: string, ip: string, now: Date = new Date(), limits: LoginLimits = LOGIN_LIMITS): Promise<void> {
  await db.insertInto('loginAttempts').values({ username, ip, attemptedAt: now.toISOString() }).execute();
  // Housekeeping: attempts that no longer count anywhere.
  await db.deleteFrom('loginAttempts').where('attemptedAt', '<=', new Date(now.getTime() - limits.windowMs).toISOString()).execute();
}

export async function clearLoginFailures(db: Kysely<Database>, username: string): Promise<void> {
  await db.deleteFrom('loginAttempts').where('username', '=', username).execute();
}
