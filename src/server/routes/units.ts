import { getLineage, getUnit, listUnitsAt } from '../../app/units/queries.ts';
import type { RoutePlugin } from '../route-deps.ts';
import { atQuerystring, listUnitsQuerystring, noQuerystring, unitCodeParams, unitLineageSchema, unitListSchema, unitSchema } from '../schemas/unit-schemas.ts';
import { errorResponses } from '../schemas/api-error.ts';
import { unitReportingQuerystring, unitReportingResponse } from '../schemas/unit-reporting-schemas.ts';
import { unitReporting } from '../../app/collection/unit-reporting.ts';
import { requireActor } from '../auth/guard.ts';

const tags = ['units'];

/** The administrative units: list at a date, one unit at a date, the lineage of a code, a unit's reporting record. */
export const unitsRoutes: RoutePlugin = async (app, { store, today }) => {
  app.get(
    '/units',
    {
      schema: {
        tags,
        summary: 'Các đơn vị có hiệu lực vào một ngày, lọc và phân trang / the units in force on a date, filtered and paged',
        querystring: listUnitsQuerystring,
        response: { 200: unitListSchema, ...errorResponses(404) },
      },
    },
    async (request) => {
      const { level, parent, q, limit, offset } = request.query;
      const at = request.query.at ?? today();
      const { items, total } = await listUnitsAt(store, { at, level, parentCode: parent, q: q || undefined, limit, offset });
      return { items, total, limit, offset, at };
    },
  );

  app.get(
    '/units/:code',
    {
      schema: {
        tags,
        summary: 'Một đơn vị: phiên bản có hiệu lực vào một ngày / one unit: its version in force on a date',
        params: unitCodeParams,
        querystring: atQuerystring,
        response: { 200: unitSchema, ...errorResponses(404) },
      },
    },
    async (request) => {
      return getUnit(store, request.params.code, request.query.at, today());
    },
  );

  app.get(
    '/units/:code/lineage',
    {
      schema: {
        tags,
        summary: 'Lịch sử sắp xếp của một mã: sáp nhập, chia tách, đổi tên / the lineage of a code: mergers, splits, renames',
        params: unitCodeParams,
        querystring: noQuerystring,
        response: { 200: unitLineageSchema, ...errorResponses(404) },
      },
    },
    async (request) => getLineage(store, request.params.code),
  );

  app.get(
    '/units/:code/reporting',
    {
      schema: {
        tags,
        summary: 'Hồ sơ nộp báo cáo của một đơn vị qua các kỳ: đúng hạn, trễ, chưa nộp, đã duyệt / a unit’s reporting record over periods',
        params: unitCodeParams,
        querystring: unitReportingQuerystring,
        response: { 200: unitReportingResponse, ...errorResponses(403, 404) },
      },
    },
    async (request) => unitReporting(store, requireActor(request), { code: request.params.code, ...request.query, today: today() }),
  );
};
