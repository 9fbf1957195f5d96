/**
 * The demo's reporting forms (biểu mẫu): the provinces' half-yearly DX report, the national half-yearly report
 * (what Bộ TT&TT reports for the whole country, VN) and the communes' digital infrastructure report. Their
 * submissions are submitted and approved on the articles' dates.
 */
import type { Dataset } from '../../domain/validation-dataset.ts';
import { DEMO_ELEMENTS } from './seed-elements.ts';

const SECTIONS: Array<[prefix: RegExp, section: string]> = [
  [/^(KH_|TL_CQ_CHUYEN|TL_CQ_XA_KIEM|TL_CQ_BCD)/, 'Thể chế số'],
  [/^TL_DAN_SO_MUA/, 'Kinh tế số'],
  [
    /^(XA_|THON_|VUNG_LOM|TL_THON|TL_DAN_SO|TL_NGUOI_DUNG|TL_THUE_BAO|TL_TRUONG_THANH|SMP_|TB_BRDD|TL_HO_|THUE_BAO|MAT_DO|TL_XA_PHU|TL_CQ_CAP|TL_CQ_TSLCD|TL_CSGD_INTERNET|TOC_DO|MAY_TINH)/,
    'Hạ tầng số',
  ],
  [/^(TL_VB|TL_CQ_QLVB|DV_MOT_CUA|SO_NGANH|HUYEN_|DVC|TTHC|HS_|TL_HS|TL_DVCTT|DOAN_VIEN|NEN_TANG_QG)/, 'Chính quyền số'],
  [/^(DOANH_THU|DN_CNS|TL_KTS|OCOP|SP_|HO_S|TL_DN|TL_OCOP|GIAO_DICH|TL_TMDT|NEN_TANG_SO)/, 'Kinh tế số'],
];

const sectionOf = (code: string): string => SECTIONS.find(([re]) => re.test(code))?.[1] ?? 'Xã hội số';

export const PROVINCE_REPORT = 'BC_CDS_TINH_6T';
export const NATIONAL_REPORT = 'BC_CDS_QUOC_GIA_6T';
export const COMMUNE_REPORT = 'HA_TANG_SO_XA';

/** Measures only the whole country reports (national platforms, the national programme's computers…). */
const NATIONAL_ONLY = /^(NEN_TANG_|MAY_TINH_SONG|TOC_DO_BR_CO_DINH|TOC_DO_BR_DI_DONG|TL_TMDT_BAN_LE|TL_TRUONG_THANH|TL_HO_INTERNET_CAP_QUANG)/;
/** What the national report collects besides those: the measures the provinces share with it. */
const NATIONAL_SHARED = new Set(['TL_DN_HOA_DON_DT', 'TL_TAI_KHOAN_15T', 'TL_DVCTT_CO_HS', 'VUNG_LOM_DA_PHU', 'VUNG_LOM_TONG']);
const semiannual = DEMO_ELEMENTS.filter((e) => e.periodType === 'semiannual');
const entry = (code: string) => ({ code, section: sectionOf(code), evidenceRequired: false });

export const DEMO_DATASETS: Dataset[] = [
  {
    code: PROVINCE_REPORT,
    name: 'Báo cáo kết quả chuyển đổi số 6 tháng và cả năm (cấp tỉnh)',
    nameEn: 'Half-yearly digital transformation report (province)',
    periodType: 'semiannual',
    deadlineDays: 15,
    elements: semiannual.filter((e) => e.code !== 'XA_CAP_QUANG' && e.code !== 'XA_TONG' && !NATIONAL_ONLY.test(e.code)).map((e) => entry(e.code)),
    units: ['67', '06', '58', '68', '19', '56'].map((unit) => ({ unit })),
  },
  {
    code: NATIONAL_REPORT,
    name: 'Báo cáo kết quả chuyển đổi số quốc gia 6 tháng và cả năm (Bộ Thông tin và Truyền thông)',
    nameEn: 'Half-yearly national digital transformation report (Ministry of Information and Communications)',
    periodType: 'semiannual',
    deadlineDays: 30,
    elements: semiannual.filter((e) => NATIONAL_ONLY.test(e.code) || NATIONAL_SHARED.has(e.code)).map((e) => entry(e.code)),
    units: [{ unit: 'VN' }],
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
