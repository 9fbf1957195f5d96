/**
 * Open311 GeoReport v2's error shape, `[{code, description}]` (the HTTP status and the problem), for every answer
 * under /open311/ — the route's own refusals and the framework's (a malformed URL, a parameter over the router's
 * limit) alike. Built from the one error type (AppError): only the wire format differs.
 */
import type { AppError } from '../domain/errors.ts';

export const OPEN311_PREFIX = '/open311/v2';

export function isOpen311Url(url: string): boolean {
  return url === OPEN311_PREFIX || url.startsWith(`${OPEN311_PREFIX}/`) || url.startsWith(`${OPEN311_PREFIX}?`);
}

export function open311ErrorBody(error: AppError): Array<{ code: number; description: string }> {
  const details = (error.details ?? []) as Array<{ path?: string; field?: string; message?: string }>;
  const described = details.length ? details.map((d) => `${d.path ?? d.field ?? ''}: ${d.message ?? ''}`).join('; ') : error.message;
  return [{ code: error.status, description: described }];
}
