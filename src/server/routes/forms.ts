import type { FastifyPluginAsync } from 'fastify';
import type { RouteDeps } from '../route-deps.ts';

/** Routes for forms (being written). */
export const formsRoutes: FastifyPluginAsync<RouteDeps> = async () => {};
