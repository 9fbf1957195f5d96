import { recordBatch } from '../../app/collection/batch.ts';
import { listValidationRules, saveRuleAsAdmin } from '../../app/collection/admin.ts';
import { valueHistory } from '../../app/collection/history.ts';
import { requireActor } from '../auth/guard.ts';
import type { FromSchema } from 'json-schema-to-ts';
import type { RoutePlugin } from '../route-deps.ts';
import { viaOf } from '../request-via.ts';
import {
  batchBody,
  batchResponse,
  historyQuerystring,
  historyResponse,
  idempotencyHeaders,
  ruleBody,
  ruleListResponse,
  ruleSchema,
  type BatchBody,
} from '../schemas/collection-values.ts';
import { noQuerystring } from '../schemas/unit-schemas.ts';
import { errorResponses } from '../schemas/api-error.ts';

const tags = ['collection'];

/** The batch API (POST /data-values), a value's history, and the validation rules admins write. */
export const dataValuesRoutes: RoutePlugin = async (app, deps) => {
  const { store } = deps;
  const now = deps.now ?? (() => new Date());

  // The body's type is BatchBody (a value is any JSON to the schema, see collection-values.ts); the headers' the schema's.
  app.post<{ Body: BatchBody; Headers: FromSchema<typeof idempotencyHeaders> }>(
    '/data-values',
    {
      schema: {
        tags,
        summary: 'Gửi số liệu theo lô (tất cả hoặc không gì), có Idempotency-Key / write a batch of values, all or nothing, with an Idempotency-Key',
        querystring: noQuerystring,
        headers: idempotencyHeaders,
        body: batchBody,
        response: { 200: batchResponse, ...errorResponses(403, 409, 422, 503) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const key = request.headers['idempotency-key'];
      return recordBatch(store, request.body, { actor, source: 'api', via: viaOf(request), now: now(), ...(key ? { idempotencyKey: key } : {}) });
    },
  );

  app.get(
    '/data-values/history',
    {
      schema: {
        tags,
        summary: "Lịch sử một số liệu: các phiên bản và sự kiện / a value's history: its versions and events",
        querystring: historyQuerystring,
        response: { 200: historyResponse, ...errorResponses(403, 404, 422) },
      },
    },
    async (request) => valueHistory(store, request.query, requireActor(request)),
  );

  app.get(
    '/validation-rules',
    { schema: { tags, summary: 'Quy tắc kiểm tra số liệu / validation rules', querystring: noQuerystring, response: { 200: ruleListResponse } } },
    async (request) => {
      requireActor(request);
      return { items: await listValidationRules(store) };
    },
  );

  app.post(
    '/validation-rules',
    {
      schema: {
        tags,
        summary: 'Tạo (201) hoặc thay (200) một quy tắc kiểm tra (quản trị viên) / create (201) or replace (200) a validation rule (admins)',
        querystring: noQuerystring,
        body: ruleBody,
        response: { 200: ruleSchema, 201: ruleSchema, ...errorResponses(403, 422) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { rule, created } = await saveRuleAsAdmin(store, request.body, { actor, via: viaOf(request), now: now() });
      return reply.status(created ? 201 : 200).send(rule);
    },
  );
};
