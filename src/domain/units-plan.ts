/**
 * A plan of reference units to write: unit versions, effective-dated parent links and lineage
 * events, all pointing at each other by key (`level:code:validFrom`), never by database id.
 * The ingest builds it from the source packages; the store writes it in one transaction.
 */
import type { LineageKind, LineagePart, UnitLevel } from './units.ts';

export interface UnitDraft {
  key: string;
  code: string;
  level: UnitLevel;
  type: string;
  name: string;
  nameEn: string;
  fullName: string;
  fullNameEn: string;
  /** ISO date or the BEGINNING_OF_TIME sentinel. */
  validFrom: string;
  validFromKnown: boolean;
  /** ISO date (exclusive) or the END_OF_TIME sentinel. */
  validTo: string;
  validToKnown: boolean;
  codeOfficial: boolean;
  note: string | null;
}

export interface ParentLinkDraft {
  childKey: string;
  parentKey: string;
  validFrom: string;
  validTo: string;
}

export interface LineageLinkDraft {
  fromKey: string;
  toKey: string;
  part: LineagePart;
  share: number | null;
}

export interface LineageEventDraft {
  kind: LineageKind;
  date: string | null;
  legalBasis: string | null;
  /** Unique within a plan: the writer matches inserted events back by it. */
  note: string;
  links: LineageLinkDraft[];
}

export interface UnitPlan {
  /** Recorded on every row written (units.source, lineage_events.source). */
  source: string;
  units: UnitDraft[];
  parents: ParentLinkDraft[];
  events: LineageEventDraft[];
  /** Write every event even when it touches no version this write inserts (an administrator's event on stored versions: the end of a unit). */
  forceEvents?: boolean;
}

/** The identity of a unit version, the same as the table's unique key (code, level, validFrom). */
export function unitKey(level: UnitLevel, code: string, validFrom: string): string {
  return `${level}:${code}:${validFrom}`;
}

/** Problems that would make the plan unwritable: duplicate keys or notes, dangling references. Empty when fine. */
export function checkUnitPlan(plan: UnitPlan): string[] {
  const problems: string[] = [];
  const keys = new Set<string>();
  for (const unit of plan.units) {
    if (keys.has(unit.key)) problems.push(`đơn vị trùng khóa ${unit.key}`);
    keys.add(unit.key);
    if (unit.validFrom >= unit.validTo) problems.push(`${unit.key}: validFrom ${unit.validFrom} không trước validTo ${unit.validTo}`);
  }
  for (const link of plan.parents) {
    if (!keys.has(link.childKey)) problems.push(`liên kết cấp trên: không có đơn vị ${link.childKey}`);
    if (!keys.has(link.parentKey)) problems.push(`liên kết cấp trên: không có đơn vị ${link.parentKey}`);
    if (link.validFrom >= link.validTo) problems.push(`liên kết cấp trên ${link.childKey} → ${link.parentKey}: khoảng ngày rỗng`);
  }
  const notes = new Set<string>();
  for (const event of plan.events) {
    if (notes.has(event.note)) problems.push(`sự kiện trùng ghi chú "${event.note}"`);
    notes.add(event.note);
    for (const link of event.links) {
      if (!keys.has(link.fromKey)) problems.push(`phả hệ: không có đơn vị ${link.fromKey}`);
      if (!keys.has(link.toKey)) problems.push(`phả hệ: không có đơn vị ${link.toKey}`);
    }
  }
  return problems;
}
