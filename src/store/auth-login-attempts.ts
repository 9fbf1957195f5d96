/**
 * Login attempts, stored in the database so every app instance applies the same limits within 15
 * minutes: 5 failures for one username from one address (the strict limit), 20 for one username from
 * anywhere (so one attacker cannot lock a user out from a single address), 20 from one address over
 * any usernames. An attempt is recorded BEFORE its password is checked (a pending failure) and the
 * count includes it, under a lock per username and per address, so N parallel attempts make at most
 * the limit of guesses. A success deletes the pending row and the earlier failures of that username
 * from that address.
 */
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';
import { inTransaction } from './metadata-transaction.ts';

export interface LoginLimits {
  windowMs: number;
  /** Failures of one username from one address. */
  perUsernameIp: number;
  /** Failures of one username from any address. */
  perUsername: number;
  /** Failures from one address over any usernames. */
  perIp: number;
}

export const LOGIN_LIMITS: LoginLimits = { windowMs: 15 * 60 * 1000, perUsernameIp: 5, perUsername: 20, perIp: 20 };

/**
 * How long the periodic sweep keeps an attempt: four windows (1 h). An attempt stops counting once it
 * leaves the window, so anything longer is safe; the margin covers app instances on one PostgreSQL
 * whose clocks disagree by minutes (one instance must not delete what another still counts).
 */
export const LOGIN_ATTEMPT_RETENTION_MS = 4 * LOGIN_LIMITS.windowMs;

export type LoginReservation = { kind: 'reserved'; attemptId: number } | { kind: 'rate_limited'; retryAfterSeconds: number };

/**
 * Records an attempt as a pending failure when the limits allow one now; else says how many seconds
 * until they do (and records nothing). Call `loginSucceeded` when the password matches.
 */
export async function reserveLoginAttempt(
  db: Kysely<Database>,
  username: string,
  ip: string,
  now: Date = new Date(),
  limits: LoginLimits = LOGIN_LIMITS,
): Promise<LoginReservation> {
  return inTransaction(db, async (trx) => {
    await lockLoginKeys(trx, username, ip);
    const wait = await retryAfter(trx, username, ip, now, limits);
    if (wait > 0) return { kind: 'rate_limited', retryAfterSeconds: wait };
    const row = await trx.insertInto('loginAttempts').values({ username, ip, attemptedAt: now.toISOString() }).returning('id').executeTakeFirstOrThrow();
    // Housekeeping: attempts that no longer count anywhere.
    await trx.deleteFrom('loginAttempts').where('attemptedAt', '<=', new Date(now.getTime() - limits.windowMs).toISOString()).execute();
    return { kind: 'reserved', attemptId: row.id };
  });
}

/** The password matched: forget this attempt and the username's failures from this address. */
export async function loginSucceeded(db: Kysely<Database>, attemptId: number, username: string, ip: string): Promise<void> {
  await db
    .deleteFrom('loginAttempts')
    .where((eb) => eb.or([eb('id', '=', attemptId), eb.and([eb('username', '=', username), eb('ip', '=', ip)])]))
    .execute();
}

/**
 * PostgreSQL: transaction-level advisory locks on the username, then on the address (always in that
 * order, so two attempts never deadlock). SQLite: the transaction already runs alone in this process.
 */
async function lockLoginKeys(trx: Kysely<Database>, username: string, ip: string): Promise<void> {
  if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`SELECT pg_advisory_xact_lock(1147, hashtext(${username}))`.execute(trx);
  await sql`SELECT pg_advisory_xact_lock(1148, hashtext(${ip}))`.execute(trx);
}

/** Seconds until another attempt may be made, or 0 when one is allowed now. */
export async function retryAfter(db: Kysely<Database>, username: string, ip: string, now: Date = new Date(), limits: LoginLimits = LOGIN_LIMITS): Promise<number> {
  const since = new Date(now.getTime() - limits.windowMs).toISOString();
  const waits = await Promise.all([
    waitFor(db, { username, ip }, since, limits.perUsernameIp, now, limits.windowMs),
    waitFor(db, { username }, since, limits.perUsername, now, limits.windowMs),
    waitFor(db, { ip }, since, limits.perIp, now, limits.windowMs),
  ]);
  return Math.max(...waits);
}

async function waitFor(db: Kysely<Database>, key: { username?: string; ip?: string }, since: string, limit: number, now: Date, windowMs: number): Promise<number> {
  let query = db.selectFrom('loginAttempts').select('attemptedAt').where('attemptedAt', '>', since);
  if (key.username !== undefined) query = query.where('username', '=', key.username);
  if (key.ip !== undefined) query = query.where('ip', '=', key.ip);
  const rows = await query.orderBy('attemptedAt', 'desc').limit(limit).execute();
  if (rows.length < limit) return 0;
  // The window reopens when the oldest of the last `limit` failures leaves it.
  const oldest = Date.parse(rows[rows.length - 1]!.attemptedAt);
  return Math.max(1, Math.ceil((oldest + windowMs - now.getTime()) / 1000));
}

/** Deletes attempts older than LOGIN_ATTEMPT_RETENTION_MS (the periodic sweep, for quiet hours without logins); returns how many. */
export async function purgeOldLoginAttempts(db: Kysely<Database>, now: Date = new Date()): Promise<number> {
  const result = await db.deleteFrom('loginAttempts').where('attemptedAt', '<=', new Date(now.getTime() - LOGIN_ATTEMPT_RETENTION_MS).toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows);
}
