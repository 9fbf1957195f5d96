import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { ValueChange } from '../../domain/value-change.ts';
import { addAggregateDeltas, deltaKey, type AggregateDelta } from '../../store/aggregates/write.ts';
import { readNonSelfEdges } from '../../store/aggregates/rebuild.ts';
import { ensureClosure } from './closure-store.ts';
import { groupEdges } from './rollup.ts';
import { parsePeriod } from '../../domain/periods.ts';

/**
 * Applies value changes to the aggregate rows inside the caller's transaction, so a new value is visible at
 * once: each change is added as a delta to every unit it counts towards through another unit (the closure's
 * non-self edges, a 'was' edge only when it holds at the value's period), at the value's own period — the
 * same rows a full recompute writes (rollup.ts). The unit's own value and coarser periods need nothing: they
 * are read from current_values and folded at read time (unit-totals.ts). Deltas commute (added in SQL), so
 * concurrent writers on PostgreSQL stay consistent.
 */
export async function applyValueChanges(trx: Kysely<Database>, changes: readonly ValueChange[]): Promise<void> {
  const effective = changes.filter((c) => (c.before ?? null) !== (c.after ?? null));
  if (effective.length === 0) return;
  const rolled = await rolledElements(trx, [...new Set(effective.map((c) => c.elementId))]);
  const relevant = effective.filter((c) => rolled.has(c.elementId));
  if (relevant.length === 0) return;
  const unitIds = [...new Set(relevant.map((c) => c.unitId))];
  await ensureClosure(trx, unitIds);
  const edges = groupEdges(await readNonSelfEdges(trx, unitIds));

  const deltas = new Map<string, AggregateDelta>();
  for (const change of relevant) {
    const endDate = parsePeriod(change.period).end;
    const dSum = (change.after ?? 0) - (change.before ?? 0);
    const dN = (change.after === null ? 0 : 1) - (change.before === null ? 0 : 1);
    for (const edge of edges.get(change.unitId) ?? []) {
      if (edge.view === 'was' && !(edge.validFrom <= endDate && endDate < edge.validTo)) continue;
      const key = { view: edge.view, elementId: change.elementId, unitId: edge.ancestorId, period: change.period };
      const k = deltaKey(key);
      const d = deltas.get(k) ?? { ...key, sum: 0, n: 0, nApprox: 0 };
      d.sum += dSum * edge.share;
      d.n += dN;
      d.nApprox += dN * edge.approx;
      deltas.set(k, d);
    }
  }
  await addAggregateDeltas(trx, [...deltas.values()]);
}

/** Of some elements, those that roll up to other units (not hierarchy 'none'). */
async function rolledElements(trx: Kysely<Database>, ids: number[]): Promise<Set<number>> {
  const rows = await trx.selectFrom('dataElements').select('id').where('id', 'in', ids).where('hierarchyAggregation', '<>', 'none').execute();
  return new Set(rows.map((r) => r.id));
}
