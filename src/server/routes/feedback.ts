/**
 * Phản ánh hiện trường for the staff: a unit's queue (overdue first when asked), one report with its history and
 * — to those allowed — the reporter's contact, the steps on it (moderation, acknowledge, handle with a public
 * answer, reject, transfer), a report taken by phone, the KPIs and ranking per unit, the map's points. Thin: the
 * use cases are in app/feedback/.
 */
import { actOnReport } from '../../app/feedback/act.ts';
import { fileReport } from '../../app/feedback/file-report.ts';
import { feedbackDetail, feedbackKpis, feedbackPoints, feedbackQueue } from '../../app/feedback/reads.ts';
import { requireActor } from '../auth/guard.ts';
import type { RoutePlugin } from '../route-deps.ts';
import { viaOf } from '../request-via.ts';
import { errorResponses } from '../schemas/api-error.ts';
import { noQuerystring } from '../schemas/unit-schemas.ts';
import {
  feedbackActionBody,
  feedbackActionResponse,
  feedbackKpisQuerystring,
  feedbackKpisResponse,
  feedbackParams,
  feedbackPointsQuerystring,
  feedbackPointsResponse,
  feedbackQueueQuerystring,
  feedbackQueueResponse,
  fileFeedbackBody,
  filedFeedbackResponse,
  staffReportResponse,
} from '../schemas/feedback-schemas.ts';

const tags = ['feeds'];

export const feedbackRoutes: RoutePlugin = async (app, deps) => {
  const { store } = deps;
  const now = deps.now ?? (() => new Date());

  app.get(
    '/feedback/reports',
    {
      schema: {
        tags,
        summary: 'Phản ánh hiện trường của một đơn vị (cả cấp dưới) trong kỳ, lọc theo trạng thái, loại, quá hạn / a unit’s feedback queue',
        querystring: feedbackQueueQuerystring,
        response: { 200: feedbackQueueResponse, ...errorResponses(403, 404) },
      },
    },
    async (request) => feedbackQueue(store, requireActor(request), request.query as never, now()),
  );

  app.post(
    '/feedback/reports',
    {
      schema: {
        tags,
        summary: 'Cán bộ tiếp nhận một phản ánh (qua điện thoại, trực tiếp) / staff file a report on a citizen’s behalf',
        querystring: noQuerystring,
        body: fileFeedbackBody,
        response: { 200: filedFeedbackResponse, ...errorResponses(403, 422) },
      },
    },
    async (request) => fileReport(store, request.body, { actor: requireActor(request), source: 'web', now: now(), via: viaOf(request) }),
  );

  app.get(
    '/feedback/reports/:id',
    {
      schema: {
        tags,
        summary: 'Một phản ánh và lịch sử xử lý; thông tin người phản ánh chỉ cho người có quyền / one report and its history',
        querystring: noQuerystring,
        params: feedbackParams,
        response: { 200: staffReportResponse, ...errorResponses(403, 404) },
      },
    },
    async (request) => feedbackDetail(store, requireActor(request), (request.params as { id: number }).id, now()),
  );

  app.post(
    '/feedback/reports/:id/actions',
    {
      schema: {
        tags,
        summary: 'Kiểm duyệt, tiếp nhận, xử lý (trả lời công khai), từ chối, chuyển đơn vị / a step on a report',
        querystring: noQuerystring,
        params: feedbackParams,
        body: feedbackActionBody,
        response: { 200: feedbackActionResponse, ...errorResponses(403, 404, 409, 422) },
      },
    },
    async (request) => actOnReport(store, requireActor(request), (request.params as { id: number }).id, request.body as never, now()),
  );

  app.get(
    '/feedback/kpis',
    {
      schema: {
        tags,
        summary: 'Kết quả xử lý phản ánh theo đơn vị và xếp hạng (đủ số phản ánh tối thiểu) / handling KPIs per unit and the ranking',
        querystring: feedbackKpisQuerystring,
        response: { 200: feedbackKpisResponse, ...errorResponses(403, 404) },
      },
    },
    async (request) => feedbackKpis(store, requireActor(request), request.query as never, now()),
  );

  app.get(
    '/feedback/points',
    {
      schema: {
        tags,
        summary: 'Vị trí các phản ánh của kỳ cho bản đồ, theo trạng thái / the reports as map points',
        querystring: feedbackPointsQuerystring,
        response: { 200: feedbackPointsResponse, ...errorResponses(403, 404) },
      },
    },
    async (request) => feedbackPoints(store, requireActor(request), request.query as never, now()),
  );
};
