/**
 * The login check: the attempt is recorded first as a pending failure (refused when over the rate
 * limit, shared through the database), then the password is checked (the same scrypt work for unknown
 * users, so timing does not reveal which names exist); a success forgets the attempt and opens a session.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { verifyAgainstDummy, verifyPassword } from '../../domain/password.ts';
import { findUserForLogin, normaliseUsername, type UserForLogin } from '../../store/auth-users.ts';
import { createSession, type NewSession } from '../../store/auth-sessions.ts';
import { loginSucceeded, reserveLoginAttempt } from '../../store/auth-login-attempts.ts';

export type LoginOutcome =
  | { kind: 'ok'; user: UserForLogin; session: NewSession }
  | { kind: 'invalid' }
  | { kind: 'rate_limited'; retryAfterSeconds: number };

export interface LoginInput {
  username: string;
  password: string;
  ip: string;
}

export async function attemptLogin(db: Kysely<Database>, input: LoginInput, now: Date): Promise<LoginOutcome> {
  const username = normaliseUsername(input.username);
  const reservation = await reserveLoginAttempt(db, username, input.ip, now);
  if (reservation.kind === 'rate_limited') return reservation;
  const user = await findUserForLogin(db, username);
  const matches = user ? await verifyPassword(input.password, user.passwordHash) : await verifyAgainstDummy(input.password);
  // A failure stays recorded: the pending row is it.
  if (!user || !matches || user.disabled) return { kind: 'invalid' };
  await loginSucceeded(db, reservation.attemptId, username, input.ip);
  return { kind: 'ok', user, session: await createSession(db, user.id, now) };
}
