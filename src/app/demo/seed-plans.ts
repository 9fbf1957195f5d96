/**
 * Plans (kế hoạch) and their targets as the seed articles cite them. Targets are only entered where a
 * text states them or where a reported gap implies them ("81,17%, vượt 11,17%" ⇒ 70%); the label says which.
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
      national('CT_DVCTT_TOAN_TRINH', 80, 'Chính phủ số'),
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
