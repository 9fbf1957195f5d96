/**
 * The login check: rate limit first (shared through the database), then the password (the same
 * scrypt work for unknown users, so timing does not reveal which names exist), then a session.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { verifyAgainstDummy, verifyPassword } from '../../domain/password.ts';
import { findUserForLogin, normaliseUsername, type UserForLogin } from '../../store/auth-users.ts';
import { createSession, type NewSession } from '../../store/auth-sessions.ts';
import { clearLoginFailures, loginRetryAfter, recordLoginFailure } from '../../store/auth-login-attempts.ts';

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
  const wait = await loginRetryAfter(db, username, input.ip, now);
  if (wait > 0) return { kind: 'rate_limited', retryAfterSeconds: wait };
  const user = await findUserForLogin(db, username);
  const matches = user ? await verifyPassword(input.password, user.passwordHash) : await verifyAgainstDummy(input.password);
  if (!user || !matches || user.disabled) {
    await recordLoginFailure(db, username, input.ip, now);
    return { kind: 'invalid' };
  }
  await clearLoginFailures(db, username);
  return { kind: 'ok', user, session: await createSession(db, user.id, now) };
}
