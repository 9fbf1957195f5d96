import { contentDisposition, fileResponse } from '../schemas/import-evidence-schemas.ts';
import { errorResponses } from '../schemas/api-error.ts';
import { noQuerystring } from '../schemas/unit-schemas.ts';
import {
  REPORT_FILE_MEDIA_TYPES,
  reportJobResponse,
  reportListQuerystring,
  reportListResponse,
  reportModelResponse,
  reportParams,
  reportPreviewBody,
  reportStartBody,
  reportStartedResponse,
} from '../schemas/report-schemas.ts';
import { requireActor } from '../auth/guard.ts';
import { viaOf } from '../request-via.ts';
import type { RoutePlugin } from '../route-deps.ts';
import { listReports, previewReport, reportFile, reportJob, startReport } from '../../reports/generate/report-jobs.ts';

const tags = ['reports'];
const links = (id: number) => ({ self: `/api/v1/reports/${id}`, file: `/api/v1/reports/${id}/file` });

/**
 * Generated reports (báo cáo kết quả chuyển đổi số): start one as a job, follow it, download its file; preview
 * its content as data; the kept files' list for administrators. Access is checked before a job is queued.
 */
export const reportsRoutes: RoutePlugin = async (app, { store, today }) => {
  const start = {
    tags,
    summary: 'Tạo báo cáo (tác vụ chạy nền): DOCX, PDF, XLSX hoặc Markdown / generate a report (a background job): DOCX, PDF, XLSX or Markdown',
    querystring: noQuerystring,
    body: reportStartBody,
    response: { 202: reportStartedResponse, ...errorResponses(403, 404) },
  };
  app.post('/reports', { schema: start }, async (request, reply) => {
    const id = await startReport(store, request.body, requireActor(request), today(), { via: viaOf(request) });
    reply.code(202);
    return { id, status: 'queued', links: links(id) };
  });

  const preview = {
    tags,
    summary: 'Xem trước nội dung báo cáo (dữ liệu của báo cáo) / preview a report: its content as data',
    querystring: noQuerystring,
    body: reportPreviewBody,
    response: { 200: reportModelResponse, ...errorResponses(403, 404) },
  };
  app.post('/reports/preview', { schema: preview }, async (request) => previewReport(store, request.body, requireActor(request), today()));

  const list = {
    tags,
    summary: 'Các tệp báo cáo đã tạo, mới nhất trước (quản trị viên) / the generated report files, newest first (admins)',
    querystring: reportListQuerystring,
    response: { 200: reportListResponse, ...errorResponses(403) },
  };
  app.get('/reports', { schema: list }, async (request) => {
    const { limit, offset } = request.query;
    return { ...(await listReports(store, requireActor(request), { limit, offset })), limit, offset };
  });

  const job = {
    tags,
    summary: 'Trạng thái và tiến độ một báo cáo (người yêu cầu hoặc quản trị viên) / a report job: state and progress (its requester or admins)',
    params: reportParams,
    querystring: noQuerystring,
    response: { 200: reportJobResponse, ...errorResponses(403, 404) },
  };
  app.get('/reports/:id', { schema: job }, async (request) => {
    const found = await reportJob(store, request.params.id, requireActor(request));
    return { ...found, links: links(found.id) };
  });

  const file = {
    tags,
    summary: 'Tải tệp báo cáo đã tạo xong / download a finished report file',
    params: reportParams,
    querystring: noQuerystring,
    response: {
      200: fileResponse(REPORT_FILE_MEDIA_TYPES, 'Tệp báo cáo, tên tệp trong Content-Disposition / the report file, its name in Content-Disposition'),
      ...errorResponses(403, 404, 409),
    },
  };
  app.get('/reports/:id/file', { schema: file }, async (request, reply) => {
    const found = await reportFile(store, request.params.id, requireActor(request));
    return reply
      .header('content-type', found.mediaType)
      .header('content-length', found.bytes.length)
      .header('content-disposition', contentDisposition(found.fileName))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(found.bytes);
  });
};
