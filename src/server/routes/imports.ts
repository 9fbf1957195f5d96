import type { FastifyPluginAsync } from 'fastify';
import type { RouteDeps } from '../route-deps.ts';

/** Routes for imports (being written). */
export const importsRoutes: FastifyPluginAsync<RouteDeps> = async () => {};
