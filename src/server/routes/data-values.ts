import type { FastifyPluginAsync } from 'fastify';
import type { RouteDeps } from '../route-deps.ts';

/** Routes for data-values (being written). */
export const dataValuesRoutes: FastifyPluginAsync<RouteDeps> = async () => {};
