import { boundaries, geoLayers } from '../../app/geo/read-boundaries.ts';
import { appError } from '../../domain/errors.ts';
import { requireActor } from '../auth/guard.ts';
import type { RoutePlugin } from '../route-deps.ts';
import { noQuerystring } from '../schemas/unit-schemas.ts';
import { boundariesQuerystring, boundariesSchema, layersSchema } from '../schemas/geo-schemas.ts';
import { errorResponses } from '../schemas/api-error.ts';

const tags = ['geo'];

/** Boundaries for maps: the children of a unit on a date, or every unit of a level; the imported layers. */
export const geoRoutes: RoutePlugin = async (app, { store, today }) => {
  app.get(
    '/geo/boundaries',
    {
      schema: {
        tags,
        summary:
          'Ranh giới các đơn vị trực thuộc một đơn vị, hoặc của một cấp, tại một ngày (GeoJSON) / boundaries of a unit’s children, or of a level, on a date (GeoJSON)',
        querystring: boundariesQuerystring,
        response: { 200: boundariesSchema, ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      const { parent, level, detail } = request.query;
      if ((parent === undefined) === (level === undefined)) {
        throw appError('BAD_REQUEST', {
          field: parent === undefined ? 'parent' : 'level',
          reason: 'cần đúng một trong parent hoặc level / give exactly one of parent or level',
        });
      }
      const at = request.query.at ?? today();
      const answer = await boundaries(store, requireActor(request), parent !== undefined ? { parent, at, detail } : { level: level!, at, detail });
      // The stored GeoJSON text, sent as it is (a string payload is not serialised again).
      return reply.type('application/json; charset=utf-8').header('cache-control', 'private, max-age=300').send(answer.geojson);
    },
  );

  app.get(
    '/geo/layers',
    { schema: { tags, summary: 'Các lớp ranh giới đã nạp / the imported boundary layers', querystring: noQuerystring, response: { 200: layersSchema } } },
    async (request) => {
      const layers = await geoLayers(store, requireActor(request));
      return { items: layers.map(({ id: _id, ...layer }) => layer) };
    },
  );
};
