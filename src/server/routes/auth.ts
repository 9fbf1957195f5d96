/**
 * POST /auth/login, POST /auth/logout, GET /auth/me: parse, call app/auth (login.ts, session.ts), set or clear
 * the cookies, shape the answer.
 */
import { attemptLogin } from '../../app/auth/login.ts';
import { describeMe, endSession } from '../../app/auth/session.ts';
import { clearSessionCookie, DEVICE_COOKIE, setDeviceCookie, setSessionCookie } from '../auth/cookies.ts';
import { requireActor } from '../auth/guard.ts';
import { appError } from '../../domain/errors.ts';
import { noQuerystring } from '../schemas/unit-schemas.ts';
import type { RoutePlugin } from '../route-deps.ts';
import { loginBody, loginResponse, meResponse } from '../auth/schemas.ts';
import { errorResponses } from '../schemas/api-error.ts';
import { SESSION_OR_TOKEN } from '../route-responses.ts';

const tags = ['auth'];

/** POST /auth/login, POST /auth/logout, GET /auth/me. */
export const authRoutes: RoutePlugin = async (app, deps) => {
  const { store } = deps;
  const now = deps.now ?? (() => new Date());

  app.post(
    '/auth/login',
    {
      config: { csrf: false },
      schema: {
        tags,
        summary: 'Đăng nhập: đặt cookie phiên, trả mã CSRF / sign in: sets the session cookie, answers the CSRF token',
        querystring: noQuerystring,
        body: loginBody,
        response: { 200: loginResponse, ...errorResponses(401, 429) },
      },
    },
    async (request, reply) => {
      const outcome = await attemptLogin(store, { ...request.body, ip: request.ip, deviceToken: request.cookies[DEVICE_COOKIE] }, now());
      if (outcome.kind === 'rate_limited') {
        void reply.header('retry-after', String(outcome.retryAfterSeconds));
        throw appError('RATE_LIMITED', { seconds: outcome.retryAfterSeconds });
      }
      if (outcome.kind === 'invalid') throw appError('INVALID_CREDENTIALS');
      const { user, session } = outcome;
      if (request.authSession) await endSession(store, request.authSession.sessionId);
      setSessionCookie(request, reply, session.sessionId);
      setDeviceCookie(request, reply, outcome.deviceToken);
      return {
        user: { username: user.username, role: user.role, units: user.units, ...(user.displayName ? { displayName: user.displayName } : {}) },
        csrfToken: session.csrfToken,
      };
    },
  );

  const logoutSchema = {
    tags,
    summary: 'Đăng xuất: xoá phiên / sign out: ends the session',
    security: [{ session: [], csrf: [] }],
    querystring: noQuerystring,
    response: { 204: { type: 'null', description: 'Đã đăng xuất, cookie phiên đã xoá / signed out, the session cookie cleared' }, ...errorResponses(401) },
  } as const;
  app.post('/auth/logout', { schema: logoutSchema }, async (request, reply) => {
    // The plugin has already checked X-CSRF-Token for this cookie session.
    if (!request.authSession) throw appError('UNAUTHENTICATED');
    await endSession(store, request.authSession.sessionId);
    clearSessionCookie(request, reply);
    return reply.status(204).send();
  });

  const meSchema = {
    tags,
    summary: 'Người đang gọi, mã CSRF và những việc được làm / the caller, its CSRF token and what it may do',
    security: SESSION_OR_TOKEN,
    querystring: noQuerystring,
    response: { 200: meResponse, ...errorResponses(401) },
  };
  app.get('/auth/me', { schema: meSchema }, async (request) => {
    const me = await describeMe(store, requireActor(request), request.authSession?.displayName);
    return { actor: me.actor, csrfToken: request.authSession?.csrfToken ?? null, abilities: me.abilities };
  });
};
