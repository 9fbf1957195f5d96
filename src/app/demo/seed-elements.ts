/**
 * Data elements behind the seed articles' figures. Raw counts are kept wherever the articles give
 * a numerator and a denominator ("71/71 xã"); where they give only a rate ("73,08%"), the rate itself
 * is the reported element (hierarchy aggregation 'none': a rate is never summed up the tree).
 * Provinces report progress twice a year ("6 tháng đầu năm", "cả năm"), so most elements are semiannual
 * stocks (a year is its last half); counts of applications are year-to-date totals, hence also 'last'.
 * Counts are integers (never negative: the type's default bound); densities per 100 inhabitants are numbers
 * from 0 (they pass 100: more subscriptions than people), not percentages.
 */
export interface DemoElement {
  code: string;
  name: string;
  nameEn: string;
  valueType: 'integer' | 'number' | 'percentage';
  timeAggregation: 'sum' | 'last';
  hierarchyAggregation: 'sum' | 'none';
  periodType: 'yearly' | 'semiannual';
  unitOfMeasure: string;
  /** Declared bounds where the type's default (counts from 0, percentages 0–100, numbers unbounded) does not fit. */
  minValue?: number;
  maxValue?: number;
}

/** A stock counted at the end of the period (last over time, summed up the tree). */
function count(code: string, name: string, nameEn: string, unitOfMeasure: string): DemoElement {
  return { code, name, nameEn, valueType: 'integer', timeAggregation: 'last', hierarchyAggregation: 'sum', periodType: 'semiannual', unitOfMeasure };
}

/** A rate reported as such (no numerator or denominator given). */
function rate(code: string, name: string, nameEn: string, unitOfMeasure = '%'): DemoElement {
  return { code, name, nameEn, valueType: 'percentage', timeAggregation: 'last', hierarchyAggregation: 'none', periodType: 'semiannual', unitOfMeasure };
}

/** A density per 100 inhabitants: not a share, so it may pass 100. */
function density(code: string, name: string, nameEn: string, unitOfMeasure: string): DemoElement {
  return { ...rate(code, name, nameEn, unitOfMeasure), valueType: 'number', minValue: 0 };
}

/** Published once a year (DTI results, GRDP shares). */
function yearly(element: DemoElement): DemoElement {
  return { ...element, periodType: 'yearly' };
}

