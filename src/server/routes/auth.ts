import type { FastifyPluginAsync } from 'fastify';
import type { RouteDeps } from '../route-deps.ts';

/** Routes for auth (being written). */
export const authRoutes: FastifyPluginAsync<RouteDeps> = async () => {};
