/**
 * What a route under /api/v1 answers besides its handler's own answers, added to its schema as it is
 * registered (an onRoute hook of each scope in api-v1.ts), so the OpenAPI document lists every status a route
 * returns and how a caller authenticates:
 * - every route: 400 (a parameter, field or body against its schema, text with NUL, bad UTF-8: BAD_REQUEST,
 *   INVALID_DATE, INVALID_JSON) and 500 (INTERNAL);
 * - a route that takes a body (POST, PUT, PATCH, DELETE): 413 and 415 (the body parsers), and 403 CSRF_INVALID
 *   for a cookie session without its X-CSRF-Token, unless the route turns the check off (the login);
 * - a route behind the login (requireLogin): 401 UNAUTHENTICATED, and `security` a session (with the CSRF
 *   header on unsafe methods) or a Bearer token; public routes `security: []` unless they say otherwise.
 * A route's handler statuses (404 UNIT_NOT_FOUND, 409 LOCKED, …) are in its own schema (schemas/api-error.ts
 * `errorResponses`); a declared status is kept as the route declares it, a success without a description gets one.
 */
import type { RouteOptions } from 'fastify';
import { errorResponse, type ErrorStatus } from './schemas/api-error.ts';
import './auth/actor.ts';

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export type RouteAccess = 'public' | 'login';

/** A session cookie, with the CSRF header on unsafe methods, or a source system's Bearer token. */
type Security = ReadonlyArray<Readonly<Record<string, readonly string[]>>>;
export const SESSION_OR_TOKEN: Security = [{ session: [] }, { bearer: [] }];
export const SESSION_WITH_CSRF_OR_TOKEN: Security = [{ session: [], csrf: [] }, { bearer: [] }];

/** What a success answer without its own description is described as in the document. */
const SUCCESS_TEXT: Record<string, string> = {
  200: 'Thành công / OK',
  201: 'Đã tạo / created',
  202: 'Đã nhận, sẽ chạy sau / accepted, to run in the background',
  204: 'Thành công, không có nội dung / done, no content',
};

/** The statuses the framework and the auth layer add to a route of this method and access. */
export function frameworkStatuses(route: Pick<RouteOptions, 'method' | 'config'>, access: RouteAccess): ErrorStatus[] {
  const methods = [route.method].flat();
  const withBody = methods.some((m) => WITH_BODY.has(m));
  const csrf = withBody && route.config?.csrf !== false;
  return [400, ...(access === 'login' ? [401 as const] : []), ...(csrf ? [403 as const] : []), ...(withBody ? [413 as const, 415 as const] : []), 500];
}

/** An onRoute hook for a scope of `access`: the framework's statuses and the security, added to the route's schema. */
export function declareRouteResponses(access: RouteAccess): (route: RouteOptions) => void {
  return (route) => {
    const schema = { ...route.schema };
    const response: Record<string, unknown> = { ...(schema.response as Record<string, unknown> | undefined) };
    for (const status of frameworkStatuses(route, access)) response[status] ??= errorResponse(status);
    for (const [status, described] of Object.entries(SUCCESS_TEXT)) {
      const answer = response[status];
      if (answer && typeof answer === 'object' && !('description' in answer)) response[status] = { ...answer, description: described };
    }
    const withBody = [route.method].flat().some((m) => WITH_BODY.has(m));
    schema.security ??= access === 'public' ? [] : withBody ? SESSION_WITH_CSRF_OR_TOKEN : SESSION_OR_TOKEN;
    route.schema = { ...schema, response };
  };
}
