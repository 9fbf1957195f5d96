import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import type { ValueChange } from '../domain/value-change.ts';
import { childrenOf, type PeriodType } from '../domain/periods.ts';
import { addAggregateDeltas, deltaKey, refreshLastRow, type AggregateDelta, type AggregateKey } from '../store/aggregates-write.ts';
import { ensureClosure } from './closure-store.ts';
import { coarserPeriods, periodInfo } from './period-info.ts';

interface ElementInfo {
  timeAggregation: string;
  hierarchyAggregation: string;
  periodType: PeriodType;
}

interface ClosureEdge {
  view: string;
  ancestorId: number;
  isSelf: number;
  share: number;
  approx: number;
  validFrom: string;
  validTo: string;
}

/**
 * Applies value changes to every affected aggregate (ancestors × coarser periods, in both views) inside the
 * caller's transaction, so a new value is visible at once. Every row at the value's own period and a flow's
 * ('sum') coarser rows take the change as a delta; a stock's ('last') coarser rows are then reset to their
 * latest reported sub-period. Other time aggregations are kept at their own period only.
 */
export async function applyValueChanges(trx: Kysely<Database>, changes: readonly ValueChange[]): Promise<void> {
  const effective = changes.filter((c) => (c.before ?? null) !== (c.after ?? null));
  if (effective.length === 0) return;
  const elements = await loadElements(trx, [...new Set(effective.map((c) => c.elementId))]);
  const unitIds = [...new Set(effective.map((c) => c.unitId))];
  await ensureClosure(trx, unitIds);
  const edges = await loadEdges(trx, unitIds);

  const deltas = new Map<string, AggregateDelta>();
  const stockRows = new Map<string, { key: AggregateKey; subPeriods: string[] }>();
  for (const change of effective) {
    const element = elements.get(change.elementId);
    if (!element) continue;
    const info = periodInfo(change.period);
    const dSum = (change.after ?? 0) - (change.before ?? 0);
    const dN = (change.after === null ? 0 : 1) - (change.before === null ? 0 : 1);
    const stock = element.timeAggregation === 'last';
    const periods = [change.period, ...(element.timeAggregation === 'sum' ? coarserPeriods(info) : [])];
    for (const edge of edges.get(change.unitId) ?? []) {
      if (edge.view === 'was' && !(edge.validFrom <= info.endDate && info.endDate < edge.validTo)) continue;
      if (element.hierarchyAggregation === 'none' && !edge.isSelf) continue;
      for (const period of periods) {
        const key = { view: edge.view, elementId: change.elementId, unitId: edge.ancestorId, period };
        const k = deltaKey(key);
        const d = deltas.get(k) ?? { ...key, sum: 0, n: 0, nApprox: 0 };
        d.sum += dSum * edge.share;
        d.n += dN;
        d.nApprox += dN * edge.approx;
        deltas.set(k, d);
      }
      if (stock) {
        for (const coarse of coarserPeriods(info)) {
          const key = { view: edge.view, elementId: change.elementId, unitId: edge.ancestorId, period: coarse };
          stockRows.set(deltaKey(key), { key, subPeriods: childrenOf(coarse, element.periodType) });
        }
      }
    }
  }
  await addAggregateDeltas(trx, [...deltas.values()]);
  for (const k of [...stockRows.keys()].sort()) {
    const { key, subPeriods } = stockRows.get(k)!;
    await refreshLastRow(trx, key, subPeriods);
  }
}

async function loadElements(trx: Kysely<Database>, ids: number[]): Promise<Map<number, ElementInfo>> {
  const rows = await trx.selectFrom('dataElements').select(['id', 'timeAggregation', 'hierarchyAggregation', 'periodType']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, { ...r, periodType: r.periodType as PeriodType }]));
}

async function loadEdges(trx: Kysely<Database>, unitIds: number[]): Promise<Map<number, ClosureEdge[]>> {
  const out = new Map<number, ClosureEdge[]>();
  for (let i = 0; i < unitIds.length; i += 500) {
    const rows = await trx
      .selectFrom('aggClosure')
      .select(['unitId', 'view', 'ancestorId', 'isSelf', 'share', 'approx', 'validFrom', 'validTo'])
      .where('unitId', 'in', unitIds.slice(i, i + 500))
      .execute();
    for (const { unitId, ...edge } of rows) {
      const list = out.get(unitId) ?? [];
      list.push({ ...edge, share: Number(edge.share) });
      out.set(unitId, list);
    }
  }
  return out;
}
