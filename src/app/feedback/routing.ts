/**
 * Which unit answers a report: by its category and its place on the day it was filed. A commune-level category
 * goes to the commune whose boundary (the commune layer in force that day) contains the point; a province-level
 * one to the province containing it. Without a point, or where no boundary contains it, the unit the reporter
 * chose (a commune picked on the form, an Open311 client's own unit) — for a province-level category its
 * province that day. Through the reform this needs nothing special: a report of 20/6/2025 finds the layer and the
 * communes of that day, one of 20/7/2025 the new ones.
 *
 * The boundaries of a layer are read and parsed once per process (layers are replaced, never edited: a new import
 * is a new layer id), with each polygon's bounding box to skip the far ones.
 */
import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Kysely } from 'kysely';
import type { BoundaryGeometry } from '../../domain/geo.ts';
import type { FeedbackCategory } from '../../domain/feedback.ts';
import { geoLayerAt, readBoundaries } from '../../store/geo/layers.ts';
import type { Database } from '../../store/schema.ts';
import { unitPath } from '../../store/units/path.ts';
import { unitVersionsOfCodes } from '../../store/units/tree-reads.ts';

interface Shape {
  code: string;
  box: [number, number, number, number];
  geometry: BoundaryGeometry;
}

const SHAPES = new Map<number, Promise<Shape[]>>();
const CACHED_LAYERS = 8;

function shapesOf(db: Kysely<Database>, layerId: number): Promise<Shape[]> {
  let shapes = SHAPES.get(layerId);
  if (!shapes) {
    shapes = readBoundaries(db, layerId, 'medium').then((rows) =>
      rows.map((r) => {
        const geometry = JSON.parse(r.geometry) as BoundaryGeometry;
        return { code: r.unitCode, geometry, box: bbox(geometry) as [number, number, number, number] };
      }),
    );
    if (SHAPES.size >= CACHED_LAYERS) SHAPES.delete(SHAPES.keys().next().value!);
    SHAPES.set(layerId, shapes);
    shapes.catch(() => SHAPES.delete(layerId));
  }
  return shapes;
}

/** The code of the unit of this level whose boundary in force on `on` contains the point, or null. */
export async function unitContaining(
  db: Kysely<Database>,
  level: 'commune' | 'province',
  point: { lat: number; long: number },
  on: string,
): Promise<string | null> {
  const layer = await geoLayerAt(db, level, on);
  if (!layer) return null;
  for (const shape of await shapesOf(db, layer.id)) {
    const [w, s, e, n] = shape.box;
    if (point.long < w || point.long > e || point.lat < s || point.lat > n) continue;
    if (booleanPointInPolygon([point.long, point.lat], shape.geometry)) return shape.code;
  }
  return null;
}

export interface RouteInput {
  category: FeedbackCategory;
  lat: number | null;
  long: number | null;
  /** The unit the reporter or the client chose, when any. */
  chosenUnit: string | null;
  /** The Vietnam date the report was filed. */
  on: string;
}

export type RouteAnswer = { unit: string; by: 'point' | 'chosen' } | { unit: null; reason: string };

export async function routeReport(db: Kysely<Database>, input: RouteInput): Promise<RouteAnswer> {
  const level = input.category.route;
  if (input.lat !== null && input.long !== null) {
    const point = { lat: input.lat, long: input.long };
    const found = (await unitContaining(db, level, point, input.on)) ?? (level === 'commune' ? await unitContaining(db, 'province', point, input.on) : null);
    if (found && (await inForce(db, found, input.on))) return { unit: found, by: 'point' };
  }
  if (input.chosenUnit) {
    if (!(await inForce(db, input.chosenUnit, input.on)))
      return { unit: null, reason: `không có đơn vị mã '${input.chosenUnit}' vào ngày ${input.on} / no such unit on that day` };
    if (level === 'commune') return { unit: input.chosenUnit, by: 'chosen' };
    const province = await provinceOf(db, input.chosenUnit, input.on);
    return { unit: province ?? input.chosenUnit, by: 'chosen' };
  }
  return {
    unit: null,
    reason:
      input.lat !== null
        ? 'vị trí không thuộc ranh giới xã, phường nào đã nạp; hãy chọn xã, phường / the point is in no loaded boundary: choose the commune'
        : 'cần vị trí trên bản đồ hoặc chọn xã, phường / a map point or a chosen commune is needed',
  };
}

async function inForce(db: Kysely<Database>, code: string, on: string): Promise<boolean> {
  return (await unitVersionsOfCodes(db, [code])).some((v) => v.validFrom <= on && v.validTo > on);
}

/** The province above (or at) a unit on a date. */
async function provinceOf(db: Kysely<Database>, code: string, on: string): Promise<string | null> {
  const path = await unitPath(db, code, on);
  if (!path) return null;
  const versions = await unitVersionsOfCodes(db, path);
  return path.find((c) => versions.some((v) => v.code === c && v.level === 'province' && v.validFrom <= on && v.validTo > on)) ?? null;
}
