import type { FastifyPluginAsync } from 'fastify';
import { getLineage, getUnit, listUnitsAt } from '../../app/units/queries.ts';
import type { RouteDeps } from '../route-deps.ts';
import {
  atQuerystring,
  listUnitsQuerystring,
  noQuerystring,
  unitCodeParams,
  unitLineageSchema,
  unitListSchema,
  unitSchema,
  type AtQuerystring,
  type ListUnitsQuerystring,
  type UnitCodeParams,
} from '../schemas/unit-schemas.ts';

/** The administrative units: list at a date, one unit at a date, the lineage of a code. */
export const unitsRoutes: FastifyPluginAsync<RouteDeps> = async (app, { store, today }) => {
  app.get<{ Querystring: ListUnitsQuerystring }>(
    '/units',
    { schema: { querystring: listUnitsQuerystring, response: { 200: unitListSchema } } },
    async (request) => {
      const { level, parent, q, limit, offset } = request.query;
      const at = request.query.at ?? today();
      const { items, total } = await listUnitsAt(store, { at, level, parentCode: parent, q: q || undefined, limit, offset });
      return { items, total, limit, offset, at };
    },
  );

  app.get<{ Params: UnitCodeParams; Querystring: AtQuerystring }>(
    '/units/:code',
    { schema: { params: unitCodeParams, querystring: atQuerystring, response: { 200: unitSchema } } },
    async (request) => {
      return getUnit(store, request.params.code, request.query.at, today());
    },
  );

  app.get<{ Params: UnitCodeParams }>(
    '/units/:code/lineage',
    { schema: { params: unitCodeParams, querystring: noQuerystring, response: { 200: unitLineageSchema } } },
    async (request) => getLineage(store, request.params.code),
  );
};
