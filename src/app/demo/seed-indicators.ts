/**
 * Indicators (chỉ tiêu) over the demo data elements. Where the articles give counts, the indicator is a
 * ratio of sums (numerator / denominator × 100); where they give only a rate, it passes the rate through.
 */
export interface DemoIndicator {
  code: string;
  name: string;
  nameEn: string;
  numerator: string;
  denominator: string | null;
  factor: number;
  unitOfMeasure: string;
  decimals: number;
  direction: 'higher_is_better' | 'lower_is_better';
}

function ratio(code: string, name: string, nameEn: string, numerator: string, denominator: string): DemoIndicator {
  return {
    code,
    name,
    nameEn,
    numerator: `#{${numerator}}`,
    denominator: `#{${denominator}}`,
    factor: 100,
    unitOfMeasure: '%',
    decimals: 2,
    direction: 'higher_is_better',
  };
}

function reported(code: string, name: string, nameEn: string, element: string, unitOfMeasure = '%', decimals = 2): DemoIndicator {
  return { code, name, nameEn, numerator: `#{${element}}`, denominator: null, factor: 1, unitOfMeasure, decimals, direction: 'higher_is_better' };
}

export const DEMO_INDICATORS: DemoIndicator[] = [
  ratio('CT_KH_CDS', 'Tỷ lệ cơ quan, đơn vị, địa phương ban hành kế hoạch CĐS năm', 'Agencies with an annual DX plan', 'KH_CDS_DV_BAN_HANH', 'KH_CDS_DV_TONG'),
  ratio('CT_XA_CAP_QUANG', 'Tỷ lệ xã, phường, thị trấn được kết nối cáp quang đến trung tâm', 'Communes with fibre to the centre', 'XA_CAP_QUANG', 'XA_TONG'),
  ratio('CT_THON_BANG_RONG', 'Tỷ lệ thôn, bon, buôn, tổ dân phố có kết nối băng rộng cố định', 'Villages with fixed broadband', 'THON_BANG_RONG', 'THON_TONG'),
  ratio('CT_VUNG_LOM', 'Tỷ lệ vùng lõm sóng đã được phủ sóng', 'Coverage gaps closed', 'VUNG_LOM_DA_PHU', 'VUNG_LOM_TONG'),
  ratio('CT_SO_NGANH_QR', 'Tỷ lệ sở, ban, ngành niêm yết TTHC bằng mã QR', 'Departments listing procedures by QR code', 'SO_NGANH_QR_TTHC', 'SO_NGANH_TONG'),
  ratio('CT_HUYEN_QR', 'Tỷ lệ huyện, thành phố niêm yết TTHC bằng mã QR', 'Districts listing procedures by QR code', 'HUYEN_QR_TTHC', 'HUYEN_TONG'),
  ratio('CT_DVC_MUC3_CO_HS', 'Tỷ lệ DVCTT mức độ 3 có phát sinh hồ sơ', 'Level-3 services with applications', 'DVC_MUC3_CO_HS', 'DVC_MUC3'),
  ratio('CT_DVC_MUC4_CO_HS', 'Tỷ lệ DVCTT mức độ 4 có phát sinh hồ sơ', 'Level-4 services with applications', 'DVC_MUC4_CO_HS', 'DVC_MUC4'),
  ratio('CT_DOAN_VIEN_SO_HOA', 'Tỷ lệ đoàn viên thanh niên được số hóa dữ liệu', 'Youth Union members digitised', 'DOAN_VIEN_SO_HOA', 'DOAN_VIEN_TONG'),
  ratio('CT_OCOP_LEN_SAN', 'Tỷ lệ sản phẩm OCOP lên sàn thương mại điện tử', 'OCOP products online', 'OCOP_LEN_SAN', 'OCOP_TONG'),
  ratio('CT_HSSK', 'Tỷ lệ hồ sơ sức khỏe điện tử đã khởi tạo tài khoản', 'Electronic health records with an account', 'HSSK_CO_TAI_KHOAN', 'HSSK_TONG'),
  ratio('CT_CSGD_TTKDTM', 'Tỷ lệ cơ sở giáo dục thanh toán không dùng tiền mặt', 'Schools accepting cashless payment', 'CSGD_TTKDTM', 'CSGD_TONG'),
  ratio('CT_NHTM_TIEN_NUOC', 'Tỷ lệ ngân hàng thương mại thu tiền nước qua ngân hàng', 'Banks collecting water bills', 'NHTM_THU_TIEN_NUOC', 'NHTM_TONG'),
  ratio(
    'CT_NEN_TANG_QG',
    'Tỷ lệ nền tảng số quốc gia đã hoàn thành, đưa vào sử dụng',
    'National digital platforms in use',
    'NEN_TANG_QG_HOAN_THANH',
    'NEN_TANG_QG_TONG',
  ),
  reported('CT_HS_TRUC_TUYEN', 'Tỷ lệ hồ sơ TTHC được tiếp nhận, xử lý trực tuyến', 'Applications processed online', 'TL_HS_TTHC_TRUC_TUYEN'),
  reported('CT_DVCTT_CO_HS', 'Tỷ lệ DVCTT có phát sinh hồ sơ trực tuyến', 'Online services with online applications', 'TL_DVCTT_CO_HS'),
  reported('CT_DVCTT_TOAN_TRINH', 'Tỷ lệ TTHC đủ điều kiện cung cấp DVCTT toàn trình', 'Eligible procedures offered fully online', 'TL_DVCTT_TOAN_TRINH'),
  reported(
    'CT_DVCTT_DA_PHUONG_TIEN',
    'Tỷ lệ DVCTT toàn trình cung cấp trên nhiều phương tiện, gồm cả thiết bị di động',
    'Fully online services on many devices, mobile included',
    'TL_DVCTT_DA_PHUONG_TIEN',
  ),
  reported('CT_VB_DIEN_TU_CAP_TINH', 'Tỷ lệ văn bản điện tử cấp tỉnh', 'Electronic documents, provincial level', 'TL_VB_DIEN_TU_CAP_TINH'),
  reported('CT_VB_DIEN_TU_CAP_HUYEN', 'Tỷ lệ văn bản điện tử cấp huyện', 'Electronic documents, district level', 'TL_VB_DIEN_TU_CAP_HUYEN'),
  reported('CT_VB_DIEN_TU_CAP_XA', 'Tỷ lệ văn bản điện tử cấp xã', 'Electronic documents, commune level', 'TL_VB_DIEN_TU_CAP_XA'),
  reported('CT_HO_CAP_QUANG', 'Tỷ lệ hộ gia đình được phủ băng rộng cáp quang', 'Households covered by fibre', 'TL_HO_CAP_QUANG'),
  reported('CT_HO_INTERNET_CAP_QUANG', 'Tỷ lệ hộ gia đình có Internet cáp quang băng rộng', 'Households with fibre Internet', 'TL_HO_INTERNET_CAP_QUANG'),
  reported('CT_TRUONG_THANH_SMARTPHONE', 'Tỷ lệ dân số trưởng thành có điện thoại thông minh', 'Adults with a smartphone', 'TL_TRUONG_THANH_SMARTPHONE'),
  reported('CT_TMDT_BAN_LE', 'Tỷ trọng doanh thu TMĐT trong tổng mức bán lẻ', 'E-commerce share of retail sales', 'TL_TMDT_BAN_LE'),
  reported('CT_THON_CAP_QUANG', 'Tỷ lệ thôn, khu phố được phủ băng rộng cáp quang', 'Villages covered by fibre', 'TL_THON_CAP_QUANG'),
  reported('CT_NGUOI_DUNG_INTERNET', 'Tỷ lệ người dân sử dụng Internet', 'Internet users', 'TL_NGUOI_DUNG_INTERNET'),
  reported('CT_KTS_GRDP', 'Tỷ trọng kinh tế số trong GRDP', 'Digital economy share of GRDP', 'TL_KTS_GRDP'),
  reported('CT_OCOP_LEN_SAN_TL', 'Tỷ lệ sản phẩm OCOP lên sàn TMĐT (báo cáo)', 'OCOP products online (reported rate)', 'TL_OCOP_LEN_SAN'),
  reported('CT_DN_HOA_DON_DT', 'Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử', 'Businesses using e-invoices', 'TL_DN_HOA_DON_DT'),
  reported(
    'CT_DN_HKD_HOA_DON_DT',
    'Tỷ lệ doanh nghiệp, tổ chức, hộ kinh doanh sử dụng hóa đơn điện tử',
    'Businesses and household businesses using e-invoices',
    'TL_DN_HKD_HOA_DON_DT',
  ),
  reported('CT_NGUOI_DAN_HSSK', 'Tỷ lệ người dân có hồ sơ sức khỏe điện tử', 'People with an electronic health record', 'TL_NGUOI_DAN_HSSK'),
  reported('CT_TAI_KHOAN_15T', 'Tỷ lệ người dân từ đủ 15 tuổi có tài khoản giao dịch', 'People aged 15+ with a payment account', 'TL_TAI_KHOAN_15T'),
  reported('CT_DTI_TINH', 'Chỉ số chuyển đổi số cấp tỉnh (DTI)', 'Provincial DTI', 'DTI_TINH', 'điểm (0–1)', 4),
  { ...reported('CT_DTI_XEP_HANG', 'Thứ hạng DTI cấp tỉnh', 'Provincial DTI rank', 'DTI_XEP_HANG', 'hạng', 0), direction: 'lower_is_better' },
];
