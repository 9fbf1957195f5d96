/**
 * The closure of the unit graph, per view: for every unit, each unit its values count towards.
 *
 * - 'was' (the tree as it was): the unit itself and its ancestors through effective-dated parent links, each
 *   with the date range in which that path holds. A value dated outside the unit's own life takes the nearest
 *   path (the range is opened at the unit's first and last day), so a value is never dropped.
 * - 'now' (history on today's tree): the unit's successors in force today through lineage links (shares
 *   multiply along chains; full links carry everything, partial links their declared share; partial links
 *   without a share split what is left equally and are marked approximate), then their ancestors today.
 *   Several paths to one ancestor add up; where all of a unit lands in one ancestor (a commune split
 *   inside one province) the ancestor is exact even if the split is approximate.
 *
 * Leaves (units that are never anyone's parent) give the expected reporting units for coverage.
 */
import { BEGINNING, END } from '../analytics/dates-open.ts';
import type { ClosureRow, LeafRow } from '../../store/aggregates/schema.ts';
import type { GraphLink, GraphParent, GraphUnit } from '../../store/aggregates/closure.ts';

interface Interval {
  ancestorId: number;
  from: string;
  to: string;
}
interface Mapped {
  unitId: number;
  share: number;
  approx: boolean;
}

const EPSILON = 1e-9;

export function buildClosure(
  units: readonly GraphUnit[],
  parents: readonly GraphParent[],
  links: readonly GraphLink[],
  today: string,
): { closure: ClosureRow[]; leaves: LeafRow[] } {
  const byId = new Map(units.map((u) => [u.id, u]));
  const parentsOf = groupBy(parents, (p) => p.childId);
  const linksFrom = groupBy(links, (l) => l.fromUnitId);
  const isParent = new Set(parents.map((p) => p.parentId));
  const wasMemo = new Map<number, Interval[]>();
  const succMemo = new Map<number, Mapped[]>();
  const todayMemo = new Map<number, number[]>();

  const wasAncestors = (id: number, depth = 0): Interval[] => {
    const cached = wasMemo.get(id);
    if (cached) return cached;
    const unit = byId.get(id);
    if (!unit || depth > 20) return [];
    const out: Interval[] = [{ ancestorId: id, from: unit.validFrom, to: unit.validTo }];
    for (const link of parentsOf.get(id) ?? []) {
      for (const up of wasAncestors(link.parentId, depth + 1)) {
        const from = max(max(link.validFrom, up.from), unit.validFrom);
        const to = min(min(link.validTo, up.to), unit.validTo);
        if (from < to) out.push({ ancestorId: up.ancestorId, from, to });
      }
    }
    wasMemo.set(id, out);
    return out;
  };

  const validToday = (u: GraphUnit) => u.validFrom <= today && today < u.validTo;

  const successors = (id: number, seen: ReadonlySet<number> = new Set()): Mapped[] => {
    const cached = succMemo.get(id);
    if (cached) return cached;
    const unit = byId.get(id);
    if (!unit || seen.has(id)) return [];
    if (validToday(unit)) return remember(succMemo, id, [{ unitId: id, share: 1, approx: false }]);
    const outgoing = (linksFrom.get(id) ?? []).filter((l) => byId.has(l.toUnitId));
    const declared = outgoing.reduce((s, l) => s + (l.kind === 'full' ? 0 : (l.share ?? 0)), 0);
    const undeclared = outgoing.filter((l) => l.kind !== 'full' && l.share === null).length;
    const rest = undeclared > 0 ? Math.max(0, 1 - declared) / undeclared : 0;
    const next = new Set([...seen, id]);
    const out: Mapped[] = [];
    for (const link of outgoing) {
      const share = link.kind === 'full' ? 1 : (link.share ?? rest);
      const approx = link.kind !== 'full' && link.share === null;
      for (const m of successors(link.toUnitId, next)) out.push({ unitId: m.unitId, share: share * m.share, approx: approx || m.approx });
    }
    return remember(succMemo, id, out);
  };

  const ancestorsToday = (id: number, depth = 0): number[] => {
    const cached = todayMemo.get(id);
    if (cached) return cached;
    const link = (parentsOf.get(id) ?? []).find((p) => p.validFrom <= today && today < p.validTo);
    const out = [id, ...(link && depth < 20 ? ancestorsToday(link.parentId, depth + 1) : [])];
    return remember(todayMemo, id, out);
  };

  const closure: ClosureRow[] = [];
  const leaves: LeafRow[] = [];
  for (const unit of units) {
    const leaf = !isParent.has(unit.id);
    for (const a of wasAncestors(unit.id)) {
      const validFrom = a.from === unit.validFrom ? BEGINNING : a.from;
      const validTo = a.to === unit.validTo ? END : a.to;
      closure.push({
        view: 'was',
        unitId: unit.id,
        ancestorId: a.ancestorId,
        isSelf: a.ancestorId === unit.id ? 1 : 0,
        share: 1,
        approx: 0,
        validFrom,
        validTo,
      });
      if (leaf) leaves.push({ view: 'was', unitId: a.ancestorId, leafId: unit.id, validFrom: a.from, validTo: a.to });
    }
    const merged = new Map<number, { share: number; approx: boolean }>();
    for (const m of successors(unit.id)) {
      for (const ancestorId of ancestorsToday(m.unitId)) {
        const prev = merged.get(ancestorId) ?? { share: 0, approx: false };
        merged.set(ancestorId, { share: prev.share + m.share, approx: prev.approx || m.approx });
      }
    }
    for (const [ancestorId, { share, approx }] of merged) {
      const exact = !approx || Math.abs(share - 1) < EPSILON;
      closure.push({
        view: 'now',
        unitId: unit.id,
        ancestorId,
        isSelf: ancestorId === unit.id ? 1 : 0,
        share,
        approx: exact ? 0 : 1,
        validFrom: BEGINNING,
        validTo: END,
      });
      if (leaf) leaves.push({ view: 'now', unitId: ancestorId, leafId: unit.id, validFrom: unit.validFrom, validTo: unit.validTo });
    }
  }
  return { closure, leaves };
}

function remember<T>(memo: Map<number, T>, id: number, value: T): T {
  memo.set(id, value);
  return value;
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

const max = (a: string, b: string) => (a > b ? a : b);
const min = (a: string, b: string) => (a < b ? a : b);
