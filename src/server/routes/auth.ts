import type { FastifyPluginAsync } from 'fastify';
import { abilities, type Actor } from '../../domain/access.ts';
import { deleteSession } from '../../store/auth/sessions.ts';
import { openToNull } from '../../store/dates.ts';
import { versionsById } from '../../store/auth/unit-scopes.ts';
import { attemptLogin } from '../../app/auth/login.ts';
import { clearSessionCookie, DEVICE_COOKIE, setDeviceCookie, setSessionCookie } from '../auth/cookies.ts';
import { requireActor } from '../auth/guard.ts';
import { appError } from '../../domain/errors.ts';
import { noQuerystring } from '../schemas/unit-schemas.ts';
import type { RouteDeps } from '../route-deps.ts';
import { loginBody, loginResponse, meResponse, type LoginBody } from '../auth/schemas.ts';

/** Abilities in the caller's own units (admin and viewer are not unit-scoped), so the UI can show or hide actions. */
function abilitiesOf(actor: Actor) {
  return abilities(actor, actor.unitScopes.length ? { unitPath: actor.unitScopes } : undefined);
}

/** POST /auth/login, POST /auth/logout, GET /auth/me. */
export const authRoutes: FastifyPluginAsync<RouteDeps> = async (app, deps) => {
  const { store } = deps;
  const now = deps.now ?? (() => new Date());

  app.post<{ Body: LoginBody }>(
    '/auth/login',
    { config: { csrf: false }, schema: { querystring: noQuerystring, body: loginBody, response: { 200: loginResponse } } },
    async (request, reply) => {
      const outcome = await attemptLogin(store.db, { ...request.body, ip: request.ip, deviceToken: request.cookies[DEVICE_COOKIE] }, now());
      if (outcome.kind === 'rate_limited') {
        void reply.header('retry-after', String(outcome.retryAfterSeconds));
        throw appError('RATE_LIMITED', { seconds: outcome.retryAfterSeconds });
      }
      if (outcome.kind === 'invalid') throw appError('INVALID_CREDENTIALS');
      const { user, session } = outcome;
      if (request.authSession) await deleteSession(store.db, request.authSession.sessionId);
      setSessionCookie(request, reply, session.sessionId);
      setDeviceCookie(request, reply, outcome.deviceToken);
      return {
        user: { username: user.username, role: user.role, units: user.units, ...(user.displayName ? { displayName: user.displayName } : {}) },
        csrfToken: session.csrfToken,
      };
    },
  );

  app.post('/auth/logout', { schema: { querystring: noQuerystring } }, async (request, reply) => {
    // The plugin has already checked X-CSRF-Token for this cookie session.
    if (!request.authSession) throw appError('UNAUTHENTICATED');
    await deleteSession(store.db, request.authSession.sessionId);
    clearSessionCookie(request, reply);
    return reply.status(204).send();
  });

  app.get('/auth/me', { schema: { querystring: noQuerystring, response: { 200: meResponse } } }, async (request) => {
    const actor = requireActor(request);
    const displayName = request.authSession?.displayName;
    // The unit version each scope names, so a client can tell the old 68 (until 30/6/2025) from the new one.
    const versions = [...(await versionsById(store.db, actor.unitScopeIds ?? [])).values()].sort((a, b) => a.code.localeCompare(b.code) || a.validFrom.localeCompare(b.validFrom));
    const unitVersions = versions.map((v) => ({ code: v.code, name: v.name, level: v.level, validFrom: openToNull(v.validFrom), validTo: openToNull(v.validTo) }));
    return {
      actor: {
        kind: actor.kind,
        name: actor.name,
        role: actor.role,
        units: actor.unitScopes,
        unitVersions,
        ...(actor.kind === 'token' ? { elements: actor.elementScopes ?? [] } : {}),
        ...(displayName ? { displayName } : {}),
      },
      csrfToken: request.authSession?.csrfToken ?? null,
      abilities: abilitiesOf(actor),
    };
  });
};
