/**
 * A unit's total of an element at a period, as read: its own values (current_values) plus what flows in from
 * other units (the stored aggregate rows, at the element's own periods), folded into the requested period by
 * the element's time aggregation — a flow ('sum') adds its sub-periods, a stock ('last') takes its latest
 * sub-period with a value (and says which); other time aggregations are read at their own period only.
 * An element a unit states itself (hierarchy 'none') is only ever its own value.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import { childrenOf, PERIOD_TYPES, type Period, type PeriodType } from '../domain/periods.ts';
import { readAggregatesAtPeriods, readOwnValues, type AggregateRow } from '../store/aggregates-read.ts';
import type { View } from './unit-resolve.ts';

export interface TotalElement {
  id: number;
  periodType: PeriodType;
  timeAggregation: string;
  hierarchyAggregation: string;
}

export interface UnitTotal extends AggregateRow {
  /** Stocks read at a coarser period: the sub-period the value comes from. */
  lastPeriod: string | null;
}

/** The sub-periods at which an element is stored that make up `period` ([] when the element is coarser). */
export function subPeriods(element: TotalElement, period: Period): string[] {
  const rank = PERIOD_TYPES.indexOf(element.periodType);
  if (rank > PERIOD_TYPES.indexOf(period.type)) return [];
  return element.periodType === period.type ? [period.id] : childrenOf(period, element.periodType);
}

export async function readUnitTotals(db: Kysely<Database>, view: View, elements: readonly TotalElement[], unitIds: readonly number[], periods: readonly Period[]): Promise<UnitTotal[]> {
  const subs = new Set<string>();
  for (const p of periods) for (const e of elements) for (const s of subPeriods(e, p)) subs.add(s);
  const subList = [...subs];
  const rolled = elements.filter((e) => e.hierarchyAggregation !== 'none').map((e) => e.id);
  const [own, inflow] = await Promise.all([
    readOwnValues(db, elements.map((e) => e.id), unitIds, subList),
    readAggregatesAtPeriods(db, view, rolled, unitIds, subList),
  ]);
  const cells = new Map<string, { sum: number; n: number; nApprox: number }>();
  for (const r of [...own, ...inflow]) {
    const key = `${r.elementId}|${r.unitId}|${r.period}`;
    const cell = cells.get(key);
    if (cell) {
      cell.sum += r.sum;
      cell.n += r.n;
      cell.nApprox += r.nApprox;
    } else cells.set(key, { sum: r.sum, n: r.n, nApprox: r.nApprox });
  }
  const out: UnitTotal[] = [];
  for (const period of periods) {
    for (const element of elements) {
      const parts = subPeriods(element, period);
      if (parts.length === 0) continue;
      for (const unitId of unitIds) {
        const total = fold(element, parts, (sub) => cells.get(`${element.id}|${unitId}|${sub}`));
        if (total) out.push({ elementId: element.id, unitId, period: period.id, ...total });
      }
    }
  }
  return out;
}

type Cell = { sum: number; n: number; nApprox: number } | undefined;

function fold(element: TotalElement, parts: readonly string[], cell: (sub: string) => Cell): Omit<UnitTotal, 'elementId' | 'unitId' | 'period'> | null {
  if (parts.length === 1) {
    const c = cell(parts[0]!);
    return c && c.n > 0 ? { ...c, lastPeriod: null } : null;
  }
  if (element.timeAggregation === 'sum') {
    let sum = 0;
    let n = 0;
    let nApprox = 0;
    for (const sub of parts) {
      const c = cell(sub);
      if (!c) continue;
      sum += c.sum;
      n += c.n;
      nApprox += c.nApprox;
    }
    return n > 0 ? { sum, n, nApprox, lastPeriod: null } : null;
  }
  if (element.timeAggregation === 'last') {
    for (let i = parts.length - 1; i >= 0; i--) {
      const c = cell(parts[i]!);
      if (c && c.n > 0) return { ...c, lastPeriod: parts[i]! };
    }
  }
  return null;
}
