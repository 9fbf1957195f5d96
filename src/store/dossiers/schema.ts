/** Row types for the dossier tables (migration 0024-dossiers.ts); merged into Database in schema.ts. */
import type { Generated } from 'kysely';

export interface DossiersTable {
  id: Generated<number>;
  source: string;
  sourceId: string;
  procedureCode: string;
  procedureName: string | null;
  field: string;
  /** domain/dossiers.ts DossierChannel */
  channel: string;
  level: string | null;
  unit: string;
  receivedOn: string;
  dueOn: string | null;
  finishedOn: string | null;
  result: string | null;
  state: string;
  /** 1 for the first version; each change adds one (dossier_versions). */
  version: number;
  /** 1 for a record invented for the demo (mô phỏng). */
  simulated: number;
  updatedAt: string;
}

export interface DossierVersionsTable {
  id: Generated<number>;
  dossierId: number;
  version: number;
  /** JSON of the domain Dossier as pushed. */
  data: string;
  recordedBy: string;
  recordedAt: string;
}

export interface DossierTables {
  dossiers: DossiersTable;
  dossierVersions: DossierVersionsTable;
}
