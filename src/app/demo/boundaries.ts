/**
 * The demo's maps: the boundaries of ../shared/data/geo (the 34 provinces and Lâm Đồng's 124 communes of
 * 1/7/2025, Hoàng Sa and Trường Sa included), or of DX_IOC_GEO_DIR, imported as an administrator would
 * (`dx-ioc geo import`). Boundary files are never shipped in the repository: where they are absent the maps say
 * so, and this says how to add them. Idempotent: nothing is done when any layer exists.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { GeoLevel } from '../../domain/geo.ts';
import type { Store } from '../../store/db.ts';
import { listGeoLayers } from '../../store/geo/layers.ts';
import { readBoundaryJson } from '../geo/boundary-file.ts';
import { importBoundaries } from '../geo/import-boundaries.ts';
import { DEMO_ACTOR } from './record-figures.ts';

const REFORM = '2025-07-01';
const FILES: ReadonlyArray<{ file: string; level: GeoLevel }> = [
  { file: 'provinces-from-2025-07-01.geojson', level: 'province' },
  { file: 'communes-68-lam-dong-from-2025-07-01.geojson', level: 'commune' },
];

/** Where the demo looks for boundary files. */
export function demoGeoDir(): string {
  return process.env.DX_IOC_GEO_DIR ?? join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data', 'geo');
}

/** Lines for the demo's report. */
export async function ensureDemoBoundaries(store: Store): Promise<string[]> {
  if ((await listGeoLayers(store.db)).length > 0) return [];
  const dir = demoGeoDir();
  const present = FILES.filter(({ file }) => existsSync(join(dir, file)));
  if (present.length === 0) {
    return [
      `Bản đồ ranh giới: không có tệp trong ${dir}, bản đồ sẽ để trống; nạp bằng \`dx-ioc geo import TỆP --level province --valid-from ${REFORM}\` / no boundary files: the maps stay empty until you import some.`,
    ];
  }
  const lines: string[] = [];
  for (const { file, level } of present) {
    const { json, sourceName } = await readBoundaryJson(join(dir, file));
    const result = await importBoundaries(store, DEMO_ACTOR, { json, sourceName, level, validFrom: REFORM, via: 'dx-ioc demo' });
    lines.push(`Bản đồ ranh giới: ${result.features} đơn vị cấp ${level === 'province' ? 'tỉnh' : 'xã'} (${sourceName}).`);
  }
  return lines;
}
