/**
 * Signing in from tests. Server tests: `await createUser(ctx.store, {username: 'bc', role: 'reporter', units: ['67']})`,
 * then `const { headers } = await login(app, 'bc')` and `app.inject({ …, headers })`. Source systems:
 * `const token = await createToken(ctx.store, {name: 'dvc', units: ['67']})`, header `authorization: Bearer ${token}`.
 * Both go through the admin use cases as the CLI's operator (CLI_ACTOR), so each is in the audit trail.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { authPlugin } from '../../src/server/auth/plugin.ts';
import { requireLogin } from '../../src/server/auth/guard.ts';
import { authRoutes } from '../../src/server/routes/auth.ts';
import { registerErrorHandler } from '../../src/server/error-handler.ts';
import { apiErrorSchema } from '../../src/server/schemas/api-error.ts';
import type { RouteDeps } from '../../src/server/route-deps.ts';
import type { Store } from '../../src/store/db.ts';
import { addUser } from '../../src/app/auth/users.ts';
import { createApiToken } from '../../src/app/auth/tokens.ts';
import { CLI_ACTOR } from '../../src/app/policy.ts';

export const TEST_PASSWORD = 'mat-khau-thu-nghiem-2025';

export async function createUser(
  store: Store,
  user: { username: string; role: 'admin' | 'approver' | 'reporter' | 'viewer'; units?: string[]; password?: string; displayName?: string },
): Promise<void> {
  await addUser(store, { actor: CLI_ACTOR }, { ...user, password: user.password ?? TEST_PASSWORD });
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
  return (await createApiToken(store, { actor: CLI_ACTOR }, token)).secret;
}

/**
 * An app with only the auth plugin, the auth routes and the routes `register` adds, all inside the
 * /api/v1 scope where request.actor is set (routes added to buildApp's root instance do not see it).
 * For exercising guards with throwaway routes.
 */
export async function buildAuthTestApp(
  store: Store,
  register: (scope: FastifyInstance, deps: RouteDeps) => void | Promise<void>,
  options: { now?: () => Date; today?: () => string } = {},
): Promise<FastifyInstance> {
  const app = Fastify();
  registerErrorHandler(app);
  app.addSchema(apiErrorSchema); // the auth routes' error statuses refer to it, as in buildApp
  const deps: RouteDeps = { store, today: options.today ?? (() => '2025-08-15'), ...(options.now ? { now: options.now } : {}) };
  await app.register(
    async (api) => {
      await api.register(authPlugin, deps);
      await api.register(authRoutes, deps);
      await api.register(async (scope) => {
        scope.addHook('onRequest', requireLogin);
        await register(scope, deps);
      });
    },
    { prefix: '/api/v1' },
  );
  await app.ready();
  return app;
}
