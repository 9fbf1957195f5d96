/**
 * The boundaries of ../shared/data/geo as the demo and an administrator import them (the reference units from the
 * npm packages underneath): every province and Lâm Đồng commune matches the tree of 1/7/2025, the three detail
 * levels keep every polygon, and the maps keep the Hoàng Sa (Đà Nẵng, 48) and Trường Sa (Khánh Hòa, 56)
 * archipelagos at the coarsest level; the coarse country map stays small enough for a phone.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { openFreshStore } from '../helpers/stores.ts';
import { loadReferenceUnits } from '../../src/app/units/reference/index.ts';
import { readBoundaryJson } from '../../src/app/geo/boundary-file.ts';
import { importBoundaries } from '../../src/app/geo/import-boundaries.ts';
import { boundaries } from '../../src/app/geo/read-boundaries.ts';
import { CLI_ACTOR } from '../../src/app/policy.ts';
import type { Store } from '../../src/store/db.ts';
import { demoGeoDir } from '../../src/app/demo/boundaries.ts';

const dir = demoGeoDir();
const present = existsSync(join(dir, 'provinces-from-2025-07-01.geojson'));
if (!present) {
  if (process.env.CI) throw new Error(`boundary files missing at ${dir}: required in CI`);
  console.warn(`\n⚠ ${dir} not found: the boundary import of the shared data is SKIPPED.\n`);
}

/** A geometry's polygons as lists of rings. */
const polygons = (g: Polygon | MultiPolygon) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
/** Whether a polygon lies in a box of lon/lat. */
const inBox = (polygon: Polygon['coordinates'], [w, s, e, n]: [number, number, number, number]) =>
  polygon[0]!.every(([lon, lat]) => lon! >= w && lon! <= e && lat! >= s && lat! <= n);
const HOANG_SA: [number, number, number, number] = [111, 15.5, 113, 17.5];
const TRUONG_SA: [number, number, number, number] = [111, 6, 118, 12];

(present ? describe : describe.skip)('boundaries of ../shared/data/geo [sqlite]', () => {
  let store: Store;

  beforeAll(async () => {
    store = (await openFreshStore('sqlite'))!;
    await loadReferenceUnits(store);
    for (const [file, level] of [
      ['provinces-from-2025-07-01.geojson', 'province'],
      ['communes-68-lam-dong-from-2025-07-01.geojson', 'commune'],
    ] as const) {
      const { json, sourceName } = await readBoundaryJson(join(dir, file));
      await importBoundaries(store, CLI_ACTOR, { json, sourceName, level, validFrom: '2025-07-01' });
    }
  });
  afterAll(async () => {
    await store?.close();
  });

  it('gives the 34 provinces as the country’s children, with Hoàng Sa and Trường Sa at every detail level, the coarse map under 200 kB', async () => {
    for (const detail of ['low', 'medium', 'high'] as const) {
      const answer = await boundaries(store, CLI_ACTOR, { parent: 'VN', at: '2026-01-01', detail });
      const fc = JSON.parse(answer.geojson) as FeatureCollection<Polygon | MultiPolygon, { code: string }>;
      expect(fc.features, detail).toHaveLength(34);
      expect(answer.missing).toEqual([]);
      const of = (code: string) => polygons(fc.features.find((f) => f.properties.code === code)!.geometry);
      expect(of('48').filter((p) => inBox(p, HOANG_SA)).length, `Hoàng Sa, ${detail}`).toBeGreaterThan(10);
      expect(of('56').filter((p) => inBox(p, TRUONG_SA)).length, `Trường Sa, ${detail}`).toBeGreaterThan(10);
      if (detail === 'low') expect(answer.geojson.length).toBeLessThan(200_000);
    }
  });

  it('gives Lâm Đồng’s 124 communes as its children today', async () => {
    const answer = await boundaries(store, CLI_ACTOR, { parent: '68', at: '2026-01-01', detail: 'low' });
    expect(answer.features).toBe(124);
    expect(answer.missing).toEqual([]);
  });
});
