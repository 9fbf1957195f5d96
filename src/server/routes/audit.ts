/**
 * GET /api/v1/audit: the audit trail for administrators (app/audit/audit-trail.ts), newest first, filtered by
 * actor, entity, key and Vietnam calendar days, paged with the total.
 */
import { auditTrail } from '../../app/audit/audit-trail.ts';
import { requireActor } from '../auth/guard.ts';
import type { RoutePlugin } from '../route-deps.ts';
import { auditPageResponse, auditQuerystring } from '../schemas/audit-schemas.ts';
import { errorResponses } from '../schemas/api-error.ts';

export const auditRoutes: RoutePlugin = async (app, { store }) => {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['admin'],
        summary: 'Nhật ký hệ thống: ai đã làm gì, lúc nào / the audit trail: who did what, when',
        querystring: auditQuerystring,
        response: { 200: auditPageResponse, ...errorResponses(403) },
      },
    },
    async (request) => {
      const { limit = 50, offset = 0, ...filter } = request.query;
      const page = await auditTrail(store, requireActor(request), { ...filter, limit, offset });
      return { ...page, limit, offset };
    },
  );
};
