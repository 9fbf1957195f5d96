/** Row types for the compute tables (migrations 0004-compute.ts, 0007-lean-aggregates.ts); merged into Database in schema.ts. */
import type { Generated } from 'kysely';

export type AggregateView = 'was' | 'now';

export interface AggregatesTable {
  view: string;
  elementId: number;
  unitId: number;
  period: string;
  sum: number;
  n: number;
  nApprox: number;
}

export interface AggClosureTable {
  view: string;
  unitId: number;
  ancestorId: number;
  isSelf: number;
  share: number;
  approx: number;
  validFrom: string;
  validTo: string;
}

export interface AggLeavesTable {
  view: string;
  unitId: number;
  leafId: number;
  validFrom: string;
  validTo: string;
}

export interface ComputeJobsTable {
  id: Generated<number>;
  kind: string;
  status: string;
  progress: string;
  report: string | null;
  error: string | null;
  requestedBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ComputeTables {
  aggregates: AggregatesTable;
  aggClosure: AggClosureTable;
  aggLeaves: AggLeavesTable;
  computeJobs: ComputeJobsTable;
}
