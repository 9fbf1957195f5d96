/**
 * The administrators' metadata writes: create or replace a data element or an indicator by code (the metadata
 * import's validation and upsert, one audit event per change: app/metadata/admin-writes.ts), and the formula
 * editor's check and preview (app/metadata/formula-check.ts). 201 when the code was new, 200 otherwise.
 */
import type { RoutePlugin } from '../route-deps.ts';
import { requireActor } from '../auth/guard.ts';
import { viaOf } from '../request-via.ts';
import { saveDataElementAsAdmin, saveIndicatorAsAdmin } from '../../app/metadata/admin-writes.ts';
import { checkFormula } from '../../app/metadata/formula-check.ts';
import { noQuerystring } from '../schemas/unit-schemas.ts';
import {
  dataElementBody,
  dataElementWriteResponse,
  formulaCheckBody,
  formulaCheckResponse,
  indicatorBody,
  indicatorWriteResponse,
  metadataCodeParams,
} from '../schemas/metadata-write-schemas.ts';

const tags = ['metadata'];

export const metadataWriteRoutes: RoutePlugin = async (app, deps) => {
  const now = deps.now ?? (() => new Date());
  const { store } = deps;

  const putElement = {
    tags,
    summary: 'Tạo hoặc thay một phần tử dữ liệu (quản trị viên) / create or replace a data element (admins)',
    params: metadataCodeParams,
    querystring: noQuerystring,
    body: dataElementBody,
    response: dataElementWriteResponse,
  };
  app.put('/data-elements/:code', { schema: putElement }, async (request, reply) => {
    const ctx = { actor: requireActor(request), via: viaOf(request), now: now() };
    const saved = await saveDataElementAsAdmin(store, request.params.code, request.body as Record<string, unknown>, ctx);
    return reply.status(saved.action === 'created' ? 201 : 200).send(saved.item);
  });

  const putIndicator = {
    tags,
    summary: 'Tạo hoặc thay một chỉ tiêu (quản trị viên) / create or replace an indicator (admins)',
    params: metadataCodeParams,
    querystring: noQuerystring,
    body: indicatorBody,
    response: indicatorWriteResponse,
  };
  app.put('/indicators/:code', { schema: putIndicator }, async (request, reply) => {
    const ctx = { actor: requireActor(request), via: viaOf(request), now: now() };
    const saved = await saveIndicatorAsAdmin(store, request.params.code, request.body as Record<string, unknown>, ctx);
    return reply.status(saved.action === 'created' ? 201 : 200).send(saved.item);
  });

  const formulaCheck = {
    tags,
    summary: 'Kiểm tra công thức chỉ tiêu và xem trước giá trị (quản trị viên) / check an indicator formula and preview its value (admins)',
    querystring: noQuerystring,
    body: formulaCheckBody,
    response: formulaCheckResponse,
  };
  app.post('/indicators/formula-check', { schema: formulaCheck }, async (request) => checkFormula(store, requireActor(request), request.body));
};
