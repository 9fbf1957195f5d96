/**
 * The provincial DTI under Quyết định 922/QĐ-BTTTT (editions 2021–2023): 1,000 points over eight main
 * indices; Đô thị thông minh is published but unscored. Component lists are in the decision's annex and
 * are loaded per edition; this skeleton carries the main indices and their maxima.
 */
import type { FrameworkEdition, MainIndex } from '../framework.ts';

const main = (code: string, name: string, maxPoints: number, scored = true): MainIndex => ({ code, name, maxPoints, scored, components: [] });

export function dtiProvince922(edition: string): FrameworkEdition {
  return {
    framework: 'DTI_TINH',
    edition,
    name: `Chỉ số chuyển đổi số cấp tỉnh (DTI) năm ${edition}`,
    legalBasis: 'Quyết định số 922/QĐ-BTTTT ngày 20/5/2022 của Bộ Thông tin và Truyền thông',
    mainIndices: [
      main('NHAN_THUC_SO', 'Nhận thức số', 100),
      main('THE_CHE_SO', 'Thể chế số', 100),
      main('HA_TANG_SO', 'Hạ tầng số', 100),
      main('NHAN_LUC_SO', 'Nhân lực số', 100),
      main('AN_TOAN_THONG_TIN', 'An toàn thông tin mạng', 100),
      main('HOAT_DONG_CQS', 'Hoạt động chính quyền số', 200),
      main('KINH_TE_SO', 'Hoạt động kinh tế số', 150),
      main('XA_HOI_SO', 'Hoạt động xã hội số', 150),
      main('DO_THI_THONG_MINH', 'Đô thị thông minh', 0, false),
    ],
    pillars: [
      { code: 'CQS', name: 'Chính quyền số' },
      { code: 'KTS', name: 'Kinh tế số' },
      { code: 'XHS', name: 'Xã hội số' },
    ],
  };
}
