/**
 * Boundary layers and their boundaries (migration 0011): write a layer (replacing one of the same level and date),
 * keep each level's layers end to end (a layer ends where the next begins), read the layer in force at a date and
 * its boundaries for some unit codes at one detail level.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { END_OF_TIME, openToNull } from '../dates.ts';

export interface GeoLayer {
  id: number;
  level: string;
  validFrom: string;
  /** null: open. */
  validTo: string | null;
  sourceName: string;
  featureCount: number;
  importedBy: string;
  importedAt: string;
}

export interface BoundaryRow {
  unitCode: string;
  name: string | null;
  detail: string;
  /** GeoJSON geometry text. */
  geometry: string;
}

const toLayer = (row: Omit<GeoLayer, 'validTo'> & { validTo: string }): GeoLayer => ({ ...row, validTo: openToNull(row.validTo) });

/** Rows a statement inserts at most (5 parameters a row: well under both dialects' limits). */
const CHUNK = 500;

/**
 * Writes a layer and its boundaries inside the caller's transaction, replacing a layer of the same level and
 * valid_from (its boundaries go with it); then each layer of the level ends where the next begins. Returns its id
 * and whether it replaced one.
 */
export async function writeGeoLayer(
  trx: Kysely<Database>,
  layer: { level: string; validFrom: string; sourceName: string; importedBy: string; importedAt: string },
  boundaries: readonly BoundaryRow[],
): Promise<{ id: number; replaced: boolean }> {
  const deleted = await trx.deleteFrom('geoLayers').where('level', '=', layer.level).where('validFrom', '=', layer.validFrom).executeTakeFirst();
  const featureCount = new Set(boundaries.map((b) => b.unitCode)).size;
  const { id } = await trx
    .insertInto('geoLayers')
    .values({ ...layer, validTo: END_OF_TIME, featureCount })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (let i = 0; i < boundaries.length; i += CHUNK) {
    await trx
      .insertInto('geoBoundaries')
      .values(boundaries.slice(i, i + CHUNK).map((b) => ({ layerId: id, ...b })))
      .execute();
  }
  const layers = await trx.selectFrom('geoLayers').select(['id', 'validFrom']).where('level', '=', layer.level).orderBy('validFrom').execute();
  for (const [i, l] of layers.entries()) {
    await trx
      .updateTable('geoLayers')
      .set({ validTo: layers[i + 1]?.validFrom ?? END_OF_TIME })
      .where('id', '=', l.id)
      .execute();
  }
  return { id, replaced: Number(deleted.numDeletedRows) > 0 };
}

export async function listGeoLayers(db: Kysely<Database>): Promise<GeoLayer[]> {
  const rows = await db.selectFrom('geoLayers').selectAll().orderBy('level').orderBy('validFrom').execute();
  return rows.map(toLayer);
}

/** The layer of a level in force on a date, or null. */
export async function geoLayerAt(db: Kysely<Database>, level: string, at: string): Promise<GeoLayer | null> {
  const row = await db.selectFrom('geoLayers').selectAll().where('level', '=', level).where('validFrom', '<=', at).where('validTo', '>', at).executeTakeFirst();
  return row ? toLayer(row) : null;
}

/** A layer's boundaries at one detail level, for the given codes (all when `codes` is undefined), in code order. */
export async function readBoundaries(db: Kysely<Database>, layerId: number, detail: string, codes?: readonly string[]): Promise<BoundaryRow[]> {
  if (codes && codes.length === 0) return [];
  let query = db.selectFrom('geoBoundaries').select(['unitCode', 'name', 'detail', 'geometry']).where('layerId', '=', layerId).where('detail', '=', detail);
  if (codes) query = query.where('unitCode', 'in', [...codes]);
  return query.orderBy('unitCode').execute();
}
