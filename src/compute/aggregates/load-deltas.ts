/**
 * Aggregates during a large load: the changes of every batch are summed in memory (rollup.ts) and added to
 * the aggregate rows in key order when the load ends — or earlier, whenever the accumulators pass a memory
 * budget (the rows are sums, so adding them in several parts gives the same result). The same rows as the
 * live path (live-update.ts) writes change by change, for a fraction of the statements, and without reading
 * the values back as a rebuild would. Additions commute, so concurrent live writers on PostgreSQL stay
 * consistent.
 */
import type { Kysely } from 'kysely';
import type { Store } from '../../store/db.ts';
import type { Database } from '../../store/schema.ts';
import type { ValueChange } from '../../domain/value-change.ts';
import { rebuildIo, type RebuildIo } from '../../store/aggregates/rebuild.ts';
import { ensureClosure } from './closure-store.ts';
import { loadRollupGraph } from './recompute.ts';
import { Rollup } from './rollup.ts';

/** Accumulator cells (16 bytes each) before a flush: about 100 MB. */
const CELL_BUDGET = 6_000_000;

export class LoadDeltas {
  private constructor(
    private readonly rollup: Rollup,
    private readonly io: RebuildIo,
    private readonly rolled: ReadonlySet<number>,
    private readonly budget: number,
  ) {}

  /** Prepares for a load that may write values of any of `unitIds` (their closure rows are added if missing). */
  static async open(trx: Kysely<Database>, store: Pick<Store, 'dialect' | 'sqlite'>, unitIds: readonly number[], budget = CELL_BUDGET): Promise<LoadDeltas> {
    await ensureClosure(trx, unitIds);
    const rolled = await trx.selectFrom('dataElements').select('id').where('hierarchyAggregation', '<>', 'none').execute();
    return new LoadDeltas(new Rollup(await loadRollupGraph(trx)), rebuildIo(trx, store), new Set(rolled.map((e) => e.id)), budget);
  }

  async add(changes: readonly ValueChange[]): Promise<void> {
    for (const c of changes) {
      if (!this.rolled.has(c.elementId) || (c.before ?? null) === (c.after ?? null)) continue;
      const count = (c.after === null ? 0 : 1) - (c.before === null ? 0 : 1);
      this.rollup.add(c.elementId, c.unitId, c.period, (c.after ?? 0) - (c.before ?? 0), count);
    }
    if (this.rollup.cells > this.budget) await this.flush();
  }

  async flush(): Promise<void> {
    await this.io.addRows(this.rollup.rows());
    this.rollup.clear();
  }
}
