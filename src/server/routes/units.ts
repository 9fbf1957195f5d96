import type { FastifyPluginAsync } from 'fastify';
import type { Store } from '../../store/db.ts';
import { findUnit, listUnits, unitLineage } from '../../store/units/repo.ts';
import { appError, type AppError } from '../../domain/errors.ts';
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

/** 404 for a code: either it never existed, or none of its versions was in force on `at` (then `details` lists them). */
async function unitNotFound(store: Store, code: string, at: string): Promise<AppError> {
  const lineage = await unitLineage(store.db, code);
  if (!lineage) return appError('UNIT_NOT_FOUND', { code, reason: 'mã này không tồn tại / no unit has this code' });
  const versions = lineage.versions.map(({ unit }) => ({ validFrom: unit.validFrom, validTo: unit.validTo }));
  return appError(
    'UNIT_NOT_FOUND',
    { code, reason: `mã này không có hiệu lực vào ngày ${at} / the code was not in force on ${at}` },
    versions,
  );
}

/** The administrative units: list at a date, one unit at a date, the lineage of a code. */
export const unitsRoutes: FastifyPluginAsync<RouteDeps> = async (app, { store, today }) => {
  app.get<{ Querystring: ListUnitsQuerystring }>(
    '/units',
    { schema: { querystring: listUnitsQuerystring, response: { 200: unitListSchema } } },
    async (request) => {
      const { level, parent, q, limit, offset } = request.query;
      const at = request.query.at ?? today();
      // Children of a unit that does not exist (or not on `at`) are not "none": the parent is unknown.
      if (parent !== undefined && !(await findUnit(store.db, parent, at))) throw await unitNotFound(store, parent, at);
      const { items, total } = await listUnits(store.db, { at, level, parentCode: parent, q: q || undefined, limit, offset });
      return { items, total, limit, offset, at };
    },
  );

  app.get<{ Params: UnitCodeParams; Querystring: AtQuerystring }>(
    '/units/:code',
    { schema: { params: unitCodeParams, querystring: atQuerystring, response: { 200: unitSchema } } },
    async (request) => {
      const { code } = request.params;
      const { at } = request.query;
      // Without `at` the store gives the version valid today, else the most recent one (a code seen in old data still resolves).
      const unit = await findUnit(store.db, code, at);
      if (!unit) throw await unitNotFound(store, code, at ?? today());
      return unit;
    },
  );

  app.get<{ Params: UnitCodeParams }>(
    '/units/:code/lineage',
    { schema: { params: unitCodeParams, querystring: noQuerystring, response: { 200: unitLineageSchema } } },
    async (request) => {
      const lineage = await unitLineage(store.db, request.params.code);
      if (!lineage) throw appError('UNIT_NOT_FOUND', { code: request.params.code, reason: 'mã này không tồn tại / no unit has this code' });
      return lineage;
    },
  );
};
