// The auth plugin: sets request.actor from a Bearer token or the session cookie, and checks CSRF on
// unsafe methods for cookie sessions (header X-CSRF-Token must equal the session's token, which is derived
// from the cookie's session id and stored nowhere: store/auth/sessions.ts csrfTokenFor). The look-ups are
// app/auth/session.ts's.
import { timingSafeEqual } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { actorOfToken, sessionOf } from '../../app/auth/session.ts';
import { appError } from '../../domain/errors.ts';
import type { RouteDeps } from '../route-deps.ts';
import { SESSION_COOKIE } from './cookies.ts';
import './actor.ts';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The token of an `Authorization: Bearer …` header; undefined when there is no such header. */
function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : '';
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export const authPlugin: FastifyPluginAsync<RouteDeps> = async (app, deps) => {
  const { store } = deps;
  const now = deps.now ?? (() => new Date());
  await app.register(fastifyCookie);
  app.decorateRequest('actor', null);
  app.decorateRequest('authSession', null);

  app.addHook('onRequest', async (request) => {
    const token = bearerToken(request);
    if (token !== undefined) {
      // A Bearer request never falls back to the cookie, and needs no CSRF token.
      request.actor = token ? await actorOfToken(store, token) : null;
      return;
    }
    const sessionId = request.cookies[SESSION_COOKIE];
    if (!sessionId) return;
    const session = await sessionOf(store, sessionId, now());
    if (!session) return;
    request.actor = session.actor;
    request.authSession = { sessionId, csrfToken: session.csrfToken, displayName: session.displayName };
    if (UNSAFE_METHODS.has(request.method) && request.routeOptions.config?.csrf !== false) {
      const given = request.headers['x-csrf-token'];
      if (typeof given !== 'string' || !sameSecret(given, session.csrfToken)) throw appError('CSRF_INVALID');
    }
  });
};
// Hooks of this plugin must reach sibling scopes: skip Fastify's encapsulation.
(authPlugin as unknown as Record<symbol, boolean>)[Symbol.for('skip-override')] = true;
