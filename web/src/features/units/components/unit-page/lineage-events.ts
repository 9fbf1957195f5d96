/**
 * A code's lineage (GET /units/{code}/lineage) as timeline items: each version of the code, and each event between
 * them once (the old version's successors and the new one's predecessors are the same merge), with the units that
 * ended in it and those it formed, each as the version of that side (so named as it was then), sorted by code.
 */
import type { LineageLink, Unit, UnitLineage } from '@/lib/api/types';

export type Side = LineageLink['unit'] & { part?: LineageLink['part']; share?: LineageLink['share'] };

export interface EventItem {
  type: 'event';
  key: string;
  date: string | null;
  kind: string;
  legalBasis: string | null;
  /** The units that ended in it (named as they were until then). */
  from: Side[];
  /** The units it formed (named as they were from then). */
  into: Side[];
}

export interface VersionItem {
  type: 'version';
  key: string;
  unit: Unit;
}

export const sideKey = (u: { code: string; validFrom: string | null }) => `${u.code}@${u.validFrom ?? ''}`;

function add(list: Side[], side: Side): void {
  if (!list.some((s) => sideKey(s) === sideKey(side))) list.push(side);
}

/** The versions and the events between them, in the order they happened (an event before the version it begins). */
export function timelineItems(lineage: UnitLineage): Array<EventItem | VersionItem> {
  const events = new Map<string, EventItem>();
  const eventOf = (link: LineageLink): EventItem => {
    const key = `${link.date ?? ''}|${link.kind}|${link.legalBasis ?? ''}`;
    let event = events.get(key);
    if (!event) events.set(key, (event = { type: 'event', key, date: link.date, kind: link.kind, legalBasis: link.legalBasis, from: [], into: [] }));
    return event;
  };
  for (const { unit, predecessors, successors } of lineage.versions) {
    for (const link of predecessors) {
      const event = eventOf(link);
      add(event.from, { ...link.unit, part: link.part, share: link.share });
      add(event.into, unit);
    }
    for (const link of successors) {
      const event = eventOf(link);
      add(event.from, unit);
      add(event.into, { ...link.unit, part: link.part, share: link.share });
    }
  }
  for (const event of events.values()) for (const list of [event.from, event.into]) list.sort((a, b) => a.code.localeCompare(b.code));
  const versions: VersionItem[] = lineage.versions.map(({ unit }) => ({ type: 'version', key: sideKey(unit), unit }));
  const order = (item: EventItem | VersionItem): string =>
    item.type === 'event' ? `${item.date ?? '0000-00-00'}|0` : `${item.unit.validFrom ?? '0000-00-00'}|1`;
  return [...events.values(), ...versions].sort((a, b) => order(a).localeCompare(order(b)));
}
