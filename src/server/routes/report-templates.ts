/**
 * The progress report's sentence templates (app/report-templates/templates.ts): every kind with the wording in use
 * and its default, an administrator's rewording (checked: an unknown placeholder is 422 naming it) and the reset to
 * the default; each change is kept in the audit log.
 */
import type { RoutePlugin } from '../route-deps.ts';
import { requireActor } from '../auth/guard.ts';
import { viaOf } from '../request-via.ts';
import { listReportTemplates, resetReportTemplate, updateReportTemplate } from '../../app/report-templates/templates.ts';
import { noQuerystring } from '../schemas/unit-schemas.ts';
import {
  reportTemplateBody,
  reportTemplateListResponse,
  reportTemplateParams,
  reportTemplateResetResponse,
  reportTemplateWriteResponse,
} from '../schemas/report-template-schemas.ts';

const tags = ['reports'];

export const reportTemplatesRoutes: RoutePlugin = async (app, deps) => {
  const now = deps.now ?? (() => new Date());
  const { store } = deps;

  const list = {
    tags,
    summary: 'Các mẫu câu của báo cáo kết quả chuyển đổi số, mặc định và đã sửa / the progress report sentence templates, default and edited',
    querystring: noQuerystring,
    response: reportTemplateListResponse,
  };
  app.get('/report-templates', { schema: list }, async (request) => ({ items: await listReportTemplates(store, requireActor(request)) }));

  const put = {
    tags,
    summary: 'Sửa một mẫu câu báo cáo (quản trị viên) / reword a report sentence template (admins)',
    params: reportTemplateParams,
    querystring: noQuerystring,
    body: reportTemplateBody,
    response: reportTemplateWriteResponse,
  };
  app.put('/report-templates/:key', { schema: put }, async (request) =>
    updateReportTemplate(store, request.params.key, request.body.text, { actor: requireActor(request), via: viaOf(request), now: now() }),
  );

  const reset = {
    tags,
    summary: 'Đặt lại một mẫu câu báo cáo về mặc định (quản trị viên) / reset a report sentence template to its default (admins)',
    params: reportTemplateParams,
    querystring: noQuerystring,
    response: reportTemplateResetResponse,
  };
  app.delete('/report-templates/:key', { schema: reset }, async (request) =>
    resetReportTemplate(store, request.params.key, { actor: requireActor(request), via: viaOf(request), now: now() }),
  );
};
