/**
 * EXAMPLE — a province's own DTI for its departments (sở, ban, ngành) and its communes, as a province
 * would define it in its own decision. Not an official framework: it shows every scoring rule kind, data
 * sources bound to data elements and pillar tags. Codes start with VIDU ("ví dụ", example).
 */
import type { DataElement } from '../metadata.ts';
import { DTI_PILLARS } from './dti-province-922.ts';
import type { FrameworkBundle } from './types.ts';

const LEGAL = 'VÍ DỤ — không phải văn bản chính thức / EXAMPLE, not an official decision';

const element = (code: string, name: string, nameEn: string, valueType: DataElement['valueType'], unitOfMeasure?: string): DataElement => ({
  code,
  name,
  nameEn,
  valueType,
  timeAggregation: 'last',
  hierarchyAggregation: 'none',
  periodType: 'yearly',
  ...(unitOfMeasure ? { unitOfMeasure } : {}),
});

export const DEPARTMENT_EXAMPLE: FrameworkBundle = {
  framework: { code: 'VIDU_DTI_SO', name: 'VÍ DỤ: Bộ chỉ số chuyển đổi số cấp sở', nameEn: 'EXAMPLE: departmental DTI', level: 'agency', description: LEGAL },
  elements: [
    element('VIDU_SO.KE_HOACH_CDS', 'Đã ban hành kế hoạch chuyển đổi số năm', 'Annual DX plan issued', 'boolean'),
    element('VIDU_SO.TY_LE_HS_TRUC_TUYEN', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'Share of fully online applications', 'percentage', '%'),
    element('VIDU_SO.SO_CSDL', 'Số cơ sở dữ liệu chuyên ngành đã kết nối', 'Connected sector databases', 'integer'),
    element('VIDU_SO.MUC_ATTT', 'Mức đảm bảo an toàn hệ thống thông tin', 'Information security level', 'text'),
    element('VIDU_SO.THOI_GIAN_XU_LY', 'Thời gian xử lý hồ sơ trung bình (ngày)', 'Average processing time (days)', 'number', 'ngày'),
    element('VIDU_SO.CAN_BO_DAO_TAO', 'Số cán bộ được đào tạo kỹ năng số', 'Staff trained in digital skills', 'integer'),
  ],
  editions: [
    {
      framework: 'VIDU_DTI_SO',
      edition: '2024',
      name: 'VÍ DỤ: DTI cấp sở năm 2024',
      legalBasis: LEGAL,
      validFrom: '2024',
      validTo: null,
      note: 'Ví dụ minh hoạ đủ các loại quy tắc chấm điểm / example showing every scoring rule kind.',
      pillars: DTI_PILLARS,
      mainIndices: [
        {
          code: 'THE_CHE',
          name: 'Thể chế số',
          maxPoints: 200,
          components: [
            {
              code: 'KE_HOACH',
              name: 'Ban hành kế hoạch chuyển đổi số',
              maxPoints: 100,
              rule: { kind: 'boolean' },
              pillars: ['CQS'],
              source: { element: 'VIDU_SO.KE_HOACH_CDS' },
            },
            {
              code: 'ATTT',
              name: 'Mức đảm bảo an toàn hệ thống thông tin',
              maxPoints: 100,
              rule: { kind: 'categorical', points: { 'cấp 1': 25, 'cấp 2': 50, 'cấp 3': 75, 'cấp 4': 100 } },
              source: { element: 'VIDU_SO.MUC_ATTT' },
            },
          ],
        },
        {
          code: 'HOAT_DONG',
          name: 'Hoạt động chính quyền số',
          maxPoints: 600,
          components: [
            {
              code: 'HS_TRUC_TUYEN',
              name: 'Tỷ lệ hồ sơ trực tuyến toàn trình',
              maxPoints: 300,
              rule: { kind: 'ratio', percent: true },
              pillars: ['CQS', 'XHS'],
              source: { element: 'VIDU_SO.TY_LE_HS_TRUC_TUYEN' },
            },
            {
              code: 'CSDL',
              name: 'Cơ sở dữ liệu chuyên ngành đã kết nối',
              maxPoints: 150,
              rule: {
                kind: 'steps',
                steps: [
                  { min: 0, points: 0 },
                  { min: 1, points: 50 },
                  { min: 3, points: 100 },
                  { min: 5, points: 150 },
                ],
              },
              pillars: ['CQS'],
              source: { element: 'VIDU_SO.SO_CSDL' },
            },
            {
              code: 'THOI_GIAN',
              name: 'Thời gian xử lý hồ sơ (ngày, thấp là tốt)',
              maxPoints: 150,
              rule: { kind: 'minmax', worst: 15, best: 3 },
              pillars: ['XHS'],
              source: { element: 'VIDU_SO.THOI_GIAN_XU_LY' },
            },
          ],
        },
        {
          code: 'NHAN_LUC',
          name: 'Nhân lực số',
          maxPoints: 200,
          components: [
            {
              code: 'DAO_TAO',
              name: 'Cán bộ được đào tạo kỹ năng số (mục tiêu 50 người)',
              maxPoints: 200,
              rule: { kind: 'target', target: 50 },
              pillars: ['CQS'],
              source: { element: 'VIDU_SO.CAN_BO_DAO_TAO' },
            },
          ],
        },
      ],
    },
  ],
};

