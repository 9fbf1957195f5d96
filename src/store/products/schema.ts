/** Row types for the DX product tables (migration 0022-dx-products.ts); merged into Database in schema.ts. */
import type { Generated } from 'kysely';

export interface DxProductsTable {
  id: Generated<number>;
  name: string;
  /** domain/dx-products.ts ProductKind */
  kind: string;
  ownerUnit: string;
  /** The provincial agency's name ('Sở Y tế'), '' when the owner is the unit itself. */
  agency: string;
  year: number;
  targetDate: string;
  description: string | null;
  /** domain/dx-products.ts ProductState */
  state: string;
  registeredOn: string;
  startedOn: string | null;
  completedOn: string | null;
  evaluatedOn: string | null;
  withdrawnOn: string | null;
  /** JSON array of ProductEvidence (documents, links) given on completion. */
  evidence: string;
  grade: string | null;
  score: number | null;
  evaluationComment: string | null;
  /** 1 for a record invented for the demo (mô phỏng). */
  simulated: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface DxProductIndicatorsTable {
  productId: number;
  indicatorCode: string;
}

export interface DxProductStepsTable {
  id: Generated<number>;
  productId: number;
  /** 'register', 'edit' or a ProductAction. */
  action: string;
  fromState: string | null;
  toState: string;
  onDay: string;
  note: string | null;
  /** JSON: the step's evidence, evaluation or changed fields. */
  details: string;
  createdBy: string;
  createdAt: string;
}

export interface DxProductTables {
  dxProducts: DxProductsTable;
  dxProductIndicators: DxProductIndicatorsTable;
  dxProductSteps: DxProductStepsTable;
}
