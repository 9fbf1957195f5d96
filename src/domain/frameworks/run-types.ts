/** A score run and its per-unit results, as stored and answered (shared by store, compute and server). */
import type { GradeBand } from '../ranking.ts';
import type { ScoredComponent, ScoredMainIndex, ScoredPart } from './score-inputs.ts';

export const MERGED_UNIT_RULES = ['average_of_predecessors'] as const;
export type MergedUnitRule = (typeof MERGED_UNIT_RULES)[number];

export interface RunOptions {
  /** The date the unit tree is seen at (default: the last day of the period). */
  at: string;
  /** Only these unit codes (default: every unit of the level existing at `at`). */
  units?: string[];
  mergedUnitRule?: MergedUnitRule;
}

export type RunStatus = 'draft' | 'published';

export interface ScoreRun {
  id: number;
  framework: string;
  edition: string;
  level: string;
  period: string;
  revision: number;
  status: RunStatus;
  options: RunOptions;
  /** The run the rank change was measured against (the previous edition's published run). */
  compareRunId: number | null;
  createdAt: string;
  createdBy: string;
  publishedAt: string | null;
  publishedBy: string | null;
}

export interface UnitResult {
  unitCode: string;
  unitName: string;
  points: number;
  maxPoints: number;
  score: number | null;
  rank: number | null;
  /** Positive when the unit moved up against the compared run; null without a previous rank. */
  rankChange: number | null;
  grade: Pick<GradeBand, 'code' | 'label'> | null;
  mainIndices: ScoredMainIndex[];
  pillars: ScoredPart[];
  components: ScoredComponent[];
  missing: string[];
  /** Predecessor unit codes when the merged-unit rule was applied. */
  predecessors: string[] | null;
}
