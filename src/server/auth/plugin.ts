// The auth plugin: sets request.actor from the session cookie or a Bearer token, and checks CSRF on unsafe
// methods for cookie sessions. Being written (issue 3); until then every request is anonymous.
import type { FastifyPluginAsync } from 'fastify';
import type { RouteDeps } from '../route-deps.ts';
import './actor.ts';

export const authPlugin: FastifyPluginAsync<RouteDeps> = async (app) => {
  app.decorateRequest('actor', null);
};
// Hooks of this plugin must reach sibling scopes: skip Fastify's encapsulation.
(authPlugin as unknown as Record<symbol, boolean>)[Symbol.for('skip-override')] = true;
