/** Analytics (an indicator over units and periods, in both views), plan status, and the full recompute as a job: parse → app/analytics → shape. */
import type { RoutePlugin } from '../route-deps.ts';
import { KEPT } from '../answer-cache-hooks.ts';
import { requireActor } from '../auth/guard.ts';
import { queryIndicator } from '../../app/analytics/indicator-query.ts';
import { periodsOfInput, unitsOfInput } from '../../app/analytics/query-input.ts';
import { planStatus } from '../../app/analytics/plan-status.ts';
import { recomputeJob, startRecompute } from '../../app/analytics/recompute-jobs.ts';
import { noQuerystring } from '../schemas/unit-schemas.ts';
import {
  analyticsQuerystring,
  analyticsResponse,
  computeJobResponse,
  jobParams,
  planParams,
  planStatusQuerystring,
  planStatusResponse,
  recomputeStartedResponse,
} from '../schemas/analytics-schemas.ts';
import { errorResponses } from '../schemas/api-error.ts';

const tags = ['analytics'];

export const analyticsRoutes: RoutePlugin = async (app, deps) => {
  const { store, today } = deps;

  const analytics = {
    tags,
    summary: 'Số liệu một chỉ tiêu theo đơn vị và kỳ (một kỳ hoặc một chuỗi kỳ) / an indicator over units and one period or a series',
    querystring: analyticsQuerystring,
    response: { 200: analyticsResponse, ...errorResponses(403, 404) },
  };
  app.get('/analytics', { schema: analytics, config: KEPT }, async (request) => {
    const q = request.query;
    const periods = periodsOfInput(q);
    const units = q.units === undefined ? undefined : unitsOfInput(q.units);
    const breakdown = q.breakdown ?? (units ? 'units' : 'none');
    const result = await queryIndicator(
      store,
      { indicator: q.indicator, unit: q.unit, periods, view: q.view, breakdown, ...(units ? { units } : {}), asOf: today() },
      requireActor(request),
    );
    const period = q.period ?? `${periods[0]}..${periods[periods.length - 1]}`;
    return { indicator: q.indicator, period, periods: result.periods, unit: result.unit, view: result.view, breakdown: result.breakdown, rows: result.rows };
  });

  const status = {
    tags,
    summary: 'Tình trạng thực hiện kế hoạch: từng mục tiêu và tổng hợp / plan status: every target, and the summary',
    params: planParams,
    querystring: planStatusQuerystring,
    response: { 200: planStatusResponse, ...errorResponses(403, 404) },
  };
  app.get('/plans/:code/status', { schema: status, config: KEPT }, async (request) =>
    planStatus(store, { plan: request.params.code, asOf: request.query.asOf, today: today() }, requireActor(request)),
  );

  const recompute = {
    tags,
    summary: 'Tính lại toàn bộ số liệu tổng hợp (tác vụ chạy nền, quản trị viên) / rebuild every aggregate (a background job, admins)',
    querystring: noQuerystring,
    response: { 202: recomputeStartedResponse, ...errorResponses(403) },
  };
  app.post('/compute/recompute', { schema: recompute }, async (request, reply) => {
    const jobId = await startRecompute(store, requireActor(request));
    reply.code(202);
    return { jobId, status: 'queued' };
  });

  const job = {
    tags,
    summary: 'Trạng thái một tác vụ tính toán / the state of a compute job',
    params: jobParams,
    querystring: noQuerystring,
    response: { 200: computeJobResponse, ...errorResponses(403, 404) },
  };
  app.get('/compute/jobs/:id', { schema: job }, async (request) => recomputeJob(store, request.params.id, requireActor(request)));
};
