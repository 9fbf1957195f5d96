/**
 * `dx-ioc geo import FILE --level … --valid-from …` (admins): a boundary file checked whole — its GeoJSON
 * (domain/geo.ts), then every code against the unit tree on the layer's first day at that level — and written in
 * one transaction with its three detail levels (domain/geo-simplify.ts), replacing a layer of the same level and
 * date; audited. A refused file writes nothing.
 */
import type { Actor } from '../../domain/access.ts';
import { readBoundaryFile, type GeoLevel, GEO_DETAILS, LEVEL_VI } from '../../domain/geo.ts';
import { simplifyBoundary } from '../../domain/geo-simplify.ts';
import { ValidationError, type ValidationProblem } from '../../domain/metadata.ts';
import type { Store } from '../../store/db.ts';
import { writeAudit } from '../../store/audit.ts';
import { writeGeoLayer, type BoundaryRow } from '../../store/geo/layers.ts';
import { unitVersionsInForce } from '../../store/units/in-force.ts';
import { authorize } from '../policy.ts';

export interface BoundaryImport {
  json: unknown;
  /** The file's name as the user gave it. */
  sourceName: string;
  level: GeoLevel;
  validFrom: string;
  /** How it came in: the command, or the request's address. */
  via?: string;
  now?: Date;
}

export interface BoundaryImportResult {
  layerId: number;
  level: GeoLevel;
  validFrom: string;
  features: number;
  replaced: boolean;
}

export async function importBoundaries(store: Store, actor: Actor, input: BoundaryImport): Promise<BoundaryImportResult> {
  authorize(actor, 'manage');
  const features = readBoundaryFile(input.json);
  const codes = features.map((f) => f.code);
  const known = new Map<string, string[]>();
  for (const row of await unitVersionsInForce(store.db, codes, input.validFrom).select(['code', 'level']).execute()) {
    known.set(row.code, [...(known.get(row.code) ?? []), row.level]);
  }
  const problems: ValidationProblem[] = [];
  for (const [i, feature] of features.entries()) {
    const levels = known.get(feature.code);
    if (!levels)
      problems.push({
        path: `features[${i}].properties.code`,
        message: `${feature.code}: không có đơn vị mã này ngày ${input.validFrom} / no unit with this code on ${input.validFrom}`,
      });
    else if (!levels.includes(input.level))
      problems.push({
        path: `features[${i}].properties.code`,
        message: `${feature.code} là đơn vị cấp ${levels.map((l) => LEVEL_VI[l] ?? l).join(', ')}, không phải cấp ${LEVEL_VI[input.level]} / is a ${levels.join(', ')}, not a ${input.level}`,
      });
    if (problems.length >= 50) break;
  }
  if (problems.length)
    throw new ValidationError(problems, `Tệp ranh giới ${input.sourceName} không khớp cây đơn vị / boundary file does not match the unit tree`);

  const rows: BoundaryRow[] = [];
  for (const feature of features) {
    for (const detail of GEO_DETAILS)
      rows.push({ unitCode: feature.code, name: feature.name, detail, geometry: JSON.stringify(simplifyBoundary(feature.geometry, detail)) });
  }
  const at = (input.now ?? new Date()).toISOString();
  return store.db.transaction().execute(async (trx) => {
    const written = await writeGeoLayer(
      trx,
      { level: input.level, validFrom: input.validFrom, sourceName: input.sourceName, importedBy: actor.name, importedAt: at },
      rows,
    );
    await writeAudit(
      trx,
      [
        {
          actor: { name: actor.name, kind: actor.kind },
          source: 'admin',
          via: input.via ?? null,
          entity: 'geo_layer',
          entityKey: `${input.level}@${input.validFrom}`,
          action: written.replaced ? 'replace' : 'create',
          after: { sourceName: input.sourceName, features: features.length },
        },
      ],
      new Date(at),
    );
    return { layerId: written.id, level: input.level, validFrom: input.validFrom, features: features.length, replaced: written.replaced };
  });
}
