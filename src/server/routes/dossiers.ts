/**
 * Hồ sơ thủ tục hành chính: the one-stop-shop systems push their dossiers in batches (idempotent by their own ids,
 * all or nothing); the screens list them (JSON or CSV), break them down by field and channel, and open one with
 * its versions. Thin: the use cases are in app/dossiers/.
 */
import { pushDossiers } from '../../app/dossiers/push.ts';
import { dossierDetail, dossiersCsv, dossierSummary, listDossiers } from '../../app/dossiers/reads.ts';
import { requireActor } from '../auth/guard.ts';
import type { RoutePlugin } from '../route-deps.ts';
import { viaOf } from '../request-via.ts';
import { errorResponses } from '../schemas/api-error.ts';
import { noQuerystring } from '../schemas/unit-schemas.ts';
import {
  dossierBatchBody,
  dossierBatchResponse,
  dossierDetailResponse,
  dossierListQuerystring,
  dossierListResponse,
  dossierParams,
  dossierSummaryQuerystring,
  dossierSummaryResponse,
} from '../schemas/dossier-schemas.ts';

const tags = ['feeds'];

export const dossiersRoutes: RoutePlugin = async (app, deps) => {
  const { store } = deps;
  const now = deps.now ?? (() => new Date());

  app.post(
    '/dossiers/batches',
    {
      schema: {
        tags,
        summary: 'Hệ thống một cửa đẩy một lô hồ sơ (theo mã hồ sơ của hệ thống, gửi lại không ghi trùng) / push a batch of dossiers',
        querystring: noQuerystring,
        body: dossierBatchBody,
        response: { 200: dossierBatchResponse, ...errorResponses(400, 403, 422) },
      },
    },
    async (request) => pushDossiers(store, request.body as never, { actor: requireActor(request), now: now(), via: viaOf(request) }),
  );

  app.get(
    '/dossiers',
    {
      schema: {
        tags,
        summary: 'Hồ sơ của một đơn vị (cả cấp dưới) trong kỳ, lọc theo lĩnh vực, kênh, kết quả; JSON hoặc CSV / dossiers of a unit and period',
        querystring: dossierListQuerystring,
        response: {
          200: { content: { 'application/json': { schema: dossierListResponse }, 'text/csv': { schema: { type: 'string' } } } },
          ...errorResponses(403, 404),
        },
      },
    },
    async (request, reply) => {
      const query = request.query as Parameters<typeof listDossiers>[2] & { format?: 'json' | 'csv' };
      const actor = requireActor(request);
      if (query.format !== 'csv') return listDossiers(store, actor, query);
      const csv = await dossiersCsv(store, actor, query);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="ho-so-${query.unit}-${query.period}.csv"`).send(csv);
    },
  );

  app.get(
    '/dossiers/summary',
    {
      schema: {
        tags,
        summary: 'Hồ sơ tiếp nhận theo lĩnh vực và kênh, tỷ lệ trực tuyến / received dossiers by field and channel, the online rate',
        querystring: dossierSummaryQuerystring,
        response: { 200: dossierSummaryResponse, ...errorResponses(403, 404) },
      },
    },
    async (request) => dossierSummary(store, requireActor(request), request.query as never),
  );

  app.get(
    '/dossiers/:id',
    {
      schema: {
        tags,
        summary: 'Một hồ sơ và các phiên bản của nó / one dossier and its versions',
        querystring: noQuerystring,
        params: dossierParams,
        response: { 200: dossierDetailResponse, ...errorResponses(403, 404) },
      },
    },
    async (request) => dossierDetail(store, requireActor(request), (request.params as { id: number }).id),
  );
};
