/**
 * Plans (kế hoạch) and their targets as the seed articles cite them. Targets are only entered where a
 * text states them or where a reported gap implies them ("81,17%, vượt 11,17%" ⇒ 70%); the label says which.
 * A plan whose other targets are unknown keeps only these (Ninh Thuận's 19 chỉ tiêu: 2 known); what the unit
 * reported of its progress ("8/19 chỉ tiêu đạt và vượt kế hoạch") is a reported figure (KH_CT_DAT / KH_CT_TONG,
 * seed-values.ts), shown beside what the targets compute — never turned into invented targets.
 */
export interface DemoTarget {
  indicator: string;
  unit: string;
  period: string;
  value: number;
  comparison: '>=' | '<=' | '=';
  group?: string;
  label?: string;
}

export interface DemoPlan {
  code: string;
  name: string;
  nameEn: string;
  legalBasis: string;
  unitCode: string;
  startPeriod: string;
  endPeriod: string;
  targets: DemoTarget[];
}

const QD749 = 'Mục tiêu đến năm 2025, Quyết định 749/QĐ-TTg';

function national(indicator: string, value: number, group: string): DemoTarget {
  return { indicator, unit: 'VN', period: '2025', value, comparison: '>=', group, label: QD749 };
}

/** A 2022 level of the national plan, as the National Committee's 3rd session compares the first half with it. */
function plan2022(indicator: string, value: number, group: string, label: string): DemoTarget {
  return { indicator, unit: 'VN', period: '2022', value, comparison: '>=', group, label };
}

export const DEMO_PLANS: DemoPlan[] = [
  {
    code: 'QD749',
    name: 'Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030',
    nameEn: 'National Digital Transformation Programme to 2025, orientation to 2030',
    legalBasis: 'Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ',
    unitCode: 'VN',
    startPeriod: '2020',
    endPeriod: '2025',
    targets: [
      // "80% dịch vụ công trực tuyến mức độ 4, được cung cấp trên nhiều phương tiện truy cập khác nhau, bao gồm cả thiết bị di động"
      national('CT_DVCTT_DA_PHUONG_TIEN', 80, 'Chính phủ số'),
      national('CT_VB_DIEN_TU_CAP_TINH', 90, 'Chính phủ số'),
      national('CT_VB_DIEN_TU_CAP_HUYEN', 80, 'Chính phủ số'),
      national('CT_VB_DIEN_TU_CAP_XA', 60, 'Chính phủ số'),
      national('CT_KTS_GRDP', 20, 'Kinh tế số'),
      national('CT_HO_CAP_QUANG', 80, 'Xã hội số'),
      national('CT_XA_CAP_QUANG', 100, 'Xã hội số'),
      national('CT_TAI_KHOAN_15T', 50, 'Xã hội số'),
    ],
  },
  {
    code: 'UBQG_KH_2022',
    name: 'Mức kế hoạch năm 2022 về chuyển đổi số quốc gia (Bộ TT&TT báo cáo tại Phiên họp thứ 3 của Ủy ban Quốc gia về chuyển đổi số)',
    nameEn: 'National digital transformation plan levels for 2022 (as reported at the 3rd session of the National Committee)',
    legalBasis:
      'Mức kế hoạch năm 2022 bài "Phiên họp thứ 3 của Ủy ban Quốc gia về chuyển đổi số" (09/08/2022) so sánh với kết quả 6 tháng đầu năm; bài không nêu số, ngày văn bản',
    unitCode: 'VN',
    startPeriod: '2022',
    endPeriod: '2022',
    targets: [
      plan2022('CT_TMDT_BAN_LE', 7, 'Kinh tế số', 'Bài báo: "(kế hoạch là 7%)"'),
      plan2022('CT_TAI_KHOAN_15T', 65, 'Xã hội số', 'Suy ra từ "đạt 66% (vượt 1%)"'),
      plan2022('CT_TRUONG_THANH_SMARTPHONE', 85, 'Xã hội số', 'Bài báo: "(kế hoạch 85%)"'),
      plan2022('CT_HO_INTERNET_CAP_QUANG', 75, 'Xã hội số', 'Bài báo: "(kế hoạch 75%)"'),
      plan2022('CT_DVCTT_CO_HS', 80, 'Chính phủ số', 'Bài báo: "(kế hoạch 80%)"'),
    ],
  },
  {
    code: 'NT_KH_CDS_2023',
    name: 'Kế hoạch hoạt động chuyển đổi số năm 2023 tỉnh Ninh Thuận (19 chỉ tiêu, 3 nhóm mục tiêu)',
    nameEn: 'Ninh Thuan digital transformation action plan 2023 (19 targets in 3 groups)',
    legalBasis: 'Kế hoạch hoạt động năm 2023 của Ban Chỉ đạo chuyển đổi số tỉnh Ninh Thuận',
    unitCode: '58',
    startPeriod: '2023',
    endPeriod: '2023',
    targets: [
      {
        indicator: 'CT_HS_TRUC_TUYEN',
        unit: '58',
        period: '2023',
        value: 70,
        comparison: '>=',
        group: 'Chính quyền số',
        label: 'Suy ra từ "đạt 81,17%, vượt 11,17%"',
      },
      {
        indicator: 'CT_NGUOI_DAN_HSSK',
        unit: '58',
        period: '2023',
        value: 90,
        comparison: '>=',
        group: 'Kinh tế số và xã hội số',
        label: 'Suy ra từ "đạt 93,1%, vượt 3,1%"',
      },
    ],
  },
  {
    code: 'DN_KH_CDS_2022',
    name: 'Kế hoạch chuyển đổi số năm 2022 tỉnh Đắk Nông',
    nameEn: 'Dak Nong digital transformation plan 2022',
    legalBasis: 'Quyết định số 231/QĐ-UBND ngày 26/01/2022 của UBND tỉnh Đắk Nông; kế hoạch giai đoạn 05 năm: Quyết định số 570/QĐ-UBND ngày 21/3/2022',
    unitCode: '67',
    startPeriod: '2022',
    endPeriod: '2022',
    targets: [],
  },
  {
    code: 'BK_DE_AN_CDS_2022_2025',
    name: 'Đề án tổng thể Chuyển đổi số tỉnh Bắc Kạn giai đoạn 2022–2025, định hướng đến năm 2030',
    nameEn: 'Bac Kan digital transformation master plan 2022–2025, orientation to 2030',
    legalBasis: 'Quyết định số 676/QĐ-UBND ngày 26/4/2022 của UBND tỉnh Bắc Kạn',
    unitCode: '06',
    startPeriod: '2022',
    endPeriod: '2025',
    targets: [],
  },
];
