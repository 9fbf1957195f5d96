import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { RouteDeps } from '../route-deps.ts';
import { authorize, authorizeUnit } from '../auth/guard.ts';
import { appError } from '../../domain/errors.ts';
import { isPeriodId, parsePeriod } from '../../domain/periods.ts';
import { planUnitVersion } from '../../compute/analytics/plan-unit.ts';
import { computeForUnits, loadIndicator } from '../../compute/analytics/indicator.ts';
import { childrenAt, resolveUnit, viewDates } from '../../compute/analytics/unit-resolve.ts';
import { withTargets } from '../../compute/analytics/row-targets.ts';
import { targetStatuses } from '../../compute/analytics/target-statuses.ts';
import { getJob, startRecomputeJob } from '../../compute/aggregates/jobs.ts';
import { noQuerystring } from '../schemas/unit-schemas.ts';
import { analyticsQuerystring, analyticsResponse, jobParams, planParams, planStatusQuerystring, planStatusResponse, type AnalyticsQuerystring } from '../schemas/analytics-schemas.ts';

function badPeriod(period: string) {
  return appError('BAD_REQUEST', { field: 'period', reason: `mã kỳ không hợp lệ '${period}' / invalid period` }, [{ field: 'period', message: 'dùng 2023, 2023S1, 2023Q2 hoặc 202306 / use 2023, 2023S1, 2023Q2 or 202306' }]);
}


/** Analytics (indicator roll-ups in both views), plan status, and the full recompute as a job. */
export const analyticsRoutes: FastifyPluginAsync<RouteDeps> = async (app, deps) => {
  const { store, today } = deps;

  app.get<{ Querystring: AnalyticsQuerystring }>('/analytics', { schema: { querystring: analyticsQuerystring, response: { 200: analyticsResponse } } }, async (request: FastifyRequest<{ Querystring: AnalyticsQuerystring }>) => {
    const { indicator, unit, period, breakdown, view } = request.query;
    if (!isPeriodId(period)) throw badPeriod(period);
    const p = parsePeriod(period);
    const definition = await loadIndicator(store.db, indicator);
    const resolved = await resolveUnit(store.db, unit, await viewDates(store.db, view, p));
    if (!resolved) throw appError('UNIT_NOT_FOUND', { code: unit, reason: view === 'now' ? "không có trong cây hiện nay / not in today's tree" : `không có hiệu lực trong kỳ ${period} / not in force in ${period}` });
    await authorizeUnit(request, deps, 'read', unit, resolved.at);
    const units = breakdown === 'children' ? await childrenAt(store.db, resolved.unit.id, resolved.at) : [resolved.unit];
    const rows = await computeForUnits(store.db, definition, units, p, view);
    // A target names a unit code as it was in its period; in the now view the same code may be another unit
    // (68 before and after the 2025 merger), so targets are attached in the was view only.
    return { indicator, period, view, breakdown, rows: view === 'was' ? await withTargets(store.db, indicator, units, rows, today()) : rows };
  });

  app.get<{ Params: { code: string }; Querystring: { asOf?: string } }>('/plans/:code/status', { schema: { params: planParams, querystring: planStatusQuerystring, response: { 200: planStatusResponse } } }, async (request) => {
    const plan = await store.db.selectFrom('plans').select(['code', 'unitCode', 'startPeriod', 'endPeriod']).where('code', '=', request.params.code).executeTakeFirst();
    if (!plan) throw appError('PLAN_NOT_FOUND', { code: request.params.code });
    // The plan's unit as it was when the plan began, checked on its last day in force within the plan: Bắc Kạn's
    // 2022–2025 plan is 06's, read by those who may read 06 on 30/6/2025 (06 merged into 19 on 1/7/2025).
    const unit = await planUnitVersion(store.db, plan, today());
    if (unit && plan.unitCode) await authorizeUnit(request, deps, 'read', plan.unitCode, unit.at);
    else authorize(request, 'read');
    return targetStatuses(store.db, { plan: plan.code, asOf: request.query.asOf ?? today() });
  });

  app.post('/compute/recompute', { schema: { querystring: noQuerystring } }, async (request, reply) => {
    const actor = authorize(request, 'manage');
    const id = await startRecomputeJob(store, actor.name);
    reply.code(202);
    return { jobId: id, status: 'queued' };
  });

  app.get<{ Params: { id: number } }>('/compute/jobs/:id', { schema: { params: jobParams, querystring: noQuerystring } }, async (request) => {
    authorize(request, 'manage');
    const job = await getJob(store, request.params.id);
    if (!job) throw appError('JOB_NOT_FOUND', { id: request.params.id });
    return job;
  });
};
