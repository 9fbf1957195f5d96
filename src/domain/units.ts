/** Administrative units and their lineage: the shapes every layer shares. */

export const UNIT_LEVELS = ['country', 'province', 'district', 'commune', 'village', 'agency'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

export function isUnitLevel(value: string): value is UnitLevel {
  return (UNIT_LEVELS as readonly string[]).includes(value);
}

/** Kinds of lineage event (what happened to a unit on a date). */
export const LINEAGE_KINDS = ['merge', 'split', 'rename', 'recode', 'reclassify', 'create', 'abolish'] as const;
export type LineageKind = (typeof LINEAGE_KINDS)[number];

/** Whether the whole old unit went into the new one ('full') or only part of it ('partial'). */
export type LineagePart = 'full' | 'partial';

/** A unit as one version: a code may have several versions over time (Lâm Đồng 68 before and after 1/7/2025). */
export interface Unit {
  code: string;
  level: UnitLevel;
  /** municipality | province | urban_district | district | town | provincial_city | ward | commune | township | special_zone | village | agency | country */
  type: string;
  name: string;
  nameEn: string;
  fullName: string;
  fullNameEn: string;
  /** First day valid; null when it began before our records. */
  validFrom: string | null;
  /** First day no longer valid (exclusive); null while still valid. */
  validTo: string | null;
  /** false when the end date is not known exactly: then validTo is the latest day by which it had ended. */
  validToKnown: boolean;
  /** false for codes the loader had to make up because the source gives none (see the unit's note). */
  codeOfficial: boolean;
  parentCode: string | null;
  note: string | null;
}

/** One edge of the lineage graph, seen from a unit: the other unit, when, how. */
export interface LineageLink {
  kind: LineageKind;
  /** Effective date; null when not known. */
  date: string | null;
  legalBasis: string | null;
  part: LineagePart;
  /** Share of the old unit allocated to the new one, where declared (0..1). */
  share: number | null;
  unit: Pick<Unit, 'code' | 'level' | 'name' | 'fullName' | 'validFrom' | 'validTo'>;
}

export interface UnitLineage {
  code: string;
  /** Every version of the code, oldest first, each with its own predecessors and successors. */
  versions: Array<{ unit: Unit; predecessors: LineageLink[]; successors: LineageLink[] }>;
  /** Union over the versions. */
  predecessors: LineageLink[];
  successors: LineageLink[];
}

/** The reform that merged 63 provinces into 34 and abolished districts. */
export const REFORM_2025_DATE = '2025-07-01';
