/**
 * The boundaries a map draws, for any caller who may read: the children of a unit on a date (the choropleth of an
 * indicator by child unit), or every unit of a level; from the layer of their level in force that day, at one
 * detail level. As a GeoJSON FeatureCollection text built from the stored geometry (no parse, no re-encode), with
 * the units that have no boundary listed, so a map can say what it lacks. Also the list of imported layers.
 */
import type { Actor } from '../../domain/access.ts';
import { appError } from '../../domain/errors.ts';
import type { GeoDetail, GeoLevel } from '../../domain/geo.ts';
import type { Store } from '../../store/db.ts';
import { geoLayerAt, listGeoLayers, readBoundaries, type GeoLayer } from '../../store/geo/layers.ts';
import { childrenAt, unitInForce } from '../../store/units/tree-reads.ts';
import { unitVersionsInForce } from '../../store/units/in-force.ts';
import { authorize } from '../policy.ts';

export type BoundaryQuery = { at: string; detail: GeoDetail } & ({ parent: string; level?: undefined } | { level: GeoLevel; parent?: undefined });

/**
 * The FeatureCollection as JSON text: features with properties {code, name}, and two foreign members (GeoJSON
 * allows them): `layers`, the layers the features come from, and `missing`, the codes of the units asked for
 * that have no boundary on that date.
 */
export interface BoundaryAnswer {
  geojson: string;
  features: number;
  missing: string[];
}

/**
 * Answers kept in memory: boundaries change only when a layer is imported, and a screen of 200 viewers asks the
 * same one again and again (about 400 kB of text for a province's communes). A new import gives its layer a new id,
 * which is in the key; the TTL bounds how long a unit tree change (rare) can go unseen.
 */
const CACHE_TTL_MS = 5 * 60_000;
const CACHE_ENTRIES = 64;
const cache = new Map<string, { answer: Promise<BoundaryAnswer>; until: number }>();

export async function boundaries(store: Store, actor: Actor, query: BoundaryQuery): Promise<BoundaryAnswer> {
  authorize(actor, 'read');
  const layerKey = (await listGeoLayers(store.db)).map((l) => `${l.id}:${l.importedAt}`).join(',');
  const key = `${store.location}|${layerKey}|${query.parent ?? ''}|${query.level ?? ''}|${query.at}|${query.detail}`;
  const hit = cache.get(key);
  if (hit && hit.until > Date.now()) return hit.answer;
  // The promise is kept, not the answer: viewers asking while it is read wait for the same read.
  const answer = readAnswer(store, query);
  cache.delete(key);
  cache.set(key, { answer, until: Date.now() + CACHE_TTL_MS });
  answer.catch(() => cache.delete(key));
  while (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
  return answer;
}

async function readAnswer(store: Store, query: BoundaryQuery): Promise<BoundaryAnswer> {
  const units: Array<{ code: string; name: string; level: string }> = [];
  if (query.parent !== undefined) {
    const parent = await unitInForce(store.db, query.parent, query.at);
    if (!parent) throw appError('UNIT_NOT_FOUND', { code: query.parent, reason: `không có hiệu lực vào ngày ${query.at} / not in force on ${query.at}` });
    const children = await childrenAt(store.db, parent.id, query.at);
    const levels = new Map(
      (
        await unitVersionsInForce(
          store.db,
          children.map((c) => c.code),
          query.at,
        )
          .select(['id', 'level'])
          .execute()
      ).map((r) => [r.id, r.level]),
    );
    for (const child of children) units.push({ code: child.code, name: child.name, level: levels.get(child.id) ?? 'commune' });
  }
  const byLevel = new Map<string, string[] | undefined>();
  if (query.level !== undefined) byLevel.set(query.level, undefined);
  for (const unit of units) byLevel.set(unit.level, [...(byLevel.get(unit.level) ?? []), unit.code]);

  const parts: string[] = [];
  const layers: GeoLayer[] = [];
  const found = new Set<string>();
  const names = new Map(units.map((u) => [u.code, u.name])); // the tree's name on the date, over the file's
  for (const [level, codes] of byLevel) {
    const layer = await geoLayerAt(store.db, level, query.at);
    if (!layer) continue;
    layers.push(layer);
    for (const row of await readBoundaries(store.db, layer.id, query.detail, codes)) {
      found.add(row.unitCode);
      parts.push(
        `{"type":"Feature","properties":${JSON.stringify({ code: row.unitCode, name: names.get(row.unitCode) ?? row.name })},"geometry":${row.geometry}}`,
      );
    }
  }
  const missing = units.filter((u) => !found.has(u.code)).map((u) => u.code);
  const members = JSON.stringify({ layers: layers.map(({ id: _id, ...layer }) => layer), missing });
  return { geojson: `{"type":"FeatureCollection",${members.slice(1, -1)},"features":[${parts.join(',')}]}`, features: parts.length, missing };
}

/** Every imported layer, by level then date. */
export async function geoLayers(store: Store, actor: Actor): Promise<GeoLayer[]> {
  authorize(actor, 'read');
  return listGeoLayers(store.db);
}
