/**
 * A framework (bộ chỉ số) and its versioned editions as stored and shipped: the scoring tree of
 * ../framework.ts plus where each value comes from (data sources), the validity of the edition and its
 * grade bands.
 */
import type { FrameworkComponent, FrameworkEdition, MainIndex } from '../framework.ts';
import type { GradeBand } from '../ranking.ts';
import type { DataElement } from '../metadata.ts';

export const FRAMEWORK_LEVELS = ['province', 'commune', 'agency'] as const;
export type FrameworkLevel = (typeof FRAMEWORK_LEVELS)[number];

/**
 * Where a component's value comes from: an indicator (computed by the compute engine) or a data element
 * (the current value for the unit and period), optionally multiplied by `scale` (e.g. 0.01 for a percent
 * element scored by a 0..1 ratio rule).
 */
export type ComponentSource = { indicator: string; scale?: number } | { element: string; scale?: number };

export interface ComponentDefinition extends FrameworkComponent {
  source?: ComponentSource;
}

export interface MainIndexDefinition extends MainIndex {
  components: ComponentDefinition[];
  /**
   * A data element holding the published value of the main index (0..1), as the national DTI publishes
   * them. When a unit has it for the period, it is used as is and the components are not scored.
   */
  publishedElement?: string;
}

export interface EditionDefinition extends FrameworkEdition {
  mainIndices: MainIndexDefinition[];
  /** First and last period (year) the edition applies to; validTo null while in force. */
  validFrom: string;
  validTo: string | null;
  /** What is official and what is an assumption of ours. */
  note?: string;
  /** Grade bands; the default tốt / khá / trung bình / yếu when absent. */
  grades?: GradeBand[];
  /** The edition whose published run the rank change is measured against; default: the previous edition id. */
  previousEdition?: string;
}

export interface FrameworkDefinition {
  code: string;
  name: string;
  nameEn: string;
  level: FrameworkLevel;
  description?: string;
}

/** What `frameworks load` writes: a framework, its editions, and the data elements they read. */
export interface FrameworkBundle {
  framework: FrameworkDefinition;
  editions: EditionDefinition[];
  /** Data elements the components read (the published main-index elements are derived, see publishedElements). */
  elements?: DataElement[];
}
