/**
 * What became of a unit version that ended: the lineage event that ended it (merge, split, abolish, …, with its
 * date and legal basis), the successors it names (06 Bắc Kạn → 19 Thái Nguyên on 1/7/2025), and the units of
 * today's tree its history maps onto — the units to read in the now view (closure-build.ts follows the same
 * links: a chain of reforms is followed to the units in force at the now view's tree date).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { todayIsoDate } from '../../domain/dates.ts';
import { treeDate } from '../../store/aggregates/closure.ts';
import { lineageLinksFrom, lineageTargetIds, unitLives } from '../../store/units/lineage-reads.ts';
import type { ResolvedUnit } from './unit-resolve.ts';
import type { UnitVersion } from './unit-version.ts';

export interface Successor {
  code: string;
  name: string;
  level: string;
  /** `full`: the whole old unit went in; `partial`: a part of it. */
  part: string;
  share: number | null;
}

export interface Reorganisation {
  /** The lineage event's kind (`merge`, `split`, `abolish`, …); null when no event records the unit's end. */
  kind: string | null;
  /** The first day without the unit: the event's date, else the version's end. */
  date: string;
  legalBasis: string | null;
  successors: Successor[];
}

export interface Succession {
  reorganisation: Reorganisation;
  /** The units of the now view's tree (today's) that the old unit's history is read on. */
  nowUnits: ResolvedUnit[];
}

/** Lineage chains are short (a commune merged twice); the bound only keeps a cyclic graph from looping. */
const MAX_CHAIN = 20;

export async function unitSuccession(db: Kysely<Database>, version: UnitVersion): Promise<Succession> {
  const links = await lineageLinksFrom(db, version.id);
  // The event that ended the unit: the one dated its end, else its latest (a commune that gave up a part earlier
  // and was merged later: the merger). Sorted here: the dialects order NULL dates differently.
  const byDate = [...links].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.eventId - b.eventId);
  const last = byDate.find((l) => l.date === version.validTo) ?? byDate.at(-1);
  const ending = last ? links.filter((l) => l.eventId === last.eventId) : [];
  const reorganisation: Reorganisation = {
    kind: last?.eventKind ?? null,
    date: last?.date ?? version.validTo,
    legalBasis: last?.legalBasis ?? null,
    successors: ending.map((l) => ({ code: l.code, name: l.name, level: l.level, part: l.part, share: l.share })),
  };
  return { reorganisation, nowUnits: await unitsInTodaysTree(db, version.id) };
}

/** Follows lineage links from a unit to the units in force at the now view's tree date. */
async function unitsInTodaysTree(db: Kysely<Database>, unitId: number): Promise<ResolvedUnit[]> {
  const today = (await treeDate(db)) ?? todayIsoDate();
  const found = new Map<number, ResolvedUnit>();
  const seen = new Set<number>([unitId]);
  let frontier = [unitId];
  for (let step = 0; frontier.length > 0 && step < MAX_CHAIN; step++) {
    const units = await unitLives(db, frontier);
    const ended: number[] = [];
    for (const u of units) {
      if (u.validFrom <= today && today < u.validTo) found.set(u.id, { id: u.id, code: u.code, name: u.name });
      else ended.push(u.id);
    }
    if (ended.length === 0) break;
    frontier = [...new Set(await lineageTargetIds(db, ended))].filter((id) => !seen.has(id));
    for (const id of frontier) seen.add(id);
  }
  return [...found.values()].sort((a, b) => a.code.localeCompare(b.code));
}
