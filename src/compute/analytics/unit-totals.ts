/**
 * A unit's total of an element at a period, as read: its own values (current_values) plus what flows in from
 * other units (the stored aggregate rows, at the element's own periods), folded into the requested period by
 * the element's time aggregation — a flow ('sum') adds its sub-periods, a stock ('last') takes its latest
 * sub-period with a value (and says which); other time aggregations are read at their own period only.
 * An element a unit states itself (hierarchy 'none') is only ever its own value.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { childrenOf, PERIOD_TYPES, type Period, type PeriodType } from '../../domain/periods.ts';
import { readAggregatesAtPeriods, readOwnValues } from '../../store/aggregates/read.ts';
import type { AggregateSums } from '../../store/aggregates/schema.ts';
import type { View } from './unit-resolve.ts';

export interface TotalElement {
  id: number;
  periodType: PeriodType;
  timeAggregation: string;
  hierarchyAggregation: string;
}

export interface UnitTotal extends AggregateSums {
  /** Stocks read at a coarser period: the sub-period the value comes from. */
  lastPeriod: string | null;
}

/** The sub-periods at which an element is stored that make up `period` ([] when the element is coarser). */
export function subPeriods(element: TotalElement, period: Period): string[] {
  const rank = PERIOD_TYPES.indexOf(element.periodType);
  if (rank > PERIOD_TYPES.indexOf(period.type)) return [];
  return element.periodType === period.type ? [period.id] : childrenOf(period, element.periodType);
}

export async function readUnitTotals(
  db: Kysely<Database>,
  view: View,
  elements: readonly TotalElement[],
  unitIds: readonly number[],
  periods: readonly Period[],
): Promise<UnitTotal[]> {
  // Dense cells per element: [unit slot × sub-period slot] (the totals of a dashboard query: thousands of cells).
  const subSlot = new Map<string, number>();
  for (const p of periods) for (const e of elements) for (const sub of subPeriods(e, p)) if (!subSlot.has(sub)) subSlot.set(sub, subSlot.size);
  const unitSlot = new Map(unitIds.map((id, i) => [id, i]));
  const width = subSlot.size;
  const cells = new Map(
    elements.map((e) => [
      e.id,
      { sum: new Float64Array(unitIds.length * width), n: new Int32Array(unitIds.length * width), approx: new Int32Array(unitIds.length * width) },
    ]),
  );
  const subs = [...subSlot.keys()];
  const rolled = elements.filter((e) => e.hierarchyAggregation !== 'none').map((e) => e.id);
  const [own, inflow] = await Promise.all([
    readOwnValues(
      db,
      elements.map((e) => e.id),
      unitIds,
      subs,
    ),
    readAggregatesAtPeriods(db, view, rolled, unitIds, subs),
  ]);
  for (const list of [own, inflow]) {
    for (const r of list) {
      const c = cells.get(r.elementId);
      const u = unitSlot.get(r.unitId);
      const p = subSlot.get(r.period);
      if (!c || u === undefined || p === undefined) continue;
      const k = u * width + p;
      c.sum[k]! += r.sum;
      c.n[k]! += r.n;
      c.approx[k]! += r.nApprox;
    }
  }
  const out: UnitTotal[] = [];
  for (const period of periods) {
    for (const element of elements) {
      const parts = subPeriods(element, period).map((sub) => subSlot.get(sub)!);
      if (parts.length === 0) continue;
      const c = cells.get(element.id)!;
      const how = parts.length === 1 ? 'one' : element.timeAggregation === 'sum' ? 'sum' : element.timeAggregation === 'last' ? 'last' : null;
      if (!how) continue;
      for (const [u, unitId] of unitIds.entries()) {
        const base = u * width;
        if (how === 'last') {
          for (let i = parts.length - 1; i >= 0; i--) {
            const k = base + parts[i]!;
            if (c.n[k]! > 0) {
              out.push({ elementId: element.id, unitId, period: period.id, sum: c.sum[k]!, n: c.n[k]!, nApprox: c.approx[k]!, lastPeriod: subs[parts[i]!]! });
              break;
            }
          }
          continue;
        }
        let sum = 0;
        let n = 0;
        let nApprox = 0;
        for (const p of parts) {
          sum += c.sum[base + p]!;
          n += c.n[base + p]!;
          nApprox += c.approx[base + p]!;
        }
        if (n > 0) out.push({ elementId: element.id, unitId, period: period.id, sum, n, nApprox, lastPeriod: null });
      }
    }
  }
  return out;
}
