/**
 * Unit events entered by an administrator (app/units/events/): POST /units/events (rename, reclassify, recode,
 * merge, split with shares, abolish; 422 naming each wrong field), PATCH /units/events/{id} (its legal basis or
 * note), POST /units/events/{id}/withdraw (undone whole; 409 when something builds on it), GET
 * /units/recompute-state. Every answer says whether the aggregates wait for a recompute (POST /compute/recompute).
 */
import type { FastifyRequest } from 'fastify';
import type { AdminContext } from '../../app/auth/admin-context.ts';
import { addUnitEvent } from '../../app/units/events/apply-event.ts';
import { correctUnitEvent, withdrawUnitEvent } from '../../app/units/events/withdraw-event.ts';
import { unitRecomputeState } from '../../app/units/events/recompute-state.ts';
import type { UnitEventInput } from '../../domain/unit-events.ts';
import { requireActor } from '../auth/guard.ts';
import type { RoutePlugin } from '../route-deps.ts';
import { viaOf } from '../request-via.ts';
import { errorResponses } from '../schemas/api-error.ts';
import { noQuerystring } from '../schemas/unit-schemas.ts';
import {
  emptyBody,
  recomputeStateSchema,
  unitEventBody,
  unitEventParams,
  unitEventPatchBody,
  unitEventResponse,
  withdrawnEventResponse,
} from '../schemas/unit-event-schemas.ts';

const tags = ['units'];

export const unitEventsRoutes: RoutePlugin = async (app, deps) => {
  const { store } = deps;
  const now = deps.now ?? (() => new Date());
  const context = (request: FastifyRequest): AdminContext => ({ actor: requireActor(request), via: viaOf(request), now: now() });

  app.post(
    '/units/events',
    {
      schema: {
        tags,
        summary: 'Ghi một sự kiện đơn vị có căn cứ pháp lý (quản trị viên) / enter a unit event with its legal basis (admins)',
        querystring: noQuerystring,
        body: unitEventBody,
        response: { 201: unitEventResponse, ...errorResponses(403, 422) },
      },
    },
    async (request, reply) => {
      const answer = await addUnitEvent(store, context(request), request.body as UnitEventInput);
      return reply.code(201).send(answer);
    },
  );

  app.patch(
    '/units/events/:id',
    {
      schema: {
        tags,
        summary: 'Sửa căn cứ pháp lý hoặc ghi chú của một sự kiện đơn vị / correct a unit event’s legal basis or note',
        params: unitEventParams,
        querystring: noQuerystring,
        body: unitEventPatchBody,
        response: { 200: unitEventResponse, ...errorResponses(403, 404, 422) },
      },
    },
    async (request) => correctUnitEvent(store, context(request), request.params.id, request.body),
  );

  app.post(
    '/units/events/:id/withdraw',
    {
      schema: {
        tags,
        summary: 'Rút lại một sự kiện đơn vị ghi nhầm / withdraw a wrongly entered unit event',
        params: unitEventParams,
        querystring: noQuerystring,
        body: emptyBody,
        response: { 200: withdrawnEventResponse, ...errorResponses(403, 404, 409) },
      },
    },
    async (request) => withdrawUnitEvent(store, context(request), request.params.id),
  );

  app.get(
    '/units/recompute-state',
    {
      schema: {
        tags,
        summary: 'Số liệu tổng hợp có cần tính lại sau thay đổi cây đơn vị / whether the aggregates wait for a recompute',
        querystring: noQuerystring,
        response: { 200: recomputeStateSchema, ...errorResponses(403) },
      },
    },
    async (request) => unitRecomputeState(store, requireActor(request)),
  );
};
