/**
 * Administrators' publications of open data: which indicators and ranking editions anonymous readers may see
 * (app/open-data/publications.ts; the `manage` ability, each change audited). Unpublishing removes them from every
 * public answer at once.
 */
import { listPublications, publishIndicator, publishRanking, rankingKey, unpublish } from '../../app/open-data/publications.ts';
import { requireActor } from '../auth/guard.ts';
import type { RoutePlugin } from '../route-deps.ts';
import { viaOf } from '../request-via.ts';
import { errorResponses } from '../schemas/api-error.ts';
import {
  indicatorPublicationParams,
  noQuery,
  publicationBody,
  publicationListQuery,
  publicationListSchema,
  publicationSchema,
  rankingPublicationParams,
} from '../schemas/open-data-schemas.ts';

const tags = ['opendata'];
const noteOf = (body: unknown) => (body && typeof body === 'object' && 'note' in body && typeof body.note === 'string' ? body.note : null);

export const publicationRoutes: RoutePlugin = async (app, { store }) => {
  app.get(
    '/admin/publications',
    {
      schema: {
        tags,
        summary: 'Danh sách dữ liệu đã công bố (quản trị viên) / what is published as open data (admins)',
        querystring: publicationListQuery,
        response: { 200: publicationListSchema, ...errorResponses(403) },
      },
    },
    async (request) => ({ items: await listPublications(store, requireActor(request), request.query.kind) }),
  );

  app.put(
    '/admin/publications/indicators/:code',
    {
      schema: {
        tags,
        summary: 'Công bố một chỉ tiêu là dữ liệu mở (quản trị viên) / publish an indicator as open data (admins)',
        params: indicatorPublicationParams,
        querystring: noQuery,
        body: publicationBody,
        response: { 200: publicationSchema, ...errorResponses(403, 404) },
      },
    },
    async (request) => publishIndicator(store, request.params.code, noteOf(request.body), { actor: requireActor(request), via: viaOf(request) }),
  );

  app.delete(
    '/admin/publications/indicators/:code',
    {
      schema: {
        tags,
        summary: 'Thôi công bố một chỉ tiêu (quản trị viên) / unpublish an indicator (admins)',
        params: indicatorPublicationParams,
        querystring: noQuery,
        response: { 204: { type: 'null' }, ...errorResponses(403, 404) },
      },
    },
    async (request, reply) => {
      await unpublish(store, 'indicator', request.params.code, { actor: requireActor(request), via: viaOf(request) });
      return reply.code(204).send();
    },
  );

  app.put(
    '/admin/publications/rankings/:framework/:edition/:period',
    {
      schema: {
        tags,
        summary: 'Công bố kết quả xếp hạng đã công bố của một kỳ là dữ liệu mở (quản trị viên) / publish a ranking edition as open data (admins)',
        params: rankingPublicationParams,
        querystring: noQuery,
        body: publicationBody,
        response: { 200: publicationSchema, ...errorResponses(403, 404) },
      },
    },
    async (request) => publishRanking(store, request.params, noteOf(request.body), { actor: requireActor(request), via: viaOf(request) }),
  );

  app.delete(
    '/admin/publications/rankings/:framework/:edition/:period',
    {
      schema: {
        tags,
        summary: 'Thôi công bố một kết quả xếp hạng (quản trị viên) / unpublish a ranking edition (admins)',
        params: rankingPublicationParams,
        querystring: noQuery,
        response: { 204: { type: 'null' }, ...errorResponses(403, 404) },
      },
    },
    async (request, reply) => {
      const { framework, edition, period } = request.params;
      await unpublish(store, 'ranking', rankingKey(framework, edition, period), { actor: requireActor(request), via: viaOf(request) });
      return reply.code(204).send();
    },
  );
};
