import type { FastifyPluginAsync } from 'fastify';
import type { RouteDeps } from './route-deps.ts';
import { healthRoutes } from './routes/health.ts';
import { unitsRoutes } from './routes/units.ts';

/** Everything under /api/v1: one plugin per resource. */
export const apiV1: FastifyPluginAsync<RouteDeps> = async (api, { store, today }) => {
  const deps: RouteDeps = { store, today }; // not the whole options object: it carries this plugin's prefix

  // Public: monitoring needs no session.
  await api.register(healthRoutes, deps);

  // Resources. The auth plugin (cookie session, CSRF check on unsafe methods, roles → request.user)
  // goes here, as the first registration inside this encapsulated scope: its hooks then guard
  // every route registered after it in this scope, and nothing outside it (health stays public).
  await api.register(async (scope) => {
    await scope.register(unitsRoutes, deps);
  });
};
