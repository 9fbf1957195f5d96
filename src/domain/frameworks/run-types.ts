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

/** How a run came to be: computed from stored values (drafts, then published), or entered as a framework owner published it. */
export type RunOrigin = 'computed' | 'imported';

/** Where an imported run's figures come from (the published document). */
export interface RunSource {
  title: string;
  url?: string;
  /** The document's date, YYYY-MM-DD. */
  date?: string;
  /** The file it was imported from, as the user named it. */
  file?: string;
}

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
  origin: RunOrigin;
  /** Imported runs: the published document; null for computed runs. */
  source: RunSource | null;
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
  /** Predecessor unit codes when the merged-unit rule was applied (or, imported, the unit was formed by a merger). */
  predecessors: string[] | null;
  /**
   * Imported runs: the figures of this row that are not stated by the source but worked out from it ('score',
   * 'rank', 'rankChange', 'mainIndices.<code>.value', 'pillars.<code>.rank' …), e.g. "tăng 26 bậc" ⇒ rank 53.
   */
  derived?: string[];
  /** Imported runs: how the row was read or derived, in the source's words. */
  note?: string | null;
}
