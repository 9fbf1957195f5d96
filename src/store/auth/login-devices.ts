/**
 * Known login devices (the OWASP "device cookie"): a browser that signed in successfully as a user gets a
 * random cookie, stored only as its sha256, tied to that user, expiring 90 days after its last successful
 * sign-in. An attempt that presents a live device cookie of the username it names is limited by that
 * device's own failures only (store/auth/login-attempts.ts), so an attacker guessing a username from
 * elsewhere cannot slow its owner down. The cookie is no credential: the password is still checked.
 * A user's devices are forgotten when the password changes, when the user is disabled, and with the user.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { hashSecret, newSecret } from './secrets.ts';

export const DEVICE_LIFETIME_MS = 90 * 24 * 60 * 60 * 1000;
/** At most this many devices per user are remembered (the least recently used go first). */
export const DEVICES_PER_USER = 20;

const iso = (ms: number): string => new Date(ms).toISOString();

/** The id of the live device this cookie value names for this (normalised) username, or null. */
export async function findLoginDevice(db: Kysely<Database>, username: string, token: string, now: Date = new Date()): Promise<number | null> {
  const row = await db
    .selectFrom('loginDevices as d')
    .innerJoin('users as u', 'u.id', 'd.userId')
    .select('d.id')
    .where('d.tokenHash', '=', hashSecret(token))
    .where('u.username', '=', username)
    .where('d.expiresAt', '>', now.toISOString())
    .executeTakeFirst();
  return row ? row.id : null;
}

/**
 * After a successful sign-in: renews the device it came with (`deviceId`, with its cookie value `token`), or
 * remembers a new one. Returns the cookie value to set. Drops the user's expired devices and the least recently
 * used ones beyond DEVICES_PER_USER.
 */
export async function rememberLoginDevice(
  db: Kysely<Database>,
  userId: number,
  known: { deviceId: number; token: string } | null,
  now: Date = new Date(),
): Promise<string> {
  const at = now.toISOString();
  const expiresAt = iso(now.getTime() + DEVICE_LIFETIME_MS);
  let token: string;
  if (known) {
    token = known.token;
    await db.updateTable('loginDevices').set({ lastUsedAt: at, expiresAt }).where('id', '=', known.deviceId).execute();
  } else {
    token = newSecret();
    await db
      .insertInto('loginDevices')
      .values({ userId, tokenHash: hashSecret(token), createdAt: at, lastUsedAt: at, expiresAt })
      .execute();
  }
  await db.deleteFrom('loginDevices').where('userId', '=', userId).where('expiresAt', '<=', at).execute();
  const beyond = await db
    .selectFrom('loginDevices')
    .select('id')
    .where('userId', '=', userId)
    .orderBy('lastUsedAt', 'desc')
    .orderBy('id', 'desc')
    .offset(DEVICES_PER_USER)
    .limit(1000)
    .execute();
  if (beyond.length)
    await db
      .deleteFrom('loginDevices')
      .where(
        'id',
        'in',
        beyond.map((r) => r.id),
      )
      .execute();
  return token;
}

/** Forgets every device of the user (a new password, a disabled user); returns how many. */
export async function forgetLoginDevices(db: Kysely<Database>, userId: number): Promise<number> {
  const result = await db.deleteFrom('loginDevices').where('userId', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
