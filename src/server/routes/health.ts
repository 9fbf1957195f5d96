import type { FastifyPluginAsync } from 'fastify';
import { checkHealth } from '../../app/health.ts';
import type { RouteDeps } from '../route-deps.ts';
import { noQuerystring } from '../schemas/unit-schemas.ts';

const healthSchema = {
  type: 'object',
  required: ['status', 'db', 'version'],
  properties: {
    status: { type: 'string', enum: ['ok'] },
    db: { type: 'string', enum: ['sqlite', 'postgres'] },
    version: { type: 'string' },
  },
} as const;

/** GET /health: answers only after the database has answered a trivial query (503 DB_UNAVAILABLE otherwise). */
export const healthRoutes: FastifyPluginAsync<RouteDeps> = async (app, { store }) => {
  app.get('/health', { schema: { querystring: noQuerystring, response: { 200: healthSchema } } }, async (request) =>
    checkHealth(store, (error) => request.log.warn({ err: error }, 'health check: database unavailable')),
  );
};
