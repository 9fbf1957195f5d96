import type { FastifyPluginAsync } from 'fastify';
import type { RouteDeps } from '../route-deps.ts';

/** Routes for analytics (being written). */
export const analyticsRoutes: FastifyPluginAsync<RouteDeps> = async () => {};
