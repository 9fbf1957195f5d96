import { beforeAll, beforeEach, expect, it } from 'vitest';
import type { FeatureCollection, Polygon } from 'geojson';
import { importBoundaries } from '../../src/app/geo/import-boundaries.ts';
import { boundaries, geoLayers } from '../../src/app/geo/read-boundaries.ts';
import { CLI_ACTOR } from '../../src/app/policy.ts';
import { AppError } from '../../src/domain/errors.ts';
import { ValidationError } from '../../src/domain/metadata.ts';
import type { Actor } from '../../src/domain/access.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { REFORM, seedUnits } from '../server/fixtures/seed-units.ts';

/** A square ring of side `size` degrees at (lon, lat), closed. */
const square = (lon: number, lat: number, size: number): Polygon['coordinates'] => [
  [
    [lon, lat],
    [lon + size, lat],
    [lon + size, lat + size],
    [lon, lat + size],
    [lon, lat],
  ],
];

/** A wiggly ring (many points a simplification drops) around (lon, lat). */
const wiggly = (lon: number, lat: number, points = 400): Polygon['coordinates'] => {
  const ring = Array.from({ length: points }, (_, i) => {
    const a = (2 * Math.PI * i) / points;
    const r = 0.2 + 0.0005 * Math.sin(40 * a);
    return [lon + r * Math.cos(a), lat + r * Math.sin(a)];
  });
  return [[...ring, ring[0]!]];
};

const collection = (features: Array<{ code: unknown; geometry: unknown; name?: string }>): FeatureCollection =>
  ({
    type: 'FeatureCollection',
    features: features.map((f) => ({ type: 'Feature', properties: { code: f.code, name: f.name ?? null }, geometry: f.geometry })),
  }) as FeatureCollection;

/** The new Lâm Đồng's two wards of the fixture: one detailed, one with a 300 m islet far out at sea. */
const WARDS = () =>
  collection([
    { code: '24611', name: 'Bắc Gia Nghĩa', geometry: { type: 'Polygon', coordinates: wiggly(107.7, 12.0) } },
    { code: '24615', name: 'Nam Gia Nghĩa', geometry: { type: 'MultiPolygon', coordinates: [square(107.7, 11.5, 0.3), square(112.0, 16.5, 0.003)] } },
  ]);

