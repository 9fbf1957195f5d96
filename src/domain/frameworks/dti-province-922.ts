/**
 * The provincial DTI under Quyết định 922/QĐ-BTTTT (editions 2021–2023): 1,000 points over eight main
 * indices; Đô thị thông minh is published but unscored. Each main index reads its published value (0..1)
 * from a data element `DTI_TINH.<code>`, which is how the Ministry publishes results.
 *
 * Assumption (see `note`): the component indicators of the annex are not modelled here; the main indices
 * and their maxima are the decision's. A province wanting component-level scoring adds them to an edition.
 */
import type { EditionDefinition, FrameworkDefinition, MainIndexDefinition } from './types.ts';

export const DTI_PROVINCE: FrameworkDefinition = {
  code: 'DTI_TINH',
  name: 'Bộ chỉ số đánh giá chuyển đổi số cấp tỉnh (DTI)',
  nameEn: 'Provincial Digital Transformation Index (DTI)',
  level: 'province',
  description: 'Bộ chỉ số quốc gia đánh giá chuyển đổi số của 63 (từ 2025: 34) tỉnh, thành phố trực thuộc Trung ương.',
};

/** The data element that holds a main index's published value. */
export const publishedElementCode = (framework: string, mainIndex: string): string => `${framework}.${mainIndex}`;

export const mainIndex = (framework: string, code: string, name: string, maxPoints: number, scored = true): MainIndexDefinition => ({
  code,
  name,
  maxPoints,
  scored,
  components: [],
  publishedElement: publishedElementCode(framework, code),
});

export const DTI_PILLARS = [
  { code: 'CQS', name: 'Chính quyền số' },
  { code: 'KTS', name: 'Kinh tế số' },
  { code: 'XHS', name: 'Xã hội số' },
];

/** The eight scored main indices and their maxima under 922/QĐ-BTTTT (1,000 points). */
export const DTI_922_MAIN_INDICES: ReadonlyArray<readonly [code: string, name: string, maxPoints: number]> = [
  ['NHAN_THUC_SO', 'Nhận thức số', 100],
  ['THE_CHE_SO', 'Thể chế số', 100],
  ['HA_TANG_SO', 'Hạ tầng số', 100],
  ['NHAN_LUC_SO', 'Nhân lực số', 100],
  ['AN_TOAN_THONG_TIN', 'An toàn thông tin mạng', 100],
  ['HOAT_DONG_CQS', 'Hoạt động chính quyền số', 200],
  ['KINH_TE_SO', 'Hoạt động kinh tế số', 150],
  ['XA_HOI_SO', 'Hoạt động xã hội số', 150],
];

export function dtiProvince922(edition: string): EditionDefinition {
  const main = (code: string, name: string, maxPoints: number, scored = true) => mainIndex(DTI_PROVINCE.code, code, name, maxPoints, scored);
  return {
    framework: DTI_PROVINCE.code,
    edition,
    name: `Chỉ số chuyển đổi số cấp tỉnh (DTI) năm ${edition}`,
    legalBasis: 'Quyết định số 922/QĐ-BTTTT ngày 20/5/2022 của Bộ Thông tin và Truyền thông',
    validFrom: edition,
    validTo: edition,
    note:
      'Chỉ số chính và điểm tối đa theo Quyết định 922/QĐ-BTTTT (tổng 1.000 điểm; Đô thị thông minh công bố nhưng không tính điểm). ' +
      'Giả định: chưa mô hình hoá các chỉ số thành phần của phụ lục; giá trị chỉ số chính nhập theo kết quả công bố (phần tử DTI_TINH.<mã>). ' +
      '/ Main indices and maxima as in the decision; component indicators of the annex are not modelled (assumption).',
    mainIndices: [
      ...DTI_922_MAIN_INDICES.map(([code, name, maxPoints]) => main(code, name, maxPoints)),
      main('DO_THI_THONG_MINH', 'Đô thị thông minh', 0, false),
    ],
    pillars: DTI_PILLARS,
  };
}
