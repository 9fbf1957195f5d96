/**
 * Unknown routes answer JSON too: 405 METHOD_NOT_ALLOWED (with an Allow header) when the path
 * exists under another method only, else 404 ROUTE_NOT_FOUND (also when a route with this method
 * sends the request here itself, as the web app's /assets/* does for a file it does not have).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { appError } from '../domain/errors.ts';

interface KnownRoute {
  pattern: RegExp;
  methods: Set<string>;
}

/** '/api/v1/units/:code' → /^\/api\/v1\/units\/[^/]+$/ ('*' matches the rest of the path). */
function routePattern(url: string): RegExp {
  const source = url
    .split('/')
    .map((segment) => {
      if (segment.startsWith(':')) return '[^/]+';
      if (segment === '*') return '.*';
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return new RegExp(`^${source}$`);
}

const MAX_PATH_IN_MESSAGE = 200;

function pathOf(request: FastifyRequest): string {
  const path = request.url.split('?')[0] ?? '/';
  return path.length > MAX_PATH_IN_MESSAGE ? `${path.slice(0, MAX_PATH_IN_MESSAGE)}…` : path;
}

/** Records every route (the onRoute hook must be added before any route) and installs the handler. */
export function registerNotFoundHandler(app: FastifyInstance): void {
  const routes = new Map<string, KnownRoute>();
  app.addHook('onRoute', (route) => {
    const known = routes.get(route.url) ?? { pattern: routePattern(route.url), methods: new Set<string>() };
    for (const method of [route.method].flat()) known.methods.add(method);
    routes.set(route.url, known);
  });

  app.setNotFoundHandler(async (request: FastifyRequest, reply: FastifyReply) => {
    const path = pathOf(request);
    const allowed = new Set<string>();
    for (const route of routes.values()) {
      if (route.pattern.test(path)) for (const method of route.methods) allowed.add(method);
    }
    if (allowed.size > 0 && !allowed.has(request.method)) {
      const list = [...allowed].sort().join(', ');
      const error = appError('METHOD_NOT_ALLOWED', { method: request.method, path, allowed: list });
      return reply.status(error.status).header('allow', list).send(error.toBody());
    }
    const error = appError('ROUTE_NOT_FOUND', { method: request.method, path });
    return reply.status(error.status).send(error.toBody());
  });
}
