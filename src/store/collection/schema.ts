/** Row types for the collection tables (migration 0003-collection.ts); merged into Database in schema.ts. */
import type { Generated } from 'kysely';

export interface DatasetsTable {
  id: Generated<number>;
  code: string;
  name: string;
  nameEn: string;
  periodType: string;
  /** The deadline is the period's last day plus this many days. */
  deadlineDays: number;
  createdAt: string;
  updatedAt: string;
}

export interface DatasetElementsTable {
  id: Generated<number>;
  datasetId: number;
  elementId: number;
  position: number;
  section: string | null;
  evidenceRequired: number;
}

/** level null: the unit itself; level L: every unit of level L under unitCode. */
export interface DatasetUnitsTable {
  id: Generated<number>;
  datasetId: number;
  unitCode: string;
  level: string | null;
}

export interface SubmissionsTable {
  id: Generated<number>;
  datasetId: number;
  unitId: number;
  period: string;
  state: string;
  reason: string | null;
  firstSubmittedAt: string | null;
  submittedAt: string | null;
  submittedBy: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  updatedAt: string;
}

export interface AuditEventsTable {
  id: Generated<number>;
  at: string;
  actorName: string;
  actorKind: string;
  source: string;
  via: string | null;
  entity: string;
  entityKey: string;
  action: string;
  /** JSON text. */
  before: string | null;
  after: string | null;
}

export interface IdempotencyKeysTable {
  caller: string;
  key: string;
  requestHash: string;
  status: number;
  /** JSON text of the stored answer. */
  response: string;
  createdAt: string;
  expiresAt: string;
}

export interface ValidationRulesTable {
  id: Generated<number>;
  code: string;
  name: string;
  kind: string;
  leftFormula: string | null;
  operator: string | null;
  rightFormula: string | null;
  countElement: string | null;
  totalElement: string | null;
  rateElement: string | null;
  severity: string;
  message: string;
  createdAt: string;
  updatedAt: string;
}

export interface CollectionTables {
  datasets: DatasetsTable;
  datasetElements: DatasetElementsTable;
  datasetUnits: DatasetUnitsTable;
  submissions: SubmissionsTable;
  auditEvents: AuditEventsTable;
  idempotencyKeys: IdempotencyKeysTable;
  validationRules: ValidationRulesTable;
}
