import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { importBoundaries } from '../../src/app/geo/import-boundaries.ts';
import { CLI_ACTOR } from '../../src/app/policy.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { createUser, login, type LoggedIn } from '../helpers/auth.ts';
import { REFORM, seedUnits } from './fixtures/seed-units.ts';

const ring = (lon: number, lat: number) => [
  [
    [lon, lat],
    [lon + 0.1, lat],
    [lon + 0.1, lat + 0.1],
    [lon, lat + 0.1],
    [lon, lat],
  ],
];

/** GET /api/v1/geo/boundaries and /geo/layers over HTTP: the stored GeoJSON as it is, the query's rules, who may read. */
describeEachDialect('server: /api/v1/geo', (ctx) => {
  let app: FastifyInstance;
  let viewer: LoggedIn;

  beforeAll(async () => {
    await seedUnits(ctx.store.db);
    await createUser(ctx.store, { username: 'lanhdao', role: 'viewer' });
    const features = ['24611', '24615'].map((code, i) => ({
      type: 'Feature',
      properties: { code, name: null },
      geometry: { type: 'Polygon', coordinates: ring(107 + i, 12) },
    }));
    await importBoundaries(ctx.store, CLI_ACTOR, {
      json: { type: 'FeatureCollection', features },
      sourceName: 'phuong.geojson',
      level: 'commune',
      validFrom: REFORM,
    });
    app = buildApp({ store: ctx.store, today: () => '2025-08-15' });
    await app.ready();
    viewer = await login(app, 'lanhdao');
  });
  afterAll(async () => {
    await app.close();
  });

  const get = (url: string, headers: Record<string, string> = viewer.headers) => app.inject({ method: 'GET', url: `/api/v1${url}`, headers });

  it('answers the children of a unit as a GeoJSON FeatureCollection, named as the tree names them on the day', async () => {
    const response = await get('/geo/boundaries?parent=68');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['cache-control']).toBe('private, max-age=300');
    const body = response.json() as {
      type: string;
      missing: string[];
      layers: Array<{ level: string; sourceName: string }>;
      features: Array<{ properties: { code: string; name: string }; geometry: { type: string } }>;
    };
    expect(body.type).toBe('FeatureCollection');
    expect(body.features.map((f) => f.properties)).toEqual([
      { code: '24611', name: 'Bắc Gia Nghĩa' },
      { code: '24615', name: 'Nam Gia Nghĩa' },
    ]);
    expect(body.features[0]!.geometry.type).toBe('Polygon');
    expect(body.layers).toMatchObject([{ level: 'commune', sourceName: 'phuong.geojson' }]);
    expect(body.missing).toEqual([]);
    const layers = (await get('/geo/layers')).json() as { items: Array<{ level: string; featureCount: number; validTo: string | null }> };
    expect(layers.items).toEqual([expect.objectContaining({ level: 'commune', featureCount: 2, validTo: null })]);
  });

  it('refuses a query with both or neither of parent and level, an unknown detail, an unknown unit, and a caller who is not signed in', async () => {
    for (const url of [
      '/geo/boundaries',
      '/geo/boundaries?parent=68&level=commune',
      '/geo/boundaries?level=commune&detail=ultra',
      '/geo/boundaries?level=commune&zoom=3',
    ]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(400);
      expect((response.json() as { error: { code: string } }).error.code).toBe('BAD_REQUEST');
    }
    const unknown = await get('/geo/boundaries?parent=99&at=2025-08-01');
    expect(unknown.statusCode).toBe(404);
    expect((unknown.json() as { error: { code: string } }).error.code).toBe('UNIT_NOT_FOUND');
    expect((await get('/geo/boundaries?level=commune', {})).statusCode).toBe(401);
    expect((await get('/geo/layers', {})).statusCode).toBe(401);
  });
});
