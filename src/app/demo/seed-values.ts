/**
 * The figures the seed articles report, as data values: (element, unit, period) → value, each citing its
 * article. Rates that the articles state next to a count and a total are NOT entered: they are computed
 * (so "17/19 … đạt tỷ lệ 89,4%" shows up as 89,47%). Commune-level figures are generated in demo/index.ts.
 */
import type { SourceKey } from './sources.ts';

export interface DemoValue {
  element: string;
  unit: string;
  period: string;
  value: number;
  source: SourceKey;
  comment?: string;
}

type Row = [element: string, value: number, comment?: string];

function figures(unit: string, period: string, source: SourceKey, rows: Row[]): DemoValue[] {
  return rows.map(([element, value, comment]) => ({ element, unit, period, value, source, ...(comment ? { comment } : {}) }));
}

export const DEMO_VALUES: DemoValue[] = [
  // Đắk Nông (67), cuối năm 2022 — bài 11/11/2022
  ...figures('67', '2022S2', 'dakNong2022', [
    ['KH_CDS_DV_BAN_HANH', 27, '27/27 cơ quan, đơn vị, địa phương đã ban hành kế hoạch'],
    ['KH_CDS_DV_TONG', 27],
    ['TL_THON_4G', 98],
    ['TL_NGUOI_DUNG_INTERNET', 73.08],
    ['TL_THUE_BAO_SMARTPHONE', 88.74],
    ['TB_BRDD_100_DAN', 75.12],
    ['VUNG_LOM_DA_PHU', 6, '06/10 vùng lõm sóng, thôn lõm sóng'],
    ['VUNG_LOM_TONG', 10],
    ['TL_VB_DIEN_TU', 91.3],
    ['SO_NGANH_QR_TTHC', 17, 'Bài báo ghi "17/19 Sở, ban, ngành (đạt tỷ lệ 89,4%)"; 17/19 = 89,47%'],
    ['SO_NGANH_TONG', 19],
    ['HUYEN_QR_TTHC', 8, '08/08 huyện, thành phố'],
    ['HUYEN_TONG', 8],
    ['DVC_MUC3', 423],
    ['DVC_MUC4', 653],
    ['DVC_MUC3_CO_HS', 120, 'Bài báo ghi "đạt tỷ lệ 28,3%"; 120/423 = 28,37%'],
    ['DVC_MUC4_CO_HS', 110, 'Bài báo ghi "đạt tỷ lệ 16,8%"; 110/653 = 16,85%'],
    ['TTHC_KET_NOI_DVCQG', 436],
    ['HS_TRUC_TUYEN_MUC3', 73115],
    ['HS_TRUC_TUYEN_MUC4', 26254],
    ['TL_HS_TRUC_TUYEN_MUC3', 67.6],
    ['TL_HS_TRUC_TUYEN_MUC4', 34],
    ['DOAN_VIEN_SO_HOA', 28514, 'Bài báo ghi "tỷ lệ 91,53%"; 28.514/31.181 = 91,45%'],
    ['DOAN_VIEN_TONG', 31181],
    ['OCOP_LEN_SAN', 47, '47/47 sản phẩm OCOP'],
    ['OCOP_TONG', 47],
    ['SP_NONG_NGHIEP_LEN_SAN', 1098],
    ['HO_SXNN_SO_HOA', 111390, 'Đạt 92,8%'],
    ['HO_SXKD_DAO_TAO_KNS', 120037, 'Đạt tỷ lệ 72%'],
    ['TL_DN_HOA_DON_DT', 100],
    ['HSSK_CO_TAI_KHOAN', 662386, '662.386/664.416 đạt tỷ lệ 99,7%'],
    ['HSSK_TONG', 664416],
    ['SO_ATM', 80],
    ['SO_POS', 307, 'Ước đến 31/12/2022'],
  ]),
  ...figures('67', '2022', 'dakNong2022', [
    ['DOANH_THU_CNTT', 1607294, 'Lũy kế đến hết tháng 9/2022, ước tính'],
    ['TL_KTS_GRDP', 6.64, 'Ước tính; tăng 0,25 điểm % so với năm 2021'],
  ]),
  ...figures('67', '2021', 'dakNong2022', [['TL_KTS_GRDP', 6.39]]),
  ...figures('67', '2021', 'nationalCommittee2022', [['DTI_XEP_HANG', 41, 'Tăng 13 bậc so với năm 2020']]),
  ...figures('67', '2020', 'nationalCommittee2022', [['DTI_XEP_HANG', 54, 'Suy ra: năm 2021 xếp 41, tăng 13 bậc']]),
  ...figures('67', '2022S1', 'nationalCommittee2022', [
    ['DVC_MUC3', 516],
    ['DVC_MUC4', 272],
    ['TTHC_KET_NOI_DVCQG', 437],
    ['SP_NONG_NGHIEP_LEN_SAN', 630],
    ['OCOP_LEN_SAN', 47, '47/52 sản phẩm OCOP'],
    ['OCOP_TONG', 52],
    ['TL_HO_CO_MAY_TINH', 23.17],
    ['TL_NGUOI_DUNG_INTERNET', 73.08],
    ['TL_DN_HOA_DON_DT', 100, 'Đến 29/6/2022 (99,5% đến 15/6/2022)'],
  ]),
  // Đắk Nông (67), năm 2023 — hội thảo 2022–2023
  ...figures('67', '2023S2', 'dakNong2023', [
    ['TL_DAN_SO_4G', 99],
    ['THON_BANG_RONG', 585, 'Bài báo ghi "đạt tỷ lệ 93,8%"; 585/624 = 93,75%'],
    ['THON_TONG', 624],
    ['CSGD_TTKDTM', 207, 'Bài báo ghi "đạt tỷ lệ 88,9%"; 207/233 = 88,84%'],
    ['CSGD_TONG', 233],
  ]),
  // Bắc Kạn (06), năm 2022
  ...figures('06', '2022S2', 'bacKan2022', [
    ['TL_DVCTT_TOAN_TRINH', 100],
    ['TL_DVCTT_CO_HS', 55],
    ['TL_HS_TTHC_TRUC_TUYEN', 28],
    ['TL_DN_HOA_DON_DT', 100],
    ['THUE_BAO_SMARTPHONE', 192579],
    ['MAT_DO_DIEN_THOAI', 90.5],
    ['THUE_BAO_INTERNET', 224065],
    ['MAT_DO_INTERNET', 62],
  ]),
  // Ninh Thuận (58), 6 tháng đầu năm 2023
  ...figures('58', '2023S1', 'ninhThuan2023S1', [
    ['TO_CNS_CAP_XA', 65],
    ['TO_CNS_CAP_XA_THANH_VIEN', 840],
    ['TO_CNS_CAP_THON', 446],
    ['TO_CNS_CAP_THON_THANH_VIEN', 2439],
    ['TL_HO_CAP_QUANG', 90],
    ['TL_THON_CAP_QUANG', 100],
    ['TL_DVCTT_TOAN_TRINH', 100, 'DVCTT toàn trình được cung cấp trên nhiều phương tiện, gồm cả thiết bị di động'],
    ['TL_HS_TTHC_TRUC_TUYEN', 81.17, 'Vượt 11,17%'],
    ['TL_VB_DIEN_TU_CAP_TINH', 98.95],
    ['TL_VB_DIEN_TU_CAP_HUYEN', 96.58],
    ['TL_VB_DIEN_TU_CAP_XA', 92.35],
    ['TL_OCOP_LEN_SAN', 91.79],
    ['TL_DNNVV_NEN_TANG_SO', 100],
    ['TL_DN_HOA_DON_DT', 100],
    ['TL_TAI_KHOAN_15T', 70],
    ['TL_NGUOI_DAN_HSSK', 93.1, 'Vượt 3,1%'],
    ['TL_DVCTT_CO_HS', 33.25],
  ]),
  ...figures('58', '2022', 'ninhThuan2023S1', [
    ['DTI_TINH', 0.5934, 'Công bố tháng 7/2023; tăng 94,69% so với năm 2021'],
    ['DTI_XEP_HANG', 27, 'Xếp thứ 27/63, tăng 26 bậc so với năm 2021'],
  ]),
  ...figures('58', '2021', 'ninhThuan2023S1', [
    ['DTI_TINH', 0.3048, 'Suy ra: 0,5934 / 1,9469 (năm 2022 tăng 94,69%)'],
    ['DTI_XEP_HANG', 53, 'Suy ra: năm 2022 xếp 27, tăng 26 bậc'],
  ]),
];

/** Đà Nẵng (48), DTI 2022 main-index values as published (Σ value × max / 1.000 = 0,8002). */
const DTI_2022_DA_NANG: Array<[string, number]> = [
  ['NHAN_THUC_SO', 1.0],
  ['THE_CHE_SO', 0.9],
  ['HA_TANG_SO', 0.8253],
  ['NHAN_LUC_SO', 0.8487],
  ['AN_TOAN_THONG_TIN', 0.7578],
  ['HOAT_DONG_CQS', 0.8575],
  ['KINH_TE_SO', 0.7836],
  ['XA_HOI_SO', 0.5197],
];

export const DEMO_DTI_VALUES: DemoValue[] = figures(
  '48',
  '2022',
  'dti2022',
  DTI_2022_DA_NANG.map(([code, value]) => [`DTI_TINH.${code}`, value]),
);
