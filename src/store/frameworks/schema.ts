/** Row types for the frameworks tables (migration 0005-frameworks.ts); merged into Database in schema.ts. */
import type { Generated } from 'kysely';

export interface FrameworksTable {
  id: Generated<number>;
  code: string;
  name: string;
  nameEn: string;
  /** province | commune | agency */
  level: string;
  description: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface FrameworkEditionsTable {
  id: Generated<number>;
  frameworkId: number;
  edition: string;
  name: string;
  legalBasis: string;
  validFrom: string;
  validTo: string | null;
  note: string | null;
  /** The whole EditionDefinition as JSON (validated before it is written). */
  definition: string;
  createdAt: string;
  updatedAt: string;
}

export interface ScoreRunsTable {
  id: Generated<number>;
  editionId: number;
  level: string;
  period: string;
  /** 1, 2, … for the same (edition, level, period). */
  revision: number;
  /** draft | published */
  status: string;
  /** The run's options as JSON: {at, units?, mergedUnitRule?}. */
  options: string;
  /** The edition definition the run was computed with, as JSON (frozen with the results). */
  definition: string;
  /** The published run the rank change was measured against. */
  compareRunId: number | null;
  createdAt: string;
  createdBy: string;
  publishedAt: string | null;
  publishedBy: string | null;
  /** computed | imported (migration 0012). */
  origin: Generated<string>;
  /** Imported runs: the published document as JSON {title, url?, date?, file?}. */
  source: string | null;
}

export interface ScoreResultsTable {
  runId: number;
  unitCode: string;
  unitName: string;
  points: number;
  maxPoints: number;
  score: number | null;
  rank: number | null;
  rankChange: number | null;
  grade: string | null;
  /** JSON: main indices, pillars, components (each with value and points), missing components, basis details. */
  mainIndices: string;
  pillars: string;
  components: string;
  missing: string;
  /** JSON array of predecessor codes when the merged-unit rule was applied, else null. */
  predecessors: string | null;
  /** Imported runs: JSON {derived: [...], note} (migration 0012). */
  provenance: string | null;
}

export interface FrameworkTables {
  frameworks: FrameworksTable;
  frameworkEditions: FrameworkEditionsTable;
  scoreRuns: ScoreRunsTable;
  scoreResults: ScoreResultsTable;
}
