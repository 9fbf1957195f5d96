/** Row types for the boundary tables (migration 0011-geo-boundaries.ts); merged into Database in schema.ts. */
import type { Generated } from 'kysely';

export interface GeoLayersTable {
  id: Generated<number>;
  /** domain/geo.ts GeoLevel */
  level: string;
  validFrom: string;
  /** The next layer's valid_from, else 9999-12-31. */
  validTo: string;
  /** The file's name as given (shown, never used as a path). */
  sourceName: string;
  featureCount: number;
  importedBy: string;
  importedAt: string;
}

export interface GeoBoundariesTable {
  layerId: number;
  unitCode: string;
  name: string | null;
  /** domain/geo.ts GeoDetail */
  detail: string;
  /** GeoJSON geometry text. */
  geometry: string;
}

export interface GeoTables {
  geoLayers: GeoLayersTable;
  geoBoundaries: GeoBoundariesTable;
}