export const COMMUNE_EXAMPLE: FrameworkBundle = {
  framework: { code: 'VIDU_DTI_XA', name: 'VÍ DỤ: Bộ chỉ số chuyển đổi số cấp xã', nameEn: 'EXAMPLE: commune DTI', level: 'commune', description: LEGAL },
  elements: [
    element('VIDU_XA.TY_LE_THON_CAP_QUANG', 'Tỷ lệ thôn có cáp quang', 'Share of villages with fibre', 'percentage', '%'),
    element('VIDU_XA.TO_CNS', 'Có tổ công nghệ số cộng đồng hoạt động', 'Community digital team active', 'boolean'),
    element('VIDU_XA.TY_LE_TT_KHONG_TIEN_MAT', 'Tỷ lệ hộ thanh toán không dùng tiền mặt', 'Share of households paying cashless', 'percentage', '%'),
  ],
  editions: [
    {
      framework: 'VIDU_DTI_XA',
      edition: '2024',
      name: 'VÍ DỤ: DTI cấp xã năm 2024',
      legalBasis: LEGAL,
      validFrom: '2024',
      validTo: null,
      pillars: DTI_PILLARS,
      mainIndices: [
        {
          code: 'HA_TANG',
          name: 'Hạ tầng số',
          maxPoints: 400,
          components: [
            {
              code: 'CAP_QUANG',
              name: 'Tỷ lệ thôn có cáp quang',
              maxPoints: 400,
              rule: { kind: 'ratio' },
              pillars: ['XHS'],
              source: { element: 'VIDU_XA.TY_LE_THON_CAP_QUANG', scale: 0.01 },
            },
          ],
        },
        {
          code: 'XA_HOI_SO',
          name: 'Xã hội số',
          maxPoints: 600,
          components: [
            {
              code: 'TO_CNS',
              name: 'Tổ công nghệ số cộng đồng',
              maxPoints: 200,
              rule: { kind: 'boolean' },
              pillars: ['XHS'],
              source: { element: 'VIDU_XA.TO_CNS' },
            },
            {
              code: 'KHONG_TIEN_MAT',
              name: 'Thanh toán không dùng tiền mặt (mục tiêu 50%)',
              maxPoints: 400,
              rule: { kind: 'target', target: 50 },
              pillars: ['KTS'],
              source: { element: 'VIDU_XA.TY_LE_TT_KHONG_TIEN_MAT' },
            },
          ],
        },
      ],
    },
  ],
};
