import { getDataset, listDatasets, saveDatasetAsAdmin } from '../../app/collection/admin.ts';
import { datasetCoverage } from '../../app/collection/coverage.ts';
import { readForm, saveForm } from '../../app/collection/form.ts';
import { listForms } from '../../app/collection/form-list.ts';
import { transitionSubmission } from '../../app/collection/workflow.ts';
import { approveForms } from '../../app/collection/bulk-approve.ts';
import { requireActor } from '../auth/guard.ts';
import { appError } from '../../domain/errors.ts';
import type { FromSchema } from 'json-schema-to-ts';
import type { RoutePlugin } from '../route-deps.ts';
import { KEPT } from '../answer-cache-hooks.ts';
import { viaOf } from '../request-via.ts';
import {
  bulkApproveBody,
  bulkApproveResponse,
  coverageQuerystring,
  coverageResponse,
  datasetBody,
  datasetListResponse,
  datasetParams,
  datasetSchema,
  formBody,
  formParams,
  formResponse,
  transitionResponse,
  workflowBody,
  workflowParams,
  type FormBody,
} from '../schemas/collection-forms.ts';
import { noQuerystring } from '../schemas/unit-schemas.ts';
import { formListQuerystring, formListResponse } from '../schemas/form-list-schemas.ts';
import { batchResponse } from '../schemas/collection-values.ts';
import { errorResponses } from '../schemas/api-error.ts';

const tags = ['collection'];

/** Forms (dataset × unit × period), the submission workflow, datasets and reporting coverage. */
export const formsRoutes: RoutePlugin = async (app, deps) => {
  const { store } = deps;
  const now = deps.now ?? (() => new Date());
  const formSchema = { tags, params: formParams, querystring: noQuerystring };

  app.get(
    '/forms',
    {
      schema: {
        tags,
        summary:
          'Danh sách biểu mẫu (biểu mẫu × đơn vị × kỳ) trong phạm vi của người gọi: hạn, trạng thái, quá hạn, lỗi và cảnh báo / the forms within the caller’s units: deadline, state, overdue, errors and warnings',
        querystring: formListQuerystring,
        response: { 200: formListResponse, ...errorResponses(404, 422) },
      },
    },
    async (request) => listForms(store, requireActor(request), request.query, deps.today()),
  );

  app.get(
    '/forms/:dataset/:unit/:period',
    {
      schema: {
        ...formSchema,
        summary: 'Một biểu mẫu của đơn vị và kỳ: số liệu, kiểm tra, trạng thái, quyền / a form of a unit and period: values, checks, state, abilities',
        response: { 200: formResponse, ...errorResponses(403, 404, 422) },
      },
    },
    async (request) => readForm(store, request.params, requireActor(request)),
  );

  // The body's type is FormBody (a value is any JSON to the schema, see collection-forms.ts); the path's the schema's.
  app.put<{ Params: FromSchema<typeof formParams>; Body: FormBody }>(
    '/forms/:dataset/:unit/:period',
    {
      schema: {
        ...formSchema,
        summary: "Lưu nháp số liệu của biểu mẫu / save a form's values as a draft",
        body: formBody,
        response: { 200: batchResponse, ...errorResponses(403, 404, 409, 422, 503) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { values, acceptWarnings } = request.body;
      return saveForm(store, request.params, values, { actor, via: viaOf(request), now: now(), ...(acceptWarnings ? { acceptWarnings } : {}) });
    },
  );

  app.post(
    '/forms/approve',
    {
      schema: {
        tags,
        summary:
          'Duyệt nhiều biểu mẫu một lần: tất cả hoặc không biểu mẫu nào; từ chối khi có biểu mẫu chưa nộp, có cảnh báo hoặc lỗi, hay ngoài phạm vi / approve several forms at once: all or none; refused when any is not submitted, has warnings or errors, or is outside the caller’s units',
        querystring: noQuerystring,
        body: bulkApproveBody,
        response: { 200: bulkApproveResponse, ...errorResponses(403, 422) },
      },
    },
    async (request) => approveForms(store, request.body.forms, { actor: requireActor(request), via: viaOf(request), now: now() }),
  );

  app.post(
    '/forms/:dataset/:unit/:period/:action',
    {
      schema: {
        tags,
        summary: 'Nộp, duyệt, trả lại hoặc mở lại biểu mẫu / submit, approve, return or reopen a form',
        params: workflowParams,
        querystring: noQuerystring,
        body: workflowBody,
        response: { 200: transitionResponse, ...errorResponses(403, 404, 409, 422) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { action, ...ref } = request.params;
      return transitionSubmission(store, ref, action, { actor, reason: request.body?.reason ?? null, via: viaOf(request), now: now() });
    },
  );

  app.get(
    '/datasets',
    {
      schema: { tags, summary: 'Các biểu mẫu thu thập / datasets (forms to collect)', querystring: noQuerystring, response: { 200: datasetListResponse } },
      config: KEPT,
    },
    async (request) => {
      requireActor(request);
      return { items: await listDatasets(store) };
    },
  );

  app.get(
    '/datasets/:code',
    {
      schema: {
        tags,
        summary: 'Một biểu mẫu thu thập / one dataset',
        params: datasetParams,
        querystring: noQuerystring,
        response: { 200: datasetSchema, ...errorResponses(404) },
      },
    },
    async (request) => {
      requireActor(request);
      return getDataset(store, request.params.code);
    },
  );

  app.post(
    '/datasets',
    {
      schema: {
        tags,
        summary: 'Tạo biểu mẫu thu thập (quản trị viên) / create a dataset (admins)',
        querystring: noQuerystring,
        body: datasetBody,
        response: { 201: datasetSchema, ...errorResponses(403, 409, 422) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const dataset = await saveDatasetAsAdmin(store, request.body, 'create', { actor, via: viaOf(request), now: now() });
      return reply.status(201).send(dataset);
    },
  );

  app.put(
    '/datasets/:code',
    {
      schema: {
        tags,
        summary: 'Thay biểu mẫu thu thập (quản trị viên) / replace a dataset (admins)',
        params: datasetParams,
        querystring: noQuerystring,
        body: datasetBody,
        response: { 200: datasetSchema, ...errorResponses(403, 404, 422) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const body = { ...request.body, code: request.body.code ?? request.params.code };
      if (body.code !== request.params.code) throw appError('BAD_REQUEST', { field: 'code', reason: 'phải trùng mã trên đường dẫn / must match the path' });
      return saveDatasetAsAdmin(store, body, 'update', { actor, via: viaOf(request), now: now() });
    },
  );

  app.get(
    '/datasets/:code/coverage',
    {
      schema: {
        tags,
        summary: 'Tình hình nộp báo cáo của một kỳ: đúng hạn, trễ, còn thiếu / reporting coverage of a period: on time, late, missing',
        params: datasetParams,
        querystring: coverageQuerystring,
        response: { 200: coverageResponse, ...errorResponses(403, 404, 422) },
      },
      config: KEPT,
    },
    async (request) => datasetCoverage(store, requireActor(request), request.params.code, request.query.period, request.query.within),
  );
};