describeEachDialect('boundaries: import checked against the tree, layers by date, children by detail', (ctx) => {
  beforeAll(async () => {
    await seedUnits(ctx.store.db);
  });
  beforeEach(async () => {
    await ctx.store.db.deleteFrom('geoBoundaries').execute();
    await ctx.store.db.deleteFrom('geoLayers').execute();
    await ctx.store.db.deleteFrom('auditEvents').execute();
  });

  const count = async (table: 'geoLayers' | 'geoBoundaries' | 'auditEvents') =>
    Number(
      (
        await ctx.store.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('imports a layer with three detail levels, keeps every polygon (the islet too), and serves the children of a unit', async () => {
    const result = await importBoundaries(ctx.store, CLI_ACTOR, { json: WARDS(), sourceName: 'wards.geojson', level: 'commune', validFrom: REFORM });
    expect(result).toMatchObject({ level: 'commune', validFrom: REFORM, features: 2, replaced: false });
    expect(await count('geoBoundaries')).toBe(6);
    expect(await count('auditEvents')).toBe(1);

    const low = await boundaries(ctx.store, CLI_ACTOR, { parent: '68', at: '2025-08-01', detail: 'low' });
    const high = await boundaries(ctx.store, CLI_ACTOR, { parent: '68', at: '2025-08-01', detail: 'high' });
    const lowJson = JSON.parse(low.geojson) as FeatureCollection & { missing: string[]; layers: Array<{ level: string; validTo: string | null }> };
    const highJson = JSON.parse(high.geojson) as FeatureCollection;
    expect(lowJson.features.map((f) => f.properties)).toEqual([
      { code: '24611', name: 'Bắc Gia Nghĩa' },
      { code: '24615', name: 'Nam Gia Nghĩa' },
    ]);
    expect(lowJson.missing).toEqual([]);
    expect(lowJson.layers).toMatchObject([{ level: 'commune', validTo: null }]);
    // Simplified: far fewer points in the wiggly ring; the islet (0.003°, about 300 m) is still there.
    const points = (fc: FeatureCollection) => ((fc.features[0]!.geometry as Polygon).coordinates[0] ?? []).length;
    expect(points(highJson)).toBe(401);
    expect(points(lowJson)).toBeLessThan(100);
    expect(lowJson.features[1]!.geometry).toMatchObject({ type: 'MultiPolygon' });
    expect((lowJson.features[1]!.geometry as { coordinates: unknown[] }).coordinates).toHaveLength(2);

    // Before the reform 68 is the old Lâm Đồng, whose children have no boundary: listed as missing, no feature.
    const before = JSON.parse((await boundaries(ctx.store, CLI_ACTOR, { parent: '67', at: '2024-12-31', detail: 'low' })).geojson) as FeatureCollection & {
      missing: string[];
    };
    expect(before.features).toEqual([]);
    expect(before.missing).toEqual(['660']);
  });

  it('refuses a file whose codes the tree does not know at that date and level, naming each feature, and writes nothing', async () => {
    const bad = collection([
      { code: '24611', geometry: { type: 'Polygon', coordinates: square(107, 12, 0.1) } },
      { code: '99999', geometry: { type: 'Polygon', coordinates: square(107, 12, 0.1) } },
      { code: '68', geometry: { type: 'Polygon', coordinates: square(107, 12, 0.1) } },
    ]);
    const refusal = await importBoundaries(ctx.store, CLI_ACTOR, { json: bad, sourceName: 'bad.geojson', level: 'commune', validFrom: REFORM }).catch(
      (e: unknown) => e,
    );
    expect(refusal).toBeInstanceOf(ValidationError);
    expect((refusal as ValidationError).problems.map((p) => p.path)).toEqual(['features[1].properties.code', 'features[2].properties.code']);
    expect((refusal as ValidationError).problems[1]!.message).toContain('cấp tỉnh, không phải cấp xã');
    // 24612 ended on 1/7/2025: not in the tree of that day.
    const ended = await importBoundaries(ctx.store, CLI_ACTOR, {
      json: collection([{ code: '24612', geometry: { type: 'Polygon', coordinates: square(107, 12, 0.1) } }]),
      sourceName: 'x',
      level: 'commune',
      validFrom: REFORM,
    }).catch((e: unknown) => e);
    expect((ended as ValidationError).problems[0]!.message).toContain(`không có đơn vị mã này ngày ${REFORM}`);
    expect([await count('geoLayers'), await count('geoBoundaries'), await count('auditEvents')]).toEqual([0, 0, 0]);
  });

  it('refuses what is not a boundary file, naming the place of each problem', async () => {
    const refuse = async (json: unknown) =>
      (
        (await importBoundaries(ctx.store, CLI_ACTOR, { json, sourceName: 'x', level: 'commune', validFrom: REFORM }).catch(
          (e: unknown) => e,
        )) as ValidationError
      ).problems;
    expect(await refuse({ type: 'Feature' })).toEqual([expect.objectContaining({ path: 'type' })]);
    const open = [
      [
        [107, 12],
        [107.1, 12],
        [107.1, 12.1],
        [107, 12.1],
      ],
    ];
    expect(
      (
        await refuse(
          collection([
            { code: '24611', geometry: { type: 'Polygon', coordinates: open } },
            { code: '24611', geometry: { type: 'Polygon', coordinates: square(1, 1, 1) } },
            { code: '', geometry: { type: 'Polygon', coordinates: square(1, 1, 1) } },
            { code: '24615', geometry: { type: 'Point', coordinates: [1, 1] } },
            {
              code: '24616',
              geometry: {
                type: 'Polygon',
                coordinates: [
                  [
                    [1, 1],
                    [200, 1],
                    [1, 2],
                    [1, 1],
                  ],
                ],
              },
            },
          ]),
        )
      ).map((p) => p.path),
    ).toEqual([
      'features[0].geometry.coordinates[0]',
      'features[1].properties.code',
      'features[2].properties.code',
      'features[3].geometry.type',
      'features[4].geometry.coordinates[0]',
    ]);
    expect(await count('geoLayers')).toBe(0);
  });

  it('replaces a layer of the same date, chains layers by date, and serves the one in force', async () => {
    const one = (lon: number) => collection([{ code: '24611', geometry: { type: 'Polygon', coordinates: square(lon, 12, 0.1) } }]);
    await importBoundaries(ctx.store, CLI_ACTOR, { json: one(107), sourceName: 'a', level: 'commune', validFrom: REFORM });
    expect((await importBoundaries(ctx.store, CLI_ACTOR, { json: one(107.5), sourceName: 'b', level: 'commune', validFrom: REFORM })).replaced).toBe(true);
    await importBoundaries(ctx.store, CLI_ACTOR, { json: one(108), sourceName: 'c', level: 'commune', validFrom: '2026-01-01' });
    expect((await geoLayers(ctx.store, CLI_ACTOR)).map((l) => [l.sourceName, l.validFrom, l.validTo])).toEqual([
      ['b', REFORM, '2026-01-01'],
      ['c', '2026-01-01', null],
    ]);
    const lonAt = async (at: string) => {
      const fc = JSON.parse((await boundaries(ctx.store, CLI_ACTOR, { level: 'commune', at, detail: 'high' })).geojson) as FeatureCollection;
      return (fc.features[0]!.geometry as Polygon).coordinates[0]![0]![0];
    };
    expect([await lonAt('2025-12-31'), await lonAt('2026-01-01')]).toEqual([107.5, 108]);
    expect(JSON.parse((await boundaries(ctx.store, CLI_ACTOR, { level: 'commune', at: '2025-06-30', detail: 'high' })).geojson).features).toEqual([]);
  });

  it('lets only an admin import, and any reader read', async () => {
    const viewer: Actor = { kind: 'user', name: 'lanhdao', role: 'viewer', unitScopes: [] };
    const refusal = await importBoundaries(ctx.store, viewer, { json: WARDS(), sourceName: 'x', level: 'commune', validFrom: REFORM }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).code).toBe('FORBIDDEN');
    await importBoundaries(ctx.store, CLI_ACTOR, { json: WARDS(), sourceName: 'x', level: 'commune', validFrom: REFORM });
    expect(JSON.parse((await boundaries(ctx.store, viewer, { parent: '68', at: '2025-08-01', detail: 'medium' })).geojson).features).toHaveLength(2);
  });
});
