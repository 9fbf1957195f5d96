/**
 * Data elements behind the seed articles' figures. Raw counts are kept wherever the articles give
 * a numerator and a denominator ("71/71 xã"); where they give only a rate ("73,08%"), the rate itself
 * is the reported element (hierarchy aggregation 'none': a rate is never summed up the tree).
 * Provinces report progress twice a year ("6 tháng đầu năm", "cả năm"), so most elements are semiannual
 * stocks (a year is its last half); counts of applications are year-to-date totals, hence also 'last'.
 * Counts are integers (never negative: the type's default bound); densities per 100 inhabitants are numbers
 * from 0 (they pass 100: more subscriptions than people), not percentages.
 *
 * One measure per element: where two articles report near names for different things, they are two elements
 * (procedures offered "toàn trình" ≠ services usable on many devices including mobile; households *covered* by fibre
 * ≠ households *having* fibre Internet; businesses ≠ businesses, organisations and household businesses using
 * e-invoices; the share of smartphone subscriptions ≠ the share of adults with a smartphone).
 * A figure "lũy kế đến hết tháng 09/2022" is a year-to-date stock on the month it ends (202209): the period model
 * has months, quarters, halves and years, not spans from January to a month, so the element says "lũy kế từ đầu
 * năm" and its month is the span's end (a year then shows its latest month's year-to-date, as 'last' says).
 */
