/**
 * `dx-ioc units import DIR`: loads the administrative trees from CSV files (the layout of
 * shared/data/units) instead of the npm packages, so a province's Department of Science and
 * Technology can load the authoritative lists.
 *
 * How it combines with what is stored:
 * - Units from the same kind of source (any earlier CSV import) are matched by their version key
 *   (code, level, valid from) and skipped, as in `units load`: importing twice writes nothing.
 *   A corrected name in a re-imported file does not overwrite the stored version.
 * - Units from another source (the package load) are never mixed in: the import is refused.
 *   With `replace`, they are deleted first, in the same transaction, but only when nothing refers
 *   to them (values, submissions, scopes, aggregates): a unit with values is never deleted.
 * Everything happens in one transaction: a rejected import changes nothing. An import that wrote or replaced
 * anything changes the unit tree: the aggregates are recomputed (the closure first) in that transaction too.
 */
import { AppError } from '../../../domain/errors.ts';
import { basename, resolve } from 'node:path';
import type { Store } from '../../../store/db.ts';
import { writeUnitPlanIn, type UnitPlanWriteResult } from '../../../store/units/write.ts';
import { deleteOtherSources, referencesToOtherSources, unitSourcesOtherThan } from '../../../store/units/sources.ts';
import { withLargeCache } from '../../../store/values/bulk.ts';
import { recomputeIn, type RecomputeReport } from '../../../compute/aggregates/recompute.ts';
import { readUnitCsvDirectory } from './csv-files.ts';
import { planFromCsv, type CsvPlanCounts } from './plan-from-csv.ts';

/** Every CSV import's source starts with this; anything else is "another source". */
export const CSV_SOURCE_PREFIX = 'csv:';

export interface CsvImportReport extends UnitPlanWriteResult {
  source: string;
  /** true when every unit version was already in the store (nothing was written). */
  alreadyLoaded: boolean;
  /** Units of other sources deleted by `replace`. */
  replacedUnits: number;
  rows: {
    oldProvinces: number;
    oldDistricts: number;
    oldCommunes: number;
    newProvinces: number;
    newCommunes: number;
    provinceLineage: number;
    communeLineage: number;
  };
  counts: CsvPlanCounts;
  /** Lineage rows left out because they name a code the unit files do not list (file, row, column, code). */
  skippedLineage: string[];
  /** The recompute the tree change ran (null when nothing was written or replaced). */
  recomputed: RecomputeReport | null;
  durationMs: number;
}

export interface CsvImportOptions {
  /** Delete units of other sources first (refused when anything refers to them). */
  replace?: boolean;
  onProgress?: (msg: string) => void;
}

export async function importUnitsFromCsv(store: Store, dir: string, opts: CsvImportOptions = {}): Promise<CsvImportReport> {
  const started = Date.now();
  const progress = opts.onProgress ?? (() => {});
  const source = `${CSV_SOURCE_PREFIX}${basename(resolve(dir))}`;
  progress(`đọc tệp CSV trong ${dir}…`);
  const set = readUnitCsvDirectory(dir);
  const { plan, counts } = planFromCsv(set, source);
  progress(`kế hoạch: ${plan.units.length} phiên bản đơn vị, ${plan.events.length} sự kiện phả hệ`);

  return withLargeCache(store, () =>
    store.db.transaction().execute(async (trx) => {
      let replacedUnits = 0;
      const others = await unitSourcesOtherThan(trx, CSV_SOURCE_PREFIX);
      if (others.length) {
        const listed = others.map((o) => `${o.source} (${o.units})`).join(', ');
        if (!opts.replace) {
          throw new AppError(
            'CONFLICT',
            `Đã có đơn vị hành chính từ nguồn khác: ${listed}; không trộn hai nguồn. Dùng --replace để thay (chỉ khi chưa có số liệu gắn với chúng) / ` +
              `units from another source are stored: ${listed}; sources are not mixed. Use --replace to replace them (only when no data refers to them).`,
          );
        }
        const refs = await referencesToOtherSources(trx, CSV_SOURCE_PREFIX);
        if (Object.keys(refs).length) {
          const named = Object.entries(refs)
            .map(([table, n]) => `${table}: ${n}`)
            .join(', ');
          throw new AppError(
            'CONFLICT',
            `Không thay được: đơn vị của nguồn ${listed} đang được dùng (${named}); không xoá đơn vị có số liệu / ` +
              `cannot replace: units of ${listed} are referred to (${named}); units with data are never deleted.`,
          );
        }
        replacedUnits = await deleteOtherSources(trx, CSV_SOURCE_PREFIX);
        progress(`đã xoá ${replacedUnits} đơn vị của nguồn ${listed}`);
      }
      const written = await writeUnitPlanIn(trx, plan, progress);
      const insertedTotal = Object.values(written.inserted).reduce((a, b) => a + b, 0);
      const changed = insertedTotal > 0 || replacedUnits > 0;
      if (changed) progress('cây đơn vị đã thay đổi: tính lại số liệu tổng hợp…');
      const recomputed = changed ? await recomputeIn(trx, store) : null;
      return {
        source,
        alreadyLoaded: insertedTotal === 0,
        replacedUnits,
        ...written,
        rows: {
          oldProvinces: set.oldProvinces.length,
          oldDistricts: set.oldDistricts.length,
          oldCommunes: set.oldCommunes.length,
          newProvinces: set.newProvinces.length,
          newCommunes: set.newCommunes.length,
          provinceLineage: set.provinceLineage.length,
          communeLineage: set.communeLineage.length,
        },
        counts,
        skippedLineage: set.skippedLineage,
        recomputed,
        durationMs: Date.now() - started,
      };
    }),
  );
}
