/**
 * The provincial DTI from 2024 under Quyết định 405/QĐ-BKHCN ngày 03/4/2025 of the Ministry of Science
 * and Technology. What is known: three pillars (chính quyền số, kinh tế số, xã hội số); eight main indices
 * with 47 component indicators: the common foundation (nhận thức số, thể chế số, hạ tầng số, nhân lực số,
 * an toàn thông tin mạng) and the activities (chính quyền số, kinh tế số, xã hội số).
 *
 * ASSUMPTIONS (stated in `note` too): the maxima below repeat 922's (1,000 points), Đô thị thông minh is
 * left out, and the 47 components are not modelled; values are entered as published main-index values.
 */
import { DTI_922_MAIN_INDICES, DTI_PILLARS, DTI_PROVINCE, mainIndex } from './dti-province-922.ts';
import type { EditionDefinition } from './types.ts';

export function dtiProvince405(edition = '2024'): EditionDefinition {
  const main = (code: string, name: string, maxPoints: number) => mainIndex(DTI_PROVINCE.code, code, name, maxPoints);
  return {
    framework: DTI_PROVINCE.code,
    edition,
    name: `Chỉ số chuyển đổi số cấp tỉnh (DTI) năm ${edition}`,
    legalBasis: 'Quyết định số 405/QĐ-BKHCN ngày 03/4/2025 của Bộ Khoa học và Công nghệ',
    validFrom: edition,
    validTo: null,
    previousEdition: '2023',
    note:
      'Theo 405/QĐ-BKHCN: 3 trụ cột, 8 chỉ số chính, 47 chỉ số thành phần. GIẢ ĐỊNH: điểm tối đa từng chỉ số chính lấy như 922/QĐ-BTTTT (tổng 1.000); ' +
      'không có Đô thị thông minh; chưa mô hình hoá 47 chỉ số thành phần (nhập giá trị chỉ số chính đã công bố). ' +
      '/ ASSUMPTIONS: per-index maxima copied from 922 (1,000 total); no smart-city index; the 47 components are not modelled.',
    // Assumption: the same eight main indices and maxima as 922 (see the note).
    mainIndices: DTI_922_MAIN_INDICES.map(([code, name, maxPoints]) => main(code, name, maxPoints)),
    pillars: DTI_PILLARS,
  };
}
