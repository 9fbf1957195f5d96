/**
 * Signing in from tests. Server tests: `await createUser(ctx.store, {username: 'bc', role: 'reporter', units: ['67']})`,
 * then `const { headers } = await login(app, 'bc')` and `app.inject({ …, headers })`. Source systems:
 * `const token = await createToken(ctx.store, {name: 'dvc', units: ['67']})`, header `authorization: Bearer ${token}`.
 */
import type { FastifyInstance } from 'fastify';
import type { Store } from '../../src/store/db.ts';
import { addUser } from '../../src/store/auth-users.ts';
import { createApiToken } from '../../src/store/auth-tokens.ts';

export const TEST_PASSWORD = 'mat-khau-thu-nghiem-2025';

export async function createUser(
  store: Store,
  user: { username: string; role: 'admin' | 'approver' | 'reporter' | 'viewer'; units?: string[]; password?: string; displayName?: string },
): Promise<void> {
  await addUser(store.db, { ...user, password: user.password ?? TEST_PASSWORD });
}

export interface LoggedIn {
  /** `dxioc_session=…`, ready for a `cookie` header. */
  cookie: string;
  csrf: string;
  /** `{cookie, 'x-csrf-token'}`: pass as inject headers (enough for GET and unsafe methods alike). */
  headers: Record<string, string>;
}

export async function login(app: FastifyInstance, username: string, password: string = TEST_PASSWORD): Promise<LoggedIn> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  if (response.statusCode !== 200) throw new Error(`login ${username} failed: ${response.statusCode} ${response.body}`);
  const setCookie = response.headers['set-cookie'];
  const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  if (!first) throw new Error(`login ${username}: no Set-Cookie`);
  const cookie = first.split(';')[0]!;
  const csrf = (response.json() as { csrfToken: string }).csrfToken;
  return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } };
}

/** Creates an API token (role api_client) and returns it, for `authorization: Bearer …`. */
export async function createToken(store: Store, token: { name: string; units: string[]; elements?: string[] }): Promise<string> {
  return createApiToken(store.db, token);
}
