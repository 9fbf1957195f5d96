/**
 * Boundaries simplified for the web, per detail level (domain/geo.ts GEO_DETAILS), with @turf/simplify
 * (Douglas–Peucker; a ring it would collapse is retried finer, so every polygon keeps at least a triangle).
 * No polygon is ever dropped, however small: the Hoàng Sa and Trường Sa archipelagos are islands of a few
 * hundred metres and must stay on every map. Coordinates are rounded to 5 decimals (about a metre).
 */
import simplify from '@turf/simplify';
import type { Position } from 'geojson';
import type { BoundaryGeometry, GeoDetail } from './geo.ts';

/** Tolerance in degrees (about 1 km and 200 m at Vietnam's latitudes); `high` is the geometry as imported. */
export const DETAIL_TOLERANCE: Readonly<Record<GeoDetail, number | null>> = { low: 0.01, medium: 0.002, high: null };

const round = (ring: Position[]): Position[] => ring.map(([lon, lat]) => [Math.round(lon! * 1e5) / 1e5, Math.round(lat! * 1e5) / 1e5]);

export function simplifyBoundary(geometry: BoundaryGeometry, detail: GeoDetail): BoundaryGeometry {
  const tolerance = DETAIL_TOLERANCE[detail];
  const simplified = tolerance === null ? geometry : (simplify(geometry, { tolerance, highQuality: false, mutate: false }) as BoundaryGeometry);
  if (simplified.type === 'Polygon') return { type: 'Polygon', coordinates: simplified.coordinates.map(round) };
  return { type: 'MultiPolygon', coordinates: simplified.coordinates.map((polygon) => polygon.map(round)) };
}

/** How many polygons a geometry has (a MultiPolygon's parts; 1 for a Polygon). */
export function polygonCount(geometry: BoundaryGeometry): number {
  return geometry.type === 'Polygon' ? 1 : geometry.coordinates.length;
}