export interface DemoElement {
  code: string;
  name: string;
  nameEn: string;
  valueType: 'integer' | 'number' | 'percentage';
  timeAggregation: 'sum' | 'last';
  hierarchyAggregation: 'sum' | 'none';
  periodType: 'yearly' | 'semiannual' | 'monthly';
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

/** A rate or an average that is neither a share nor a count (speeds in Mbps): a number from 0, never summed. */
function measure(code: string, name: string, nameEn: string, unitOfMeasure: string): DemoElement {
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
  rate('TL_TRUONG_THANH_SMARTPHONE', 'Tỷ lệ dân số trưởng thành có điện thoại thông minh', 'Adults with a smartphone'),
  density('SMP_100_DAN', 'Thuê bao di động sử dụng điện thoại thông minh trên 100 dân', 'Smartphone subscriptions per 100 inhabitants', 'thuê bao/100 dân'),
  density('TB_BRDD_100_DAN', 'Thuê bao băng rộng di động trên 100 dân', 'Mobile broadband subscriptions per 100 inhabitants', 'thuê bao/100 dân'),
  rate('TL_HO_CO_MAY_TINH', 'Tỷ lệ hộ gia đình có máy tính', 'Households with a computer'),
  rate('TL_HO_CAP_QUANG', 'Tỷ lệ hộ gia đình được phủ hạ tầng băng rộng cáp quang', 'Households covered by fibre broadband'),
  rate('TL_HO_INTERNET_CAP_QUANG', 'Tỷ lệ hộ gia đình có Internet cáp quang băng rộng', 'Households with fibre broadband Internet'),
  rate('TL_XA_PHU_SONG_DD', 'Tỷ lệ xã, phường, thị trấn được phủ sóng di động 2G/3G/4G', 'Communes with 2G/3G/4G mobile coverage'),
  rate('TL_CQ_CAP_QUANG', 'Tỷ lệ cơ quan, đơn vị, địa phương có đường truyền cáp quang', 'Agencies and localities on fibre links'),
  rate('TL_CQ_TSLCD', 'Tỷ lệ cơ quan nhà nước kết nối mạng truyền số liệu chuyên dùng', 'State agencies on the dedicated data network'),
  rate('TL_CSGD_INTERNET', 'Tỷ lệ cơ sở giáo dục kết nối Internet băng thông rộng', 'Schools with broadband Internet'),
  measure('TOC_DO_BR_CO_DINH', 'Tốc độ truy cập mạng băng rộng cố định', 'Fixed broadband speed', 'Mbps'),
  measure('TOC_DO_BR_DI_DONG', 'Tốc độ truy cập mạng băng rộng di động', 'Mobile broadband speed', 'Mbps'),
  measure('TOC_DO_BR_CA_NHAN', 'Tốc độ truy cập mạng băng rộng trung bình, khách hàng cá nhân', 'Average broadband speed, individuals', 'Mbps'),
  measure('TOC_DO_BR_DOANH_NGHIEP', 'Tốc độ truy cập mạng băng rộng trung bình, doanh nghiệp', 'Average broadband speed, businesses', 'Mbps'),
  count(
    'MAY_TINH_SONG_MAY_TINH',
    'Số máy tính bàn giao trong Chương trình "Sóng và máy tính cho em"',
    'Computers handed over ("Sóng và máy tính cho em")',
    'máy',
  ),
  rate('TL_THON_CAP_QUANG', 'Tỷ lệ thôn, khu phố được phủ hạ tầng băng rộng cáp quang', 'Villages covered by fibre broadband'),
  count('THUE_BAO_SMARTPHONE', 'Số thuê bao điện thoại thông minh', 'Smartphone subscriptions', 'thuê bao'),
  density('MAT_DO_DIEN_THOAI', 'Mật độ điện thoại trên 100 dân', 'Telephones per 100 inhabitants', 'máy/100 dân'),
  count('THUE_BAO_INTERNET', 'Số thuê bao Internet', 'Internet subscriptions', 'thuê bao'),
  density('MAT_DO_INTERNET', 'Mật độ thuê bao Internet trên 100 dân', 'Internet subscriptions per 100 inhabitants', 'thuê bao/100 dân'),
  // Chính quyền số
  rate('TL_VB_DIEN_TU', 'Tỷ lệ văn bản điện tử', 'Documents exchanged electronically'),
  rate(
    'TL_CQ_QLVB',
    'Tỷ lệ cơ quan nhà nước (cấp tỉnh đến cấp xã) sử dụng hệ thống quản lý văn bản và điều hành',
    'State agencies using the document management system',
  ),
  count('DV_MOT_CUA_DT', 'Số đơn vị sử dụng hệ thống một cửa điện tử và DVCTT mức độ cao', 'Units using the electronic one-stop shop', 'đơn vị'),
  rate(
    'TL_CQ_CHUYEN_TRACH_CDS',
    'Tỷ lệ cơ quan cấp tỉnh, cấp huyện có cán bộ chuyên trách hoặc giao phụ trách CĐS',
    'Provincial and district agencies with staff for DX',
  ),
  rate('TL_CQ_XA_KIEM_NHIEM_CDS', 'Tỷ lệ cơ quan cấp xã giao kiêm nhiệm CĐS, an toàn thông tin', 'Commune agencies with part-time DX staff'),
  rate('TL_CQ_BCD_KH_CDS', 'Tỷ lệ cơ quan, đơn vị đã thành lập Ban Chỉ đạo CĐS và ban hành kế hoạch', 'Agencies with a DX steering committee and plan'),
  // SP_CDS_DANG_KY, SP_CDS_HOAN_THANH: derived from the DX products registry (seed-products.ts), not typed.
  count(
    'KH_CT_DAT',
    'Số chỉ tiêu của kế hoạch CĐS năm đạt và vượt kế hoạch (theo báo cáo của đơn vị)',
    'Targets of the annual DX plan met or exceeded (as reported)',
    'chỉ tiêu',
  ),
  count('KH_CT_TONG', 'Tổng số chỉ tiêu của kế hoạch CĐS năm (theo báo cáo của đơn vị)', 'Targets of the annual DX plan, total (as reported)', 'chỉ tiêu'),
  count(
    'NEN_TANG_QG_HOAN_THANH',
    'Số nền tảng số quốc gia đã hoàn thành phát triển, công bố và đưa vào sử dụng',
    'National digital platforms completed and in use',
    'nền tảng',
  ),
  count('NEN_TANG_QG_TONG', 'Tổng số nền tảng số quốc gia', 'National digital platforms, total', 'nền tảng'),
  count('NEN_TANG_QG_CHINH_THUC', 'Số nền tảng số quốc gia sử dụng chính thức', 'National digital platforms in official use', 'nền tảng'),
  count('NEN_TANG_QG_THU_NGHIEM', 'Số nền tảng số quốc gia sử dụng thử nghiệm', 'National digital platforms in trial use', 'nền tảng'),
  count('NEN_TANG_SO_CONG_BO', 'Số nền tảng số được đánh giá và công bố', 'Digital platforms assessed and announced', 'nền tảng'),
  count('NEN_TANG_SO_CQS', 'Số nền tảng số công bố phục vụ Chính phủ số', 'Announced platforms for digital government', 'nền tảng'),
  count('NEN_TANG_SO_KTS', 'Số nền tảng số công bố phục vụ kinh tế số', 'Announced platforms for the digital economy', 'nền tảng'),
  count('NEN_TANG_SO_XHS', 'Số nền tảng số công bố phục vụ xã hội số', 'Announced platforms for the digital society', 'nền tảng'),
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
  rate('TL_HS_TRUC_TUYEN_DAT_DAI', 'Tỷ lệ hồ sơ DVCTT lĩnh vực đất đai', 'Online applications, land administration'),
  rate('TL_DVCTT_TOAN_TRINH', 'Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp DVCTT toàn trình', 'Eligible procedures offered fully online'),
  rate(
    'TL_DVCTT_DA_PHUONG_TIEN',
    'Tỷ lệ DVCTT toàn trình được cung cấp trên nhiều phương tiện truy cập, gồm cả thiết bị di động',
    'Fully online services offered on many devices, mobile included',
  ),
  count('HS_CCCD', 'Số hồ sơ cấp căn cước công dân đã thu nhận', 'Citizen ID card applications received', 'hồ sơ'),
  count('HS_CCCD_DDDT', 'Số hồ sơ cấp căn cước công dân kèm định danh điện tử', 'ID card applications with an electronic identity', 'hồ sơ'),
  count('HS_TK_DDDT', 'Số hồ sơ cấp tài khoản định danh điện tử (công dân đã có CCCD)', 'Electronic identity account applications', 'hồ sơ'),
  count('DOAN_VIEN_SO_HOA', 'Số đoàn viên thanh niên đã được số hóa dữ liệu', 'Youth Union members digitised', 'người'),
  count('DOAN_VIEN_TONG', 'Tổng số đoàn viên thanh niên', 'Youth Union members, total', 'người'),
  // Kinh tế số
  {
    ...count('DOANH_THU_CNTT', 'Doanh thu công nghiệp công nghệ thông tin lũy kế từ đầu năm đến hết tháng', 'ICT industry revenue, year to date', 'triệu đồng'),
    periodType: 'monthly',
  },
  count('DN_CNS_LON', 'Số doanh nghiệp công nghệ số lớn trên địa bàn', 'Large digital technology companies', 'doanh nghiệp'),
  yearly(rate('TL_KTS_GRDP', 'Tỷ trọng giá trị tăng thêm của kinh tế số trong GRDP', 'Digital economy share of GRDP')),
  count('OCOP_LEN_SAN', 'Số sản phẩm OCOP lên sàn thương mại điện tử', 'OCOP products on e-commerce platforms', 'sản phẩm'),
  count('OCOP_TONG', 'Tổng số sản phẩm OCOP', 'OCOP products, total', 'sản phẩm'),
  count('SP_LEN_SAN', 'Số sản phẩm được hỗ trợ lên sàn thương mại điện tử', 'Products helped onto e-commerce platforms', 'sản phẩm'),
  count(
    'SP_NN_KHAC_LEN_SAN',
    'Số sản phẩm nông nghiệp khác (ngoài OCOP) lên sàn thương mại điện tử',
    'Other farm products (not OCOP) on e-commerce platforms',
    'sản phẩm',
  ),
  count('GIAO_DICH_SAN_TMDT', 'Số lượt giao dịch trên sàn thương mại điện tử', 'E-commerce platform transactions', 'lượt'),
  rate('TL_DAN_SO_MUA_SAM_TT', 'Tỷ lệ dân số tham gia mua sắm trực tuyến', 'Population shopping online'),
  rate('TL_TMDT_BAN_LE', 'Tỷ trọng doanh thu thương mại điện tử trong tổng mức bán lẻ', 'E-commerce share of retail sales'),
  count('HO_SXNN_SO_HOA', 'Số hộ sản xuất nông nghiệp đã được số hóa thông tin', 'Farming households digitised', 'hộ'),
  count('HO_SXKD_DAO_TAO_KNS', 'Số hộ sản xuất kinh doanh được đào tạo kỹ năng số', 'Business households trained in digital skills', 'hộ'),
  rate('TL_DN_HOA_DON_DT', 'Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử', 'Businesses using e-invoices'),
  rate(
    'TL_DN_HKD_HOA_DON_DT',
    'Tỷ lệ doanh nghiệp, tổ chức, hộ kinh doanh đã chuyển đổi sử dụng hóa đơn điện tử',
    'Businesses, organisations and household businesses using e-invoices',
  ),
  rate('TL_DN_THUE_DT', 'Tỷ lệ doanh nghiệp nộp thuế điện tử', 'Businesses paying taxes electronically'),
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
  count('DV_TRA_LUONG_TK', 'Số đơn vị trả lương qua tài khoản', 'Employers paying salaries into accounts', 'đơn vị'),
  count('DV_TRA_LUONG_TK_NSNN', 'Số đơn vị hưởng lương từ ngân sách nhà nước trả lương qua tài khoản', 'State-budget employers paying into accounts', 'đơn vị'),
  count('SO_THE_NH', 'Số thẻ ngân hàng đang hoạt động', 'Bank cards in use', 'thẻ'),
  count('SO_TK_THANH_TOAN', 'Số tài khoản thanh toán đang hoạt động', 'Payment accounts in use', 'tài khoản'),
  count('DV_CHAP_NHAN_QR', 'Số đơn vị chấp nhận thanh toán bằng mã QR', 'Merchants accepting QR payments', 'đơn vị'),
  rate('TL_THU_NSNN_DT', 'Tỷ lệ thu ngân sách nhà nước hạch toán bằng phương thức điện tử', 'State revenue collected electronically'),
  rate('TL_HOAN_THUE_DT', 'Tỷ lệ hồ sơ hoàn thuế GTGT tiếp nhận và xử lý điện tử', 'VAT refunds processed electronically'),
  rate('TL_CS_DIEN_LUC_TTKDTM', 'Tỷ lệ cơ sở điện lực chấp nhận thanh toán không dùng tiền mặt', 'Power offices accepting cashless payment'),
  rate('TL_TIEN_DIEN_TTKDTM', 'Tỷ lệ doanh thu tiền điện thanh toán qua phương thức điện tử', 'Electricity revenue paid electronically'),
  rate('TL_CSGD_HOC_PHI_NH', 'Tỷ lệ cơ sở giáo dục chấp thuận thu học phí qua ngân hàng', 'Schools accepting tuition through banks'),
  rate('TL_CSKCB_TTKDTM', 'Tỷ lệ cơ sở khám, chữa bệnh thanh toán viện phí không dùng tiền mặt', 'Health facilities accepting cashless payment'),
  count('NHTM_THU_TIEN_NUOC', 'Số ngân hàng thương mại thu tiền nước qua ngân hàng', 'Banks collecting water bills', 'ngân hàng'),
  count('NHTM_TONG', 'Tổng số ngân hàng thương mại trên địa bàn', 'Commercial banks, total', 'ngân hàng'),
  rate('TL_TRO_CAP_BHXH_TK', 'Tỷ lệ người thụ hưởng trợ cấp BHXH, BHTN nhận qua tài khoản', 'Social insurance benefits paid into accounts'),
  count('CSGD_TTKDTM', 'Số cơ sở giáo dục triển khai thanh toán không dùng tiền mặt', 'Schools accepting cashless payment', 'cơ sở'),
  count('CSGD_TONG', 'Tổng số cơ sở giáo dục (từ cấp tiểu học trở lên)', 'Schools (primary and above), total', 'cơ sở'),
  rate('TL_XA_THON_CO_TO_CNS', 'Tỷ lệ xã, thôn có tổ công nghệ số cộng đồng', 'Communes and villages with a community digital team'),
  // Chỉ số DTI (kết quả công bố)
  {
    ...yearly(rate('DTI_TINH', 'Chỉ số chuyển đổi số cấp tỉnh (DTI)', 'Provincial Digital Transformation Index (DTI)', 'điểm (0–1)')),
    valueType: 'number',
    minValue: 0,
    maxValue: 1,
  },
  { ...yearly(count('DTI_XEP_HANG', 'Thứ hạng DTI cấp tỉnh', 'Provincial DTI rank', 'hạng')), hierarchyAggregation: 'none', minValue: 1 },
];
