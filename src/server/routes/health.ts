import type { FastifyPluginAsync } from 'fastify';
import { VERSION } from '../../version.ts';
import { pingStore } from '../db-ping.ts';
import { appError } from '../../domain/errors.ts';
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
  app.get('/health', { schema: { querystring: noQuerystring, response: { 200: healthSchema } } }, async (request) => {
    try {
      await pingStore(store);
    } catch (error) {
      request.log.warn({ err: error }, 'health check: database unavailable');
      throw appError('DB_UNAVAILABLE');
    }
    return { status: 'ok', db: store.dialect, version: VERSION };
  });
};
