/**
 * Boundaries (bản đồ ranh giới): a GeoJSON FeatureCollection of one unit level, each feature keyed by the unit's
 * official code in `properties.code` (WGS84 lon/lat, Polygon or MultiPolygon). Reading a file checks everything
 * and names each problem by its place (`features[12].properties.code`), so a bad file is refused whole; codes are
 * checked against the unit tree by the use case (app/geo). Pure: no I/O.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { ValidationError, type ValidationProblem } from './metadata.ts';

export const GEO_LEVELS = ['province', 'district', 'commune'] as const;
export type GeoLevel = (typeof GEO_LEVELS)[number];

/** A unit level in Vietnamese, as a message names it ("cấp tỉnh"). */
export const LEVEL_VI: Readonly<Record<string, string>> = { country: 'quốc gia', province: 'tỉnh', district: 'huyện', commune: 'xã' };

/** Detail levels served to the browser: `low` for a country or province view, `medium` zoomed in, `high` as imported. */
export const GEO_DETAILS = ['low', 'medium', 'high'] as const;
export type GeoDetail = (typeof GEO_DETAILS)[number];

/** Bounds of one file: no boundary set of the country comes near them. */
export const GEO_LIMITS = { bytes: 64 * 1024 * 1024, features: 20_000, positions: 5_000_000 } as const;

export type BoundaryGeometry = Polygon | MultiPolygon;

export interface BoundaryFeature {
  code: string;
  name: string | null;
  geometry: BoundaryGeometry;
}

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$/;
const MAX_PROBLEMS = 50;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A ring's problem, or null: at least 4 positions of two finite numbers within lon/lat bounds, first equal to last. */
function ringProblem(ring: unknown, counter: { positions: number }): string | null {
  if (!Array.isArray(ring) || ring.length < 4) return 'vòng cần ít nhất 4 điểm / a ring needs at least 4 positions';
  for (const position of ring as unknown[]) {
    counter.positions += 1;
    if (!Array.isArray(position) || position.length < 2) return 'điểm phải là [kinh độ, vĩ độ] / a position is [lon, lat]';
    const [lon, lat] = position as unknown[];
    if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat))
      return 'tọa độ phải là số / coordinates must be numbers';
    if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return `tọa độ ngoài phạm vi WGS84: [${lon}, ${lat}] / outside WGS84 bounds`;
  }
  const first = ring[0] as Position;
  const last = ring[ring.length - 1] as Position;
  if (first[0] !== last[0] || first[1] !== last[1]) return 'vòng phải khép kín (điểm cuối trùng điểm đầu) / a ring must be closed';
  return null;
}

function geometryProblem(geometry: unknown, counter: { positions: number }): { field: string; message: string } | null {
  if (!isObject(geometry)) return { field: 'geometry', message: 'thiếu hình học / missing geometry' };
  const { type, coordinates } = geometry;
  if (type !== 'Polygon' && type !== 'MultiPolygon')
    return { field: 'geometry.type', message: `phải là Polygon hoặc MultiPolygon, không phải ${String(type)} / must be Polygon or MultiPolygon` };
  const polygons = type === 'Polygon' ? [coordinates] : coordinates;
  if (!Array.isArray(polygons) || polygons.length === 0) return { field: 'geometry.coordinates', message: 'không có tọa độ / no coordinates' };
  for (const [p, polygon] of (polygons as unknown[]).entries()) {
    if (!Array.isArray(polygon) || polygon.length === 0) return { field: `geometry.coordinates[${p}]`, message: 'đa giác rỗng / empty polygon' };
    for (const [r, ring] of (polygon as unknown[]).entries()) {
      const problem = ringProblem(ring, counter);
      const at = type === 'Polygon' ? `geometry.coordinates[${r}]` : `geometry.coordinates[${p}][${r}]`;
      if (problem) return { field: at, message: problem };
      if (counter.positions > GEO_LIMITS.positions)
        return {
          field: at,
          message: `quá ${GEO_LIMITS.positions.toLocaleString('vi-VN')} điểm trong tệp / more than ${GEO_LIMITS.positions} positions in the file`,
        };
    }
  }
  return null;
}

/**
 * The features of a boundary file, or ValidationError naming every problem (up to 50): not a FeatureCollection,
 * a feature without a valid `properties.code`, a code twice, a geometry that is not a valid Polygon/MultiPolygon.
 */
export function readBoundaryFile(json: unknown): BoundaryFeature[] {
  const problems: ValidationProblem[] = [];
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new ValidationError(
      [{ path: 'type', message: 'tệp phải là GeoJSON FeatureCollection / the file must be a GeoJSON FeatureCollection' }],
      'Tệp ranh giới không hợp lệ / invalid boundary file',
    );
  }
  const features = json.features as unknown[];
  if (features.length === 0) problems.push({ path: 'features', message: 'không có đối tượng nào / no features' });
  if (features.length > GEO_LIMITS.features)
    problems.push({ path: 'features', message: `quá ${GEO_LIMITS.features.toLocaleString('vi-VN')} đối tượng / more than ${GEO_LIMITS.features} features` });
  const out: BoundaryFeature[] = [];
  const seen = new Map<string, number>();
  const counter = { positions: 0 };
  for (const [i, feature] of features.entries()) {
    if (problems.length >= MAX_PROBLEMS || features.length > GEO_LIMITS.features) break;
    const at = `features[${i}]`;
    if (!isObject(feature) || feature.type !== 'Feature') {
      problems.push({ path: at, message: 'phải là một Feature / must be a Feature' });
      continue;
    }
    const properties = isObject(feature.properties) ? feature.properties : {};
    const code = properties.code;
    if (typeof code !== 'string' || !CODE.test(code)) {
      problems.push({ path: `${at}.properties.code`, message: 'thiếu mã đơn vị (chuỗi chữ, số, . _ -; tối đa 50 ký tự) / missing unit code' });
      continue;
    }
    const earlier = seen.get(code);
    if (earlier !== undefined) {
      problems.push({ path: `${at}.properties.code`, message: `mã ${code} đã có ở features[${earlier}] / code ${code} already at features[${earlier}]` });
      continue;
    }
    seen.set(code, i);
    const problem = geometryProblem(feature.geometry, counter);
    if (problem) {
      problems.push({ path: `${at}.${problem.field}`, message: `${code}: ${problem.message}` });
      if (counter.positions > GEO_LIMITS.positions) break;
      continue;
    }
    const name = typeof properties.name === 'string' ? properties.name.slice(0, 200) : null;
    out.push({ code, name, geometry: feature.geometry as unknown as BoundaryGeometry });
  }
  if (problems.length) throw new ValidationError(problems, 'Tệp ranh giới không hợp lệ / invalid boundary file');
  return out;
}
