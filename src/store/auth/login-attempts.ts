/**
 * Login throttling, counted in the database so every app instance applies the same limits, over the
 * failures of the last 15 minutes. An attacker must not be able to lock the real user out, yet guessing
 * from many addresses must stay slow:
 * - with a known device (a live device cookie of that username, store/auth/login-devices.ts): 5 failures
 *   of that device, then refused until the window passes. Nothing else applies to it.
 * - without one: 5 failures of the username from one address, then that pair is refused until the window
 *   passes (the attacker locks out only themself); 20 failures from one address over any usernames, the
 *   same; and for the username from all addresses no lock but a delay: after 10 failures, each attempt must
 *   wait 1 s after the latest one, doubling with each further failure up to 60 s.
 * An attempt is recorded BEFORE its password is checked (a pending failure) and the counts include it,
 * under a lock per username and per address, so N parallel attempts make at most the limit of guesses.
 * A success deletes the pending row and the earlier failures of the same device, or of that username from
 * that address. `clearLoginThrottling` (`dx-ioc user unlock`) forgets a username's attempts.
 */
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { inTransaction } from '../transaction.ts';

export interface LoginLimits {
  windowMs: number;
  /** Failures of one username from one address (without a known device). */
  perUsernameIp: number;
  /** Failures with one known device. */
  perDevice: number;
  /** Failures from one address over any usernames (every failure counts; attempts with a known device are not refused). */
  perIp: number;
  /** Failures of one username from any address (without a known device) before the delays begin. */
  perUsernameFree: number;
  /** The first delay after the free failures; it doubles with each further one… */
  usernameDelayMs: number;
  /** …up to this. */
  usernameDelayCapMs: number;
}

export const LOGIN_LIMITS: LoginLimits = {
  windowMs: 15 * 60 * 1000,
  perUsernameIp: 5,
  perDevice: 5,
  perIp: 20,
  perUsernameFree: 10,
  usernameDelayMs: 1000,
  usernameDelayCapMs: 60 * 1000,
};

/**
 * How long the periodic sweep keeps an attempt: four windows (1 h). An attempt stops counting once it
 * leaves the window, so anything longer is safe; the margin covers app instances on one PostgreSQL
 * whose clocks disagree by minutes (one instance must not delete what another still counts).
 */
export const LOGIN_ATTEMPT_RETENTION_MS = 4 * LOGIN_LIMITS.windowMs;

/** Who is trying: the (normalised) username, the client address, and the known device it came with (null: none). */
export interface LoginAttemptKey {
  username: string;
  ip: string;
  deviceId: number | null;
}

export type LoginReservation = { kind: 'reserved'; attemptId: number } | { kind: 'rate_limited'; retryAfterSeconds: number };

/**
 * Records an attempt as a pending failure when the limits allow one now; else says how many seconds
 * until they do (and records nothing). Call `loginSucceeded` when the password matches.
 */
