/**
 * The login check: a device cookie is honoured when it is a live one of the username named; the attempt is
 * recorded first as a pending failure (refused when over the throttling limits, shared through the database:
 * store/auth/login-attempts.ts), then the password is checked (the same scrypt work for unknown users, so
 * timing does not reveal which names exist); a success forgets the attempt, remembers the browser as a known
 * device of the user (store/auth/login-devices.ts) and opens a session.
 */
import type { Store } from '../../store/db.ts';
import { verifyAgainstDummy, verifyPassword } from '../../domain/password.ts';
import { findUserForLogin, normaliseUsername, type UserForLogin } from '../../store/auth/users.ts';
import { createSession, type NewSession } from '../../store/auth/sessions.ts';
import { loginSucceeded, reserveLoginAttempt } from '../../store/auth/login-attempts.ts';
import { findLoginDevice, rememberLoginDevice } from '../../store/auth/login-devices.ts';

export type LoginOutcome =
  { kind: 'ok'; user: UserForLogin; session: NewSession; deviceToken: string } | { kind: 'invalid' } | { kind: 'rate_limited'; retryAfterSeconds: number };

export interface LoginInput {
  username: string;
  password: string;
  ip: string;
  /** The device cookie the browser sent, if any. */
  deviceToken?: string | undefined;
}

export async function attemptLogin(store: Store, input: LoginInput, now: Date): Promise<LoginOutcome> {
  const { db } = store;
  const username = normaliseUsername(input.username);
  const deviceId = input.deviceToken ? await findLoginDevice(db, username, input.deviceToken, now) : null;
  const key = { username, ip: input.ip, deviceId };
  const reservation = await reserveLoginAttempt(db, key, now);
  if (reservation.kind === 'rate_limited') return reservation;
  const user = await findUserForLogin(db, username);
  const matches = user ? await verifyPassword(input.password, user.passwordHash) : await verifyAgainstDummy(input.password);
  // A failure stays recorded: the pending row is it.
  if (!user || !matches || user.disabled) return { kind: 'invalid' };
  await loginSucceeded(db, reservation.attemptId, key);
  const known = deviceId !== null && input.deviceToken ? { deviceId, token: input.deviceToken } : null;
  const deviceToken = await rememberLoginDevice(db, user.id, known, now);
  return { kind: 'ok', user, session: await createSession(db, user.id, now), deviceToken };
}
