/**
 * The roll-up in memory: every value (or change of a value) is added to each unit it counts towards through
 * another unit — the closure's non-self edges: its ancestors in the tree of its period ('was'), its successors
 * and their ancestors on today's tree ('now') — at the value's own period. A unit's own values are not copied
 * (they are read from current_values), coarser periods are folded at read time (unit-totals.ts).
 * Accumulators are dense arrays per (element, view, period) indexed by the ancestor's slot in that view, so
 * millions of values are added without a per-value allocation; rows come out in the aggregates' key order
 * (view, element, period, unit). It is the one place of the per-edge arithmetic (sum × share, count, approximate
 * count, a 'was' edge only at the periods it holds): the aggregate sink (sink.ts) adds values to it for a rebuild
 * and changes (after − before, with the count's change) for live writes and large loads, since the rows are sums.
 */
import type { AggregateRow, ClosureEdge } from '../../store/aggregates/schema.ts';
import { parsePeriod } from '../../domain/periods.ts';

/** A closure edge from the unit a value belongs to. */
export type RollupEdge = Omit<ClosureEdge, 'unitId'>;

interface SlotEdge {
  view: 0 | 1;
  slot: number;
  share: number;
  approx: number;
  /** 'was' edges hold for values whose period ends in [validFrom, validTo) (YYYYMMDD numbers); 'now' edges always. */
  validFrom: number;
  validTo: number;
  always: boolean;
}

interface PeriodAccumulator {
  period: string;
  endDate: number;
  /** Per view (0 now, 1 was), allocated on first use. */
  views: [Cells | null, Cells | null];
}

interface Cells {
  sum: Float64Array;
  n: Int32Array;
  approx: Int32Array;
}

const VIEWS = ['now', 'was'] as const;

/** The closure's non-self edges of every unit, with ancestors numbered per view. */
export class RollupGraph {
  /** Unit id of each slot, per view. */
  readonly slots: [number[], number[]] = [[], []];
  readonly edges = new Map<number, SlotEdge[]>();

  constructor(edgesByUnit: ReadonlyMap<number, readonly RollupEdge[]>) {
    const slotOf: [Map<number, number>, Map<number, number>] = [new Map(), new Map()];
    for (const [unitId, list] of edgesByUnit) {
      const out: SlotEdge[] = [];
      for (const e of list) {
        const view = e.view === 'was' ? 1 : 0;
        let slot = slotOf[view].get(e.ancestorId);
        if (slot === undefined) {
          slot = this.slots[view].length;
          slotOf[view].set(e.ancestorId, slot);
          this.slots[view].push(e.ancestorId);
        }
        out.push({ view, slot, share: e.share, approx: e.approx, validFrom: dayNumber(e.validFrom), validTo: dayNumber(e.validTo), always: view === 0 });
      }
      if (out.length) this.edges.set(unitId, out);
    }
  }
}

export class Rollup {
  private readonly elements = new Map<number, Map<string, PeriodAccumulator>>();
  /** Cells allocated so far (a caller may flush and clear past a budget). */
  cells = 0;

  constructor(private readonly graph: RollupGraph) {}

  /** Adds `amount` (a value, or a change of one) counted `count` times (1 for a value; −1, 0 or 1 for a change). */
  add(elementId: number, unitId: number, period: string, amount: number, count = 1): void {
    const edges = this.graph.edges.get(unitId);
    if (!edges) return;
    let periods = this.elements.get(elementId);
    if (!periods) {
      periods = new Map();
      this.elements.set(elementId, periods);
    }
    const acc = periods.get(period) ?? this.open(periods, period);
    for (const e of edges) {
      if (!e.always && !(e.validFrom <= acc.endDate && acc.endDate < e.validTo)) continue;
      const cells = acc.views[e.view] ?? this.allocate(acc, e.view);
      cells.sum[e.slot]! += amount * e.share;
      cells.n[e.slot]! += count;
      cells.approx[e.slot]! += count * e.approx;
    }
  }

  /** Every touched row, in key order: view, element, period, unit id. */
  rows(): AggregateRow[] {
    const out: AggregateRow[] = [];
    const elementIds = [...this.elements.keys()].sort((a, b) => a - b);
    for (const view of [0, 1] as const) {
      const units = this.graph.slots[view].map((unitId, slot) => ({ unitId, slot })).sort((a, b) => a.unitId - b.unitId);
      for (const elementId of elementIds) {
        const periods = [...this.elements.get(elementId)!.values()].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
        for (const acc of periods) {
          const cells = acc.views[view];
          if (!cells) continue;
          for (const { unitId, slot } of units) {
            const n = cells.n[slot]!;
            const sum = cells.sum[slot]!;
            if (n !== 0 || sum !== 0) out.push({ view: VIEWS[view], elementId, unitId, period: acc.period, sum, n, nApprox: cells.approx[slot]! });
          }
        }
      }
    }
    return out;
  }

  /** The periods seen, over all elements. */
  periodIds(): Set<string> {
    const out = new Set<string>();
    for (const periods of this.elements.values()) for (const p of periods.keys()) out.add(p);
    return out;
  }

  clear(): void {
    this.elements.clear();
    this.cells = 0;
  }

  private open(periods: Map<string, PeriodAccumulator>, period: string): PeriodAccumulator {
    const acc: PeriodAccumulator = { period, endDate: dayNumber(parsePeriod(period).end), views: [null, null] };
    periods.set(period, acc);
    return acc;
  }

  private allocate(acc: PeriodAccumulator, view: 0 | 1): Cells {
    const size = this.graph.slots[view].length;
    const cells = { sum: new Float64Array(size), n: new Int32Array(size), approx: new Int32Array(size) };
    acc.views[view] = cells;
    this.cells += size;
    return cells;
  }
}

/** Closure rows grouped by the unit whose values they carry. */
export function groupEdges(rows: ReadonlyArray<RollupEdge & { unitId: number }>): Map<number, RollupEdge[]> {
  const out = new Map<number, RollupEdge[]>();
  for (const { unitId, ...edge } of rows) {
    const list = out.get(unitId);
    if (list) list.push(edge);
    else out.set(unitId, [edge]);
  }
  return out;
}

/** '2025-06-30' → 20250630: compared as numbers in the per-value loop. */
function dayNumber(isoDate: string): number {
  return Number(isoDate.slice(0, 4)) * 10000 + Number(isoDate.slice(5, 7)) * 100 + Number(isoDate.slice(8, 10));
}