export async function reserveLoginAttempt(
  db: Kysely<Database>,
  key: LoginAttemptKey,
  now: Date = new Date(),
  limits: LoginLimits = LOGIN_LIMITS,
): Promise<LoginReservation> {
  return inTransaction(db, async (trx) => {
    await lockLoginKeys(trx, key.username, key.ip);
    const wait = await retryAfter(trx, key, now, limits);
    if (wait > 0) return { kind: 'rate_limited', retryAfterSeconds: wait };
    const row = await trx
      .insertInto('loginAttempts')
      .values({ username: key.username, ip: key.ip, deviceId: key.deviceId, attemptedAt: now.toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Housekeeping: attempts that no longer count anywhere.
    await trx
      .deleteFrom('loginAttempts')
      .where('attemptedAt', '<=', new Date(now.getTime() - limits.windowMs).toISOString())
      .execute();
    return { kind: 'reserved', attemptId: row.id };
  });
}

/** The password matched: forget this attempt and the earlier failures of its device, or of its username from its address. */
export async function loginSucceeded(db: Kysely<Database>, attemptId: number, key: LoginAttemptKey): Promise<void> {
  const { deviceId } = key;
  await db
    .deleteFrom('loginAttempts')
    .where((eb) =>
      eb.or([
        eb('id', '=', attemptId),
        deviceId !== null ? eb('deviceId', '=', deviceId) : eb.and([eb('username', '=', key.username), eb('ip', '=', key.ip), eb('deviceId', 'is', null)]),
      ]),
    )
    .execute();
}

/**
 * PostgreSQL: transaction-level advisory locks on the username, then on the address (always in that
 * order, so two attempts never deadlock). SQLite: the transaction already runs alone in this process.
 */
async function lockLoginKeys(trx: Kysely<Database>, username: string, ip?: string): Promise<void> {
  if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`SELECT pg_advisory_xact_lock(1147, hashtext(${username}))`.execute(trx);
  if (ip !== undefined) await sql`SELECT pg_advisory_xact_lock(1148, hashtext(${ip}))`.execute(trx);
}

/** Seconds until this attempt may be made, or 0 when it is allowed now. */
async function retryAfter(db: Kysely<Database>, key: LoginAttemptKey, now: Date, limits: LoginLimits): Promise<number> {
  const since = new Date(now.getTime() - limits.windowMs).toISOString();
  if (key.deviceId !== null) return lockedFor(db, { deviceId: key.deviceId }, since, limits.perDevice, now, limits.windowMs);
  const waits = await Promise.all([
    lockedFor(db, { username: key.username, ip: key.ip, deviceId: null }, since, limits.perUsernameIp, now, limits.windowMs),
    lockedFor(db, { ip: key.ip }, since, limits.perIp, now, limits.windowMs),
    usernameDelay(db, key.username, since, now, limits),
  ]);
  return Math.max(...waits);
}

type CounterKey = { username?: string; ip?: string; deviceId?: number | null };

function counted(db: Kysely<Database>, key: CounterKey, since: string) {
  let query = db.selectFrom('loginAttempts').where('attemptedAt', '>', since);
  if (key.username !== undefined) query = query.where('username', '=', key.username);
  if (key.ip !== undefined) query = query.where('ip', '=', key.ip);
  if (key.deviceId !== undefined) query = key.deviceId === null ? query.where('deviceId', 'is', null) : query.where('deviceId', '=', key.deviceId);
  return query;
}

/** A hard limit: refused once `limit` failures are in the window, until the oldest of the last `limit` leaves it. */
async function lockedFor(db: Kysely<Database>, key: CounterKey, since: string, limit: number, now: Date, windowMs: number): Promise<number> {
  const rows = await counted(db, key, since).select('attemptedAt').orderBy('attemptedAt', 'desc').limit(limit).execute();
  if (rows.length < limit) return 0;
  const oldest = Date.parse(rows[rows.length - 1]!.attemptedAt);
  return secondsUntil(oldest + windowMs, now);
}

/** The username-wide delay over attempts without a known device: none for the free failures, then doubling from the latest one, capped. */
async function usernameDelay(db: Kysely<Database>, username: string, since: string, now: Date, limits: LoginLimits): Promise<number> {
  const row = await counted(db, { username, deviceId: null }, since)
    .select((eb) => [eb.fn.countAll<number | string>().as('n'), eb.fn.max('attemptedAt').as('latest')])
    .executeTakeFirstOrThrow();
  const extra = Number(row.n) - limits.perUsernameFree;
  if (extra < 0 || !row.latest) return 0;
  const delayMs = Math.min(limits.usernameDelayCapMs, limits.usernameDelayMs * 2 ** Math.min(extra, 30));
  return secondsUntil(Date.parse(row.latest) + delayMs, now);
}

/** Whole seconds until `atMs` (at least 1), or 0 once it has passed. */
function secondsUntil(atMs: number, now: Date): number {
  const ms = atMs - now.getTime();
  return ms > 0 ? Math.max(1, Math.ceil(ms / 1000)) : 0;
}

/** What `clearLoginThrottling` found and deleted for a username. */
export interface ClearedThrottling {
  /** Attempts deleted (failures, and any pending at that moment), and from how many addresses. */
  attempts: number;
  addresses: number;
  /** Of those, attempts that came with a known device. */
  withKnownDevice: number;
  /** What was in force: seconds of username-wide delay, addresses refused for this username, known devices refused. */
  delaySeconds: number;
  lockedAddresses: number;
  lockedDevices: number;
}

/**
 * Forgets every recorded attempt for the (normalised) username (`dx-ioc user unlock`): its delay, its locked
 * addresses and devices end at once. The attempts also stop counting toward their addresses' limit.
 */
export async function clearLoginThrottling(
  db: Kysely<Database>,
  username: string,
  now: Date = new Date(),
  limits: LoginLimits = LOGIN_LIMITS,
): Promise<ClearedThrottling> {
  return inTransaction(db, async (trx) => {
    await lockLoginKeys(trx, username);
    const since = new Date(now.getTime() - limits.windowMs).toISOString();
    const rows = await trx.selectFrom('loginAttempts').select(['ip', 'deviceId', 'attemptedAt']).where('username', '=', username).execute();
    const recent = rows.filter((r) => r.attemptedAt > since);
    const countBy = (keyOf: (r: (typeof rows)[number]) => string | null): Map<string, number> => {
      const counts = new Map<string, number>();
      for (const r of recent) {
        const k = keyOf(r);
        if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      return counts;
    };
    const atLeast = (counts: Map<string, number>, limit: number): number => [...counts.values()].filter((n) => n >= limit).length;
    const cleared: ClearedThrottling = {
      attempts: rows.length,
      addresses: new Set(rows.map((r) => r.ip)).size,
      withKnownDevice: rows.filter((r) => r.deviceId !== null).length,
      delaySeconds: await usernameDelay(trx, username, since, now, limits),
      lockedAddresses: atLeast(
        countBy((r) => (r.deviceId === null ? r.ip : null)),
        limits.perUsernameIp,
      ),
      lockedDevices: atLeast(
        countBy((r) => (r.deviceId === null ? null : String(r.deviceId))),
        limits.perDevice,
      ),
    };
    await trx.deleteFrom('loginAttempts').where('username', '=', username).execute();
    return cleared;
  });
}

/** Deletes attempts older than LOGIN_ATTEMPT_RETENTION_MS (the periodic sweep, for quiet hours without logins); returns how many. */
export async function purgeOldLoginAttempts(db: Kysely<Database>, now: Date = new Date()): Promise<number> {
  const result = await db
    .deleteFrom('loginAttempts')
    .where('attemptedAt', '<=', new Date(now.getTime() - LOGIN_ATTEMPT_RETENTION_MS).toISOString())
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
