/**
 * The demo's reporting forms (biểu mẫu): the provinces' half-yearly DX report and the communes' digital
 * infrastructure report. Their submissions are submitted and approved on the articles' dates.
 */
import type { Dataset } from '../../domain/validation-dataset.ts';
import { DEMO_ELEMENTS } from './seed-elements.ts';

const SECTIONS: Array<[prefix: RegExp, section: string]> = [
  [/^KH_CDS/, 'Thể chế số'],
  [/^(XA_|THON_|VUNG_LOM|TL_THON|TL_DAN_SO|TL_NGUOI_DUNG|TL_THUE_BAO|TB_BRDD|TL_HO_|THUE_BAO|MAT_DO)/, 'Hạ tầng số'],
  [/^(TL_VB|SO_NGANH|HUYEN_|DVC|TTHC|HS_|TL_HS|TL_DVCTT|DOAN_VIEN)/, 'Chính quyền số'],
  [/^(DOANH_THU|TL_KTS|OCOP|SP_|HO_S|TL_DN|TL_OCOP)/, 'Kinh tế số'],
];

const sectionOf = (code: string): string => SECTIONS.find(([re]) => re.test(code))?.[1] ?? 'Xã hội số';

export const PROVINCE_REPORT = 'BC_CDS_TINH_6T';
export const COMMUNE_REPORT = 'HA_TANG_SO_XA';

export const DEMO_DATASETS: Dataset[] = [
  {
    code: PROVINCE_REPORT,
    name: 'Báo cáo kết quả chuyển đổi số 6 tháng và cả năm (cấp tỉnh)',
    nameEn: 'Half-yearly digital transformation report (province)',
    periodType: 'semiannual',
    deadlineDays: 15,
    elements: DEMO_ELEMENTS.filter((e) => e.periodType === 'semiannual' && e.code !== 'XA_CAP_QUANG' && e.code !== 'XA_TONG').map((e) => ({
      code: e.code,
      section: sectionOf(e.code),
      evidenceRequired: false,
    })),
    units: ['67', '06', '58', '68', '19', '56'].map((unit) => ({ unit })),
  },
  {
    code: COMMUNE_REPORT,
    name: 'Hạ tầng số cấp xã (kết nối cáp quang đến trung tâm xã)',
    nameEn: 'Commune digital infrastructure (fibre to the commune centre)',
    periodType: 'semiannual',
    deadlineDays: 10,
    elements: [
      { code: 'XA_CAP_QUANG', section: 'Hạ tầng số', evidenceRequired: false },
      { code: 'XA_TONG', section: 'Hạ tầng số', evidenceRequired: false },
    ],
    units: [
      { unit: '67', level: 'commune' },
      { unit: '68', level: 'commune' },
    ],
  },
];
