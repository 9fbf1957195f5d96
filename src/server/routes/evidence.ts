import type { FastifyPluginAsync } from 'fastify';
import type { RouteDeps } from '../route-deps.ts';

/** Routes for evidence (being written). */
export const evidenceRoutes: FastifyPluginAsync<RouteDeps> = async () => {};