export const DEMO_ELEMENTS: DemoElement[] = [
  // Thể chế số
  count('KH_CDS_DV_BAN_HANH', 'Số cơ quan, đơn vị, địa phương đã ban hành kế hoạch CĐS năm', 'Agencies and localities with an annual DX plan', 'đơn vị'),
  count('KH_CDS_DV_TONG', 'Tổng số cơ quan, đơn vị, địa phương', 'Agencies and localities, total', 'đơn vị'),
  // Hạ tầng số
  count('XA_CAP_QUANG', 'Số xã, phường, thị trấn được kết nối cáp quang đến trung tâm', 'Communes with fibre to the centre', 'xã'),
  count('XA_TONG', 'Tổng số xã, phường, thị trấn', 'Communes, total', 'xã'),
  count('THON_BANG_RONG', 'Số thôn, bon, buôn, tổ dân phố có kết nối băng rộng cố định', 'Villages with fixed broadband', 'thôn'),
  count('THON_TONG', 'Tổng số thôn, bon, buôn, tổ dân phố', 'Villages, total', 'thôn'),
  count('VUNG_LOM_DA_PHU', 'Số vùng lõm sóng, thôn lõm sóng đã được phủ sóng', 'Coverage gaps closed', 'vùng'),
  count('VUNG_LOM_TONG', 'Tổng số vùng lõm sóng, thôn lõm sóng', 'Coverage gaps, total', 'vùng'),
  rate('TL_THON_4G', 'Tỷ lệ trung tâm thôn, buôn, bon được phủ sóng 4G', 'Village centres with 4G coverage'),
  rate('TL_DAN_SO_4G', 'Tỷ lệ dân số được phủ sóng di động 4G', 'Population covered by 4G'),
  rate('TL_NGUOI_DUNG_INTERNET', 'Tỷ lệ người dân sử dụng Internet', 'Internet users, share of population'),
  rate('TL_THUE_BAO_SMARTPHONE', 'Tỷ lệ thuê bao điện thoại thông minh', 'Smartphone subscriptions, share'),
  density('TB_BRDD_100_DAN', 'Thuê bao băng rộng di động trên 100 dân', 'Mobile broadband subscriptions per 100 inhabitants', 'thuê bao/100 dân'),
  rate('TL_HO_CO_MAY_TINH', 'Tỷ lệ hộ gia đình có máy tính', 'Households with a computer'),
  rate('TL_HO_CAP_QUANG', 'Tỷ lệ hộ gia đình được phủ hạ tầng băng rộng cáp quang', 'Households covered by fibre broadband'),
  rate('TL_THON_CAP_QUANG', 'Tỷ lệ thôn, khu phố được phủ hạ tầng băng rộng cáp quang', 'Villages covered by fibre broadband'),
  count('THUE_BAO_SMARTPHONE', 'Số thuê bao điện thoại thông minh', 'Smartphone subscriptions', 'thuê bao'),
  density('MAT_DO_DIEN_THOAI', 'Mật độ điện thoại trên 100 dân', 'Telephones per 100 inhabitants', 'máy/100 dân'),
  count('THUE_BAO_INTERNET', 'Số thuê bao Internet', 'Internet subscriptions', 'thuê bao'),
  density('MAT_DO_INTERNET', 'Mật độ thuê bao Internet trên 100 dân', 'Internet subscriptions per 100 inhabitants', 'thuê bao/100 dân'),
  // Chính quyền số
  rate('TL_VB_DIEN_TU', 'Tỷ lệ văn bản điện tử', 'Documents exchanged electronically'),
  rate('TL_VB_DIEN_TU_CAP_TINH', 'Tỷ lệ văn bản điện tử cấp tỉnh', 'Electronic documents, provincial level'),
  rate('TL_VB_DIEN_TU_CAP_HUYEN', 'Tỷ lệ văn bản điện tử cấp huyện', 'Electronic documents, district level'),
  rate('TL_VB_DIEN_TU_CAP_XA', 'Tỷ lệ văn bản điện tử cấp xã', 'Electronic documents, commune level'),
  count('SO_NGANH_QR_TTHC', 'Số sở, ban, ngành niêm yết thủ tục hành chính bằng mã QR', 'Departments listing procedures by QR code', 'cơ quan'),
  count('SO_NGANH_TONG', 'Tổng số sở, ban, ngành', 'Departments, total', 'cơ quan'),
  count('HUYEN_QR_TTHC', 'Số huyện, thành phố niêm yết thủ tục hành chính bằng mã QR', 'Districts listing procedures by QR code', 'huyện'),
  count('HUYEN_TONG', 'Tổng số huyện, thành phố', 'Districts, total', 'huyện'),
  count('DVC_MUC3', 'Số dịch vụ công trực tuyến mức độ 3', 'Level-3 online public services', 'dịch vụ'),
  count('DVC_MUC4', 'Số dịch vụ công trực tuyến mức độ 4', 'Level-4 online public services', 'dịch vụ'),
  count('DVC_MUC3_CO_HS', 'Số DVCTT mức độ 3 có phát sinh hồ sơ', 'Level-3 services with applications', 'dịch vụ'),
  count('DVC_MUC4_CO_HS', 'Số DVCTT mức độ 4 có phát sinh hồ sơ', 'Level-4 services with applications', 'dịch vụ'),
  count(
    'TTHC_KET_NOI_DVCQG',
    'Số thủ tục hành chính kết nối Cổng Dịch vụ công quốc gia',
    'Procedures connected to the National Public Service Portal',
    'thủ tục',
  ),
  count('HS_TRUC_TUYEN_MUC3', 'Số hồ sơ tiếp nhận và xử lý trực tuyến mức độ 3', 'Level-3 applications received and processed online', 'hồ sơ'),
  count('HS_TRUC_TUYEN_MUC4', 'Số hồ sơ tiếp nhận và xử lý trực tuyến mức độ 4', 'Level-4 applications received and processed online', 'hồ sơ'),
  rate('TL_HS_TRUC_TUYEN_MUC3', 'Tỷ lệ hồ sơ trực tuyến mức độ 3', 'Share of applications online, level 3'),
  rate('TL_HS_TRUC_TUYEN_MUC4', 'Tỷ lệ hồ sơ trực tuyến mức độ 4', 'Share of applications online, level 4'),
  rate('TL_HS_TTHC_TRUC_TUYEN', 'Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến', 'Administrative applications received and processed online'),
  rate('TL_DVCTT_CO_HS', 'Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến', 'Online services with online applications'),
  rate('TL_DVCTT_TOAN_TRINH', 'Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp DVCTT toàn trình', 'Eligible procedures offered fully online'),
  count('DOAN_VIEN_SO_HOA', 'Số đoàn viên thanh niên đã được số hóa dữ liệu', 'Youth Union members digitised', 'người'),
  count('DOAN_VIEN_TONG', 'Tổng số đoàn viên thanh niên', 'Youth Union members, total', 'người'),
  // Kinh tế số
  yearly(count('DOANH_THU_CNTT', 'Doanh thu công nghiệp công nghệ thông tin (lũy kế)', 'ICT industry revenue (cumulative)', 'triệu đồng')),
  yearly(rate('TL_KTS_GRDP', 'Tỷ trọng giá trị tăng thêm của kinh tế số trong GRDP', 'Digital economy share of GRDP')),
  count('OCOP_LEN_SAN', 'Số sản phẩm OCOP lên sàn thương mại điện tử', 'OCOP products on e-commerce platforms', 'sản phẩm'),
  count('OCOP_TONG', 'Tổng số sản phẩm OCOP', 'OCOP products, total', 'sản phẩm'),
  count('SP_NONG_NGHIEP_LEN_SAN', 'Số sản phẩm lên sàn thương mại điện tử', 'Products on e-commerce platforms', 'sản phẩm'),
  count('HO_SXNN_SO_HOA', 'Số hộ sản xuất nông nghiệp đã được số hóa thông tin', 'Farming households digitised', 'hộ'),
  count('HO_SXKD_DAO_TAO_KNS', 'Số hộ sản xuất kinh doanh được đào tạo kỹ năng số', 'Business households trained in digital skills', 'hộ'),
  rate('TL_DN_HOA_DON_DT', 'Tỷ lệ doanh nghiệp, hộ kinh doanh sử dụng hóa đơn điện tử', 'Businesses using e-invoices'),
  rate('TL_OCOP_LEN_SAN', 'Tỷ lệ sản phẩm OCOP lên sàn thương mại điện tử', 'OCOP products online, share'),
  rate('TL_DNNVV_NEN_TANG_SO', 'Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số', 'SMEs using digital platforms'),
  // Xã hội số
  count('HSSK_CO_TAI_KHOAN', 'Số hồ sơ sức khỏe điện tử đã khởi tạo tài khoản', 'Electronic health records with an account', 'hồ sơ'),
  count('HSSK_TONG', 'Tổng số hồ sơ sức khỏe điện tử khởi tạo', 'Electronic health records created, total', 'hồ sơ'),
  rate('TL_NGUOI_DAN_HSSK', 'Tỷ lệ người dân có hồ sơ sức khỏe điện tử', 'People with an electronic health record'),
  rate(
    'TL_TAI_KHOAN_15T',
    'Tỷ lệ người dân từ đủ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng hoặc tổ chức được phép',
    'People aged 15+ with a payment account',
  ),
  count('SO_ATM', 'Số máy ATM đang hoạt động', 'ATMs in operation', 'máy'),
  count('SO_POS', 'Số máy chấp nhận thẻ (POS) đang hoạt động', 'Card terminals (POS) in operation', 'máy'),
  count('CSGD_TTKDTM', 'Số cơ sở giáo dục triển khai thanh toán không dùng tiền mặt', 'Schools accepting cashless payment', 'cơ sở'),
  count('CSGD_TONG', 'Tổng số cơ sở giáo dục (từ cấp tiểu học trở lên)', 'Schools (primary and above), total', 'cơ sở'),
  count('TO_CNS_CAP_XA', 'Số tổ công nghệ số cộng đồng cấp xã', 'Community digital technology teams, commune level', 'tổ'),
  count('TO_CNS_CAP_XA_THANH_VIEN', 'Số thành viên tổ công nghệ số cộng đồng cấp xã', 'Members of commune-level teams', 'người'),
  count('TO_CNS_CAP_THON', 'Số tổ công nghệ số cộng đồng cấp thôn', 'Community digital technology teams, village level', 'tổ'),
  count('TO_CNS_CAP_THON_THANH_VIEN', 'Số thành viên tổ công nghệ số cộng đồng cấp thôn', 'Members of village-level teams', 'người'),
  // Chỉ số DTI (kết quả công bố)
  {
    ...yearly(rate('DTI_TINH', 'Chỉ số chuyển đổi số cấp tỉnh (DTI)', 'Provincial Digital Transformation Index (DTI)', 'điểm (0–1)')),
    valueType: 'number',
    minValue: 0,
    maxValue: 1,
  },
  { ...yearly(count('DTI_XEP_HANG', 'Thứ hạng DTI cấp tỉnh', 'Provincial DTI rank', 'hạng')), hierarchyAggregation: 'none', minValue: 1 },
];
