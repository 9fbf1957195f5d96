/**
 * Row types for the compute tables (migrations 0004-compute.ts, 0007-lean-aggregates.ts); merged into Database in
 * schema.ts. The aggregate row, the closure row and the leaf row are declared here once: the tables, the reads
 * (read.ts), the sink's writes (write.ts, rebuild.ts) and the closure build (compute/aggregates/closure-build.ts)
 * all use these shapes.
 */
import type { Generated } from 'kysely';

/** 'was': the tree at the value's period; 'now': history mapped onto today's tree through lineage. */
export type AggregateView = 'was' | 'now';

/**
 * What flows into a unit from other units at one (view, element, period): the sum (shares applied), the values
 * counted (n) and, of them, those counted through an approximate lineage link (nApprox). A delta has the same
 * shape (its fields are added to the row's).
 */
export interface AggregateRow {
  view: AggregateView;
  elementId: number;
  unitId: number;
  period: string;
  sum: number;
  n: number;
  nApprox: number;
}

/** An aggregate row of a view already chosen (the reads): its sums at (element, unit, period). */
export type AggregateSums = Omit<AggregateRow, 'view'>;

/** The aggregates' key, in the table's order: view, element, period, unit. */
export type AggregateKey = Pick<AggregateRow, 'view' | 'elementId' | 'period' | 'unitId'>;

/**
 * One closure edge: the values of `unitId` count towards `ancestorId` (itself when isSelf = 1) with a share,
 * approximately when approx = 1, for values whose period ends in [validFrom, validTo) ('was'; 'now' edges always).
 */
export interface ClosureRow {
  view: AggregateView;
  unitId: number;
  ancestorId: number;
  isSelf: number;
  share: number;
  approx: number;
  validFrom: string;
  validTo: string;
}

/** A closure edge from one unit to another (not to itself), as the roll-up uses it. */
export type ClosureEdge = Omit<ClosureRow, 'isSelf'>;

/** A leaf unit (never a parent) below `unitId` in a view, with the span in which it counts (coverage). */
export interface LeafRow {
  view: AggregateView;
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
  aggregates: AggregateRow;
  aggClosure: ClosureRow;
  aggLeaves: LeafRow;
  computeJobs: ComputeJobsTable;
}
