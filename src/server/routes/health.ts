import { checkHealth } from '../../app/health.ts';
import type { RoutePlugin } from '../route-deps.ts';
import { noQuerystring } from '../schemas/unit-schemas.ts';
import { errorResponses } from '../schemas/api-error.ts';

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
export const healthRoutes: RoutePlugin = async (app, { store }) => {
  const summary = 'Máy chủ và cơ sở dữ liệu có trả lời không / whether the server and its database answer';
  app.get(
    '/health',
    { schema: { tags: ['health'], summary, querystring: noQuerystring, response: { 200: healthSchema, ...errorResponses(503) } } },
    async (request) => checkHealth(store, (error) => request.log.warn({ err: error }, 'health check: database unavailable')),
  );
};
