/**
 * The plan writes for administrators (the web's /admin/plans): create a plan, replace a plan (its fields and
 * all its targets, the yearly target paths included), copy a plan's targets to provinces. Each goes through
 * the metadata import's validation and write, with an audit event per plan (app/metadata/plan-admin.ts,
 * plan-copy.ts); the answer cache sees the change by that event. Admins only (403 otherwise).
 */
import type { FastifyRequest } from 'fastify';
import type { AdminContext } from '../../app/auth/admin-context.ts';
import { createPlan, updatePlan } from '../../app/metadata/plan-admin.ts';
import { copyPlan } from '../../app/metadata/plan-copy.ts';
import { requireActor } from '../auth/guard.ts';
import type { RoutePlugin } from '../route-deps.ts';
import { viaOf } from '../request-via.ts';
import { planCodeParams } from '../schemas/metadata-schemas.ts';
import { copyPlanBody, copyPlanResponse, createPlanBody, createPlanResponse, updatePlanBody, updatePlanResponse } from '../schemas/plan-admin-schemas.ts';
import { noQuerystring } from '../schemas/unit-schemas.ts';

const tags = ['metadata'];

/** POST /plans, PUT /plans/{code}, POST /plans/{code}/copy. */
export const planAdminRoutes: RoutePlugin = async (app, deps) => {
  const { store, today } = deps;
  const now = deps.now ?? (() => new Date());
  const context = (request: FastifyRequest): AdminContext => ({ actor: requireActor(request), via: viaOf(request), now: now() });

  app.post(
    '/plans',
    {
      schema: {
        tags,
        summary: 'Tạo kế hoạch và các mục tiêu (quản trị viên) / create a plan and its targets (admins)',
        querystring: noQuerystring,
        body: createPlanBody,
        response: createPlanResponse,
      },
    },
    async (request, reply) => reply.status(201).send(await createPlan(store, context(request), today(), request.body)),
  );

  app.put(
    '/plans/:code',
    {
      schema: {
        tags,
        summary: 'Sửa kế hoạch: thông tin và toàn bộ mục tiêu, lộ trình từng năm (quản trị viên) / replace a plan: its fields and all its targets (admins)',
        params: planCodeParams,
        querystring: noQuerystring,
        body: updatePlanBody,
        response: updatePlanResponse,
      },
    },
    async (request) => updatePlan(store, context(request), today(), request.params.code, request.body),
  );

  app.post(
    '/plans/:code/copy',
    {
      schema: {
        tags,
        summary: 'Sao chép mục tiêu của kế hoạch cho các tỉnh, tất cả hoặc không (quản trị viên) / copy a plan’s targets to provinces, all or nothing (admins)',
        params: planCodeParams,
        querystring: noQuerystring,
        body: copyPlanBody,
        response: copyPlanResponse,
      },
    },
    async (request, reply) => reply.status(201).send(await copyPlan(store, context(request), request.params.code, request.body)),
  );
};
