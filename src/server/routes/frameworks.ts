import type { FastifyPluginAsync } from 'fastify';
import type { RouteDeps } from '../route-deps.ts';

/** Routes for frameworks (being written). */
export const frameworksRoutes: FastifyPluginAsync<RouteDeps> = async () => {};
