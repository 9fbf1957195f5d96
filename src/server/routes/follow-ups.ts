/**
 * Giải trình và chỉ đạo: the follow-ups of targets at risk or not met (app/follow-ups/). The list runs the sync
 * first (cheap when nothing moved); every write answers the follow-up as it now is.
 */
import { closeFollowUp, directFollowUp, explainFollowUp, reportProgress } from '../../app/follow-ups/commands.ts';
import { listFollowUps, readFollowUp } from '../../app/follow-ups/list.ts';
import { syncFollowUpsNow } from '../../app/follow-ups/sync.ts';
import type { FollowUpState } from '../../domain/follow-ups.ts';
import { requireActor } from '../auth/guard.ts';
import type { RoutePlugin } from '../route-deps.ts';
import { viaOf } from '../request-via.ts';
import { errorResponses } from '../schemas/api-error.ts';
import {
  closeBody,
  directBody,
  directiveParams,
  explainBody,
  followUpListQuerystring,
  followUpListResponse,
  followUpParams,
  followUpResponse,
  progressBody,
  syncResponse,
} from '../schemas/follow-up-schemas.ts';
import { noQuerystring } from '../schemas/unit-schemas.ts';

const tags = ['followups'];
const written = { 200: followUpResponse, ...errorResponses(403, 404, 409, 422) };

export const followUpsRoutes: RoutePlugin = async (app, deps) => {
  const { store, today } = deps;
  const now = deps.now ?? (() => new Date());
  const step = (request: Parameters<typeof viaOf>[0]) => ({ actor: requireActor(request), today: today(), now: now(), via: viaOf(request) });

  app.get(
    '/follow-ups',
    {
      schema: {
        tags,
        summary: 'Các mục tiêu đang được theo dõi (có nguy cơ, chưa đạt): giải trình, chỉ đạo, quá hạn / follow-ups of targets at risk or not met',
        querystring: followUpListQuerystring,
        response: { 200: followUpListResponse, ...errorResponses(403) },
      },
    },
    async (request) => {
      const q = request.query;
      const query = { ...q, state: q.state as FollowUpState | undefined };
      return listFollowUps(store, query, requireActor(request), { today: today(), now: now() });
    },
  );

  app.post(
    '/follow-ups/sync',
    {
      schema: {
        tags,
        summary:
          'Mở và đóng theo dõi theo tình trạng mục tiêu ngay bây giờ (lãnh đạo, quản trị) / open and close follow-ups from the targets now (leaders, admins)',
        querystring: noQuerystring,
        response: { 200: syncResponse, ...errorResponses(403) },
      },
    },
    async (request) => syncFollowUpsNow(store, requireActor(request), { today: today(), now: now() }),
  );

  app.get(
    '/follow-ups/:id',
    {
      schema: {
        tags,
        summary: 'Một theo dõi: mục tiêu, giải trình, chỉ đạo và tiến độ / one follow-up: the target, explanations, directives and progress',
        params: followUpParams,
        querystring: noQuerystring,
        response: { 200: followUpResponse, ...errorResponses(403, 404) },
      },
    },
    async (request) => readFollowUp(store, request.params.id, requireActor(request), today()),
  );

  app.post(
    '/follow-ups/:id/explanations',
    {
      schema: {
        tags,
        summary: 'Đơn vị giải trình vì sao mục tiêu chưa đạt, kèm minh chứng / the unit explains why the target is missed, with evidence',
        params: followUpParams,
        querystring: noQuerystring,
        body: explainBody,
        response: written,
      },
    },
    async (request) => {
      const ctx = step(request);
      await explainFollowUp(store, request.params.id, request.body, ctx);
      return readFollowUp(store, request.params.id, ctx.actor, ctx.today);
    },
  );

  app.post(
    '/follow-ups/:id/directives',
    {
      schema: {
        tags,
        summary: 'Lãnh đạo chỉ đạo: nội dung, đơn vị thực hiện, thời hạn / a leader directs: content, assignee unit, deadline',
        params: followUpParams,
        querystring: noQuerystring,
        body: directBody,
        response: written,
      },
    },
    async (request) => {
      const ctx = step(request);
      await directFollowUp(store, request.params.id, request.body, ctx);
      return readFollowUp(store, request.params.id, ctx.actor, ctx.today);
    },
  );

  app.post(
    '/follow-ups/:id/directives/:directive/progress',
    {
      schema: {
        tags,
        summary: 'Đơn vị được giao báo cáo tiến độ thực hiện chỉ đạo / the assignee reports progress on a directive',
        params: directiveParams,
        querystring: noQuerystring,
        body: progressBody,
        response: written,
      },
    },
    async (request) => {
      const ctx = step(request);
      await reportProgress(store, request.params.id, request.params.directive, request.body, ctx);
      return readFollowUp(store, request.params.id, ctx.actor, ctx.today);
    },
  );

  app.post(
    '/follow-ups/:id/close',
    {
      schema: {
        tags,
        summary: 'Lãnh đạo đóng theo dõi, nêu lý do / a leader closes the follow-up, with a reason',
        params: followUpParams,
        querystring: noQuerystring,
        body: closeBody,
        response: written,
      },
    },
    async (request) => {
      const ctx = step(request);
      await closeFollowUp(store, request.params.id, request.body, ctx);
      return readFollowUp(store, request.params.id, ctx.actor, ctx.today);
    },
  );
};
