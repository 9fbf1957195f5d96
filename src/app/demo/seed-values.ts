/**
 * The figures the seed articles report, as data values: (element, unit, period) → value, each citing its
 * article and quoting the sentence it comes from (`quote`, checked against the article's text by
 * test/integration/demo-figures.test.ts). Rates that the articles state next to a count and a total are NOT
 * entered: they are computed (so "17/19 … đạt tỷ lệ 89,4%" shows up as 89,47%). Commune-level figures are
 * generated in record-figures.ts.
 *
 * Periods: a figure goes on the period it describes — "6 tháng đầu năm" and an article of August on the first
 * half (S1), "đến nay" in November and "ước đến 31/12" on the second (S2, which a year's 'last' shows), a
 * year-to-date total on the month it ends (DOANH_THU_CNTT, 202209), an annual result on its year. The same
 * figure reported again later (Đắk Nông in August and in November 2022) is entered on each period.
 * `derived`: worked back from the text ("tăng 26 bậc" ⇒ hạng 53 năm 2021), stored with the derived mark and a
 * comment "Suy ra: …" saying how — never shown as reported.
 * Not entered, as the model holds values, not bounds or spans: "hơn 99%", "trên 90%", "hơn 4.000 thành viên",
 * "gần 150 nghìn hồ sơ" (bounds), the 2-year totals of "trong 2 năm (2022-2023)" (a span of two years), the
 * 99,5% of 15/6/2022 beside the 100% of 29/6/2022 (two days of the same half; the half holds the later).
 */
import type { SourceKey } from './sources.ts';

export interface DemoValue {
  element: string;
  unit: string;
  period: string;
  value: number;
  source: SourceKey;
  /** The sentence (or clause) of the article the figure comes from, exactly as printed. */
  quote: string;
  comment?: string;
  /** Worked back from the quote (the comment says how), not reported. */
  derived?: true;
}

type Row = [element: string, value: number, quote: string, comment?: string];

function figures(unit: string, period: string, source: SourceKey, rows: Row[]): DemoValue[] {
  return rows.map(([element, value, quote, comment]) => ({ element, unit, period, value, source, quote, ...(comment ? { comment } : {}) }));
}

/** Figures worked back from the quote: the comment, "Suy ra: …", says how. */
function derived(unit: string, period: string, source: SourceKey, rows: Array<[element: string, value: number, quote: string, comment: string]>): DemoValue[] {
  return figures(unit, period, source, rows).map((v) => ({ ...v, derived: true as const }));
}

// Đắk Nông, bài 11/11/2022
const DN_PLAN = '27/27 cơ quan, đơn vị, địa phương đã ban hành kế hoạch thực hiện chuyển đổi số trong năm 2022';
const DN_QR = '08/08 huyện, thành phố; 17/19 Sở, ban, ngành (đạt tỷ lệ 89,4%) trên địa bàn tỉnh đã triển khai niêm yết thủ tục hành chính bằng mã QR-code';
const DN_DVC = 'Cổng dịch vụ công trực tuyến (DVCTT) của tỉnh cung cấp 423 dịch vụ công mức độ 3 và 653 dịch vụ công mức độ 4';
const DN_DVC_HS = 'Số lượng DVCTT phát sinh hồ sơ mức độ 3 là 120, đạt tỷ lệ 28,3%, mức độ 4 là 110, đạt tỷ lệ 16,8%';
const DN_HS = 'Số lương hồ sơ tiếp nhận và xử lý trực tuyến mức độ 3 là 73.115, đạt tỷ lệ 67,6%, mức độ 4 là 26.254, đạt tỷ lệ 34%';
const DN_CCCD = 'ngành Công an đã thu nhận hồ sơ cấp CCCD cho 13.969 trường hợp; trong đó hồ sơ cấp CCCD kèm định danh điện tử 10.995 trường hợp';
const DN_DOAN = 'Đã triển khai thu thập, số hóa dữ liệu 28.514/31.181 Đoàn viên thanh niên, tỷ lệ 91,53%';
const DN_SAN =
  'hỗ trợ lên sàn thương mại điện tử cho 1.098 sản phẩm lên sàn 02 thương mại voso.vn và postmart.vn, trong đó có 47/47 sản phẩm OCOP và 1.051 sản phẩm nông nghiệp khác, tổng số giao dịch 17.993 lượt';
const DN_HSSK = 'Tổng số hồ sơ khởi tạo có tài khoản Hồ sơ sức khỏe điện tử (HSSK) từ Bảo hiểm xã hội tỉnh: 662.386 /664.416 đạt tỷ lệ 99,7%';
const DN_ATM = 'toàn tỉnh ước có 80 ATM hoạt động (tăng 02 ATM so với đầu năm)';
const DN_POS = 'Mạng lưới máy chấp nhận thẻ (POS) đang còn hoạt động trên địa bàn tỉnh ước đến 31/12/2022 đạt 307 máy (tăng 42 máy so với đầu năm)';
const DN_LUONG = 'số đơn vị trả lương qua tài khoản đến cuối năm 2022 ước đạt 1.051 đơn vị, trong đó có 869 đơn vị hưởng lương từ ngân sách nhà nước';
const DN_KTS = 'Tỷ trọng giá trị tăng thêm của kinh tế số trong GRDP ước tính 6,64%, tăng 0,25% so với năm 2021 (Năm 2021 là 6,39%)';
const DN_SPEED = 'Tốc độ truy cập mạng băng rộng tính trung bình khoảng 400 Mpbs đối với cá nhân và 500 Mpbs đối với doanh nghiệp';
// Phiên họp thứ 3 của Ủy ban Quốc gia về chuyển đổi số, bài 09/08/2022
const VN_EXTRA = 'tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử đạt 100%';
const VN_BR_FIXED = 'tốc độ truy cập mạng băng rộng cố định đạt 71,79Mbps, tăng 32,7% so cùng kỳ năm 2021';
const VN_BR_MOBILE = 'tốc độ truy cập mạng băng rộng di động đạt 35,29Mbps, tăng 4,7% so cùng kỳ năm trước';
const VN_PLATFORMS =
  '35/35 nền tảng số quốc gia đã hoàn thành phát triển, công bố và đưa vào sử dụng, trong đó có 31 nền tảng số đã đưa vào sử dụng chính thức, 4 nền tảng số đang sử dụng thử nghiệm';
const VN_PLATFORMS_50 =
  'công bố 50 nền tảng số, trong đó có 18 nền tảng phục vụ Chính phủ số, 16 nền tảng phục vụ kinh tế số và 16 nền tnagr phục vụ xã hội số';
const AUG_DVC =
  'cung cấp 516 dịch vụ công mức độ 3 và 272 dịch vụ công mức độ 4. Đã thực hiện kết nối thành công 437 thủ tục hành chính của tỉnh lên Cổng dịch vụ công Quốc gia';
const AUG_SAN = 'đã hỗ trợ lên sàn thương mại điện tử cho 630 sản phẩm trong đó có 47/52 sản phẩm OCOP và 583 sản phẩm nông nghiệp khác';
const AUG_XHS = 'phủ sóng 4G đến 97% thông, buôn, bon; tỷ lệ hộ gia đình có máy tính 23,17%; tỷ lệ người dân sử dụng Internet 73,08%';
const AUG_HD =
  'tính đến ngày 29/6/2022, 100% doanh nghiệp, tổ chức và hộ kinh doanh trên địa bàn tỉnh đã chuyển đổi sang sử dụng hóa đơn điện tử, Đắk Nông là một trong những địa phương về đích sớm nhất theo mục tiêu của Tổng Cục thuế';
const DTI_2021 = 'tỉnh Đắk Nông đã có sự vươn lên xếp thứ 41 trong cả nước, tăng 13 bậc so với năm 2020';
// Ninh Thuận, 6 tháng đầu năm 2023
const NT_FIBRE = 'Hạ tầng mạng băng rộng cáp quang phủ sóng 90% hộ gia đình và 100% thôn, khu phố';
const NT_VB = 'Việc trao đổi, xử lý văn bản điện tử trên môi trường mạng đạt 98,95% đối với cấp tỉnh, 96,58% đối với cấp huyện và 92,35% đối với cấp xã';
const NT_DTI =
  'Kết quả chỉ số CĐS (DTI) năm 2022 theo công bố của Bộ Thông tin và Truyền thông trong tháng 7/2023 tỉnh ta đạt 0,5934, tăng 94,69% so với năm 2021, xếp thứ 27/63 tỉnh, thành phố, tăng 26 bậc so với năm 2021';
// Bắc Kạn, năm 2022
const BK_DVC =
  'tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình đạt 100%; tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến đạt 55%; tỷ lệ hồ sơ thủ tục hành chính phát sinh hồ sơ trực tuyến đạt 28%';
const BK_HT =
  '100% xã, phường, thị trấn được phủ sóng di động 2G/3G/4G; quang hóa 100% hạ tầng đường truyền tới các cơ quan, đơn vị, địa phương; 100% cơ quan, đơn vị, địa phương được kết nối mạng truyền số liệu chuyên dùng';
const BK_TB =
  'số thuê bao điện thoại smartphone đạt 192.579; mật độ điện thoại đạt 90,5 máy/100 dân. Số thuê bao internet đạt 224.065 thuê bao, mật độ thuê bao internet đạt 62 thuê bao/100 dân';

export const DEMO_VALUES: DemoValue[] = [
  // Đắk Nông (67), "đến nay" (November 2022) — bài 11/11/2022
  ...figures('67', '2022S2', 'dakNong2022', [
    ['KH_CDS_DV_BAN_HANH', 27, DN_PLAN],
    ['KH_CDS_DV_TONG', 27, DN_PLAN],
    ['TL_THON_4G', 98, '98% trung tâm các thôn, buôn, bon đã được phủ sóng 4G'],
    ['TL_NGUOI_DUNG_INTERNET', 73.08, 'Tỷ lệ người dân sử dụng Internet: 73,08%'],
    ['TL_THUE_BAO_SMARTPHONE', 88.74, 'Tỷ lệ thuê bao điện thoại thông minh: 88,74%'],
    [
      'SMP_100_DAN',
      106.6,
      'Thuê bao điện thoại di động (ĐTDĐ) sử dụng điện thoại thông minh (SMP)/100 dân: 106,6%',
      'Bài báo ghi "106,6%": một mật độ trên 100 dân',
    ],
    ['TL_CSGD_INTERNET', 100, '100% cơ sở giáo dục đã kết nối Internet băng thông rộng'],
    ['TB_BRDD_100_DAN', 75.12, 'Thuê bao BRDĐ/100 dân: đạt tỷ lệ 75,12 %'],
    ['VUNG_LOM_DA_PHU', 6, 'Các doanh nghiệp viễn thông di động đã triển khai phủ sóng được 06/10 vùng lõm sóng, thôn lõm sóng'],
    ['VUNG_LOM_TONG', 10, 'Các doanh nghiệp viễn thông di động đã triển khai phủ sóng được 06/10 vùng lõm sóng, thôn lõm sóng'],
    ['TOC_DO_BR_CA_NHAN', 400, DN_SPEED, 'Khoảng'],
    ['TOC_DO_BR_DOANH_NGHIEP', 500, DN_SPEED, 'Khoảng'],
    ['TL_CQ_QLVB', 100, '100% cơ quan, đơn vị nhà nước cấp tỉnh đến cấp xã dã sử dụng hệ thống quản lý văn bản và điều hành (phiên bản 5.0)'],
    ['TL_VB_DIEN_TU', 91.3, 'Tỷ lệ văn bản điện tử đạt 91,3%'],
    ['SO_NGANH_QR_TTHC', 17, DN_QR, 'Bài báo ghi "17/19 Sở, ban, ngành (đạt tỷ lệ 89,4%)"; 17/19 = 89,47%'],
    ['SO_NGANH_TONG', 19, DN_QR],
    ['HUYEN_QR_TTHC', 8, DN_QR, '08/08 huyện, thành phố'],
    ['HUYEN_TONG', 8, DN_QR],
    ['DVC_MUC3', 423, DN_DVC],
    ['DVC_MUC4', 653, DN_DVC],
    ['DVC_MUC3_CO_HS', 120, DN_DVC_HS, 'Bài báo ghi "đạt tỷ lệ 28,3%"; 120/423 = 28,37%'],
    ['DVC_MUC4_CO_HS', 110, DN_DVC_HS, 'Bài báo ghi "đạt tỷ lệ 16,8%"; 110/653 = 16,85%'],
    ['TTHC_KET_NOI_DVCQG', 436, 'Đã thực hiện kết nối thành công 436 thủ tục hành chính của tỉnh lên Cổng dịch vụ công Quốc gia'],
    ['HS_TRUC_TUYEN_MUC3', 73115, DN_HS],
    ['HS_TRUC_TUYEN_MUC4', 26254, DN_HS],
    ['TL_HS_TRUC_TUYEN_MUC3', 67.6, DN_HS],
    ['TL_HS_TRUC_TUYEN_MUC4', 34, DN_HS],
    ['HS_CCCD', 13969, DN_CCCD],
    ['HS_CCCD_DDDT', 10995, DN_CCCD],
    ['HS_TK_DDDT', 3090, 'Thu nhận hồ sơ cấp tài khoản định danh điện tử đối với công dân đã có thẻ CCCD còn hiệu lực là 3.090 trường hợp'],
    ['DOAN_VIEN_SO_HOA', 28514, DN_DOAN, 'Bài báo ghi "tỷ lệ 91,53%"; 28.514/31.181 = 91,45%'],
    ['DOAN_VIEN_TONG', 31181, DN_DOAN],
    ['DN_CNS_LON', 3, 'trên địa bàn tỉnh chỉ có 03 doanh nghiệp công nghệ số lớn gồm VNPT, Viettel, Mobifone'],
    ['TL_DN_THUE_DT', 100, 'Tỷ lệ doanh nghiệp nộp thuế điện tử và tỷ lệ doanh nghiệp đang hoạt động sử dụng hoá đơn điện tử là 100%'],
    ['TL_DN_HOA_DON_DT', 100, 'Tỷ lệ doanh nghiệp nộp thuế điện tử và tỷ lệ doanh nghiệp đang hoạt động sử dụng hoá đơn điện tử là 100%'],
    [
      'TL_DN_HKD_HOA_DON_DT',
      100,
      '100% doanh nghiệp, tổ chức và hộ kinh doanh trên địa bàn tỉnh đã chuyển đổi sang sử dụng hoá đơn điện tử, Đắk Nông là một trong những địa phương về đích sớm nhất',
    ],
    ['SP_LEN_SAN', 1098, DN_SAN],
    ['OCOP_LEN_SAN', 47, DN_SAN, '47/47 sản phẩm OCOP'],
    ['OCOP_TONG', 47, DN_SAN],
    ['SP_NN_KHAC_LEN_SAN', 1051, DN_SAN],
    ['GIAO_DICH_SAN_TMDT', 17993, DN_SAN],
    ['HO_SXNN_SO_HOA', 111390, 'Tổng số hộ sản xuất nông nghiệp đã được số hóa thông tin là 111.390 hộ, đạt 92,8%', 'Đạt 92,8%'],
    ['HO_SXKD_DAO_TAO_KNS', 120037, 'Số hộ SXKD được đào tạo về kỹ năng số là 120.037 hộ, đạt tỷ lệ 72%', 'Đạt tỷ lệ 72%'],
    [
      'TL_DAN_SO_MUA_SAM_TT',
      25,
      'Có khoảng 25% dân số tham gia mua sắm trực tuyến trên các sàn thương mại điện tử, mạng xã hội và các ứng dụng di động',
      'Khoảng',
    ],
    ['HSSK_CO_TAI_KHOAN', 662386, DN_HSSK, '662.386/664.416 đạt tỷ lệ 99,7%'],
    ['HSSK_TONG', 664416, DN_HSSK],
    ['SO_ATM', 80, DN_ATM, 'Ước'],
    ['SO_POS', 307, DN_POS, 'Ước đến 31/12/2022'],
    ['DV_TRA_LUONG_TK', 1051, DN_LUONG, 'Ước đến cuối năm 2022'],
    ['DV_TRA_LUONG_TK_NSNN', 869, DN_LUONG, 'Ước đến cuối năm 2022'],
    [
      'SO_THE_NH',
      337857,
      'số thẻ được phát hành tại các NHTM đang còn hoạt động ước tính đến hết tháng 12/2022 khoảng 337.857 thẻ',
      'Ước đến hết tháng 12/2022',
    ],
    ['SO_TK_THANH_TOAN', 393915, 'số tài khoản thanh toán các NHTM đã mở cho khách hàng đang còn hoạt động khoảng 393.915 tài khoản', 'Khoảng'],
    ['DV_CHAP_NHAN_QR', 1800, 'ước đến 31/12/2022 có khoảng 1800 đơn vị chấp nhận thanh toán', 'Ước đến 31/12/2022, khoảng'],
    ['TL_THU_NSNN_DT', 90, '90% tổng số thu ngân sách nhà nước được hạch toán bằng phương thức điện tử'],
    ['TL_HOAN_THUE_DT', 100, '100% hồ sơ hoàn thuế giá trị gia tăng được tiếp nhận và xử lý hoàn bằng phương thức điện tử'],
    ['TL_CS_DIEN_LUC_TTKDTM', 100, '100% cơ sở điện lực trên địa bàn chấp nhận TTKDTM'],
    [
      'TL_TIEN_DIEN_TTKDTM',
      72,
      'doanh thu tiền điện của Công ty điện lực Đắk Nông thanh toán qua phương thức điện tử ước đạt 72% tổng doanh thu của đơn vị',
      'Ước',
    ],
    ['TL_CSGD_HOC_PHI_NH', 100, '100% các cơ sở giáo dục và đào tạo trên địa bàn chấp thuận thanh toán học phí qua ngân hàng'],
    ['NHTM_THU_TIEN_NUOC', 5, '5/10 NHTM thỏa thuận thành công với Công ty Cổ phần Cấp nước và Phát triển đô thị Đăk Nông để thu tiền nước qua ngân hàng'],
    ['NHTM_TONG', 10, '5/10 NHTM thỏa thuận thành công với Công ty Cổ phần Cấp nước và Phát triển đô thị Đăk Nông để thu tiền nước qua ngân hàng'],
    ['TL_TRO_CAP_BHXH_TK', 86, '86%/ tổng số người thụ hưởng nhận trợ cấp bảo hiểm xã hội, bảo hiểm thất nghiệp qua tài khoản ngân hàng'],
  ]),
  // "đầu năm" 2022 = the end of 2021
  ...derived('67', '2021S2', 'dakNong2022', [
    ['SO_ATM', 78, DN_ATM, 'Suy ra: 80 ATM, tăng 02 so với đầu năm 2022 ⇒ 78 (cuối năm 2021)'],
    ['SO_POS', 265, DN_POS, 'Suy ra: 307 máy, tăng 42 so với đầu năm 2022 ⇒ 265 (cuối năm 2021)'],
  ]),
  // Year to date: "lũy kế đến hết tháng 09/2022" on September 2022 (not the year: the period model has no Jan–Sep span).
  ...figures('67', '202209', 'dakNong2022', [
    [
      'DOANH_THU_CNTT',
      1607294,
      'doanh thu về công nghiệp công nghệ thông tin lũy kế đến hết tháng 09/2022 ước tính đạt 1.607.294 triệu đồng',
      'Ước tính; lũy kế từ đầu năm đến hết tháng 9/2022',
    ],
  ]),
  ...figures('67', '2022', 'dakNong2022', [['TL_KTS_GRDP', 6.64, DN_KTS, 'Ước tính; tăng 0,25 điểm % so với năm 2021']]),
  ...figures('67', '2021', 'dakNong2022', [['TL_KTS_GRDP', 6.39, DN_KTS]]),
  ...figures('67', '2021', 'nationalCommittee2022', [['DTI_XEP_HANG', 41, DTI_2021, 'Tăng 13 bậc so với năm 2020']]),
  ...derived('67', '2020', 'nationalCommittee2022', [['DTI_XEP_HANG', 54, DTI_2021, 'Suy ra: năm 2021 xếp 41, tăng 13 bậc ⇒ 54']]),
  // Đắk Nông (67), 6 tháng đầu năm 2022 — the same article of August 2022
  ...figures('67', '2022S1', 'nationalCommittee2022', [
    ['DVC_MUC3', 516, AUG_DVC],
    ['DVC_MUC4', 272, AUG_DVC],
    ['TTHC_KET_NOI_DVCQG', 437, AUG_DVC],
    ['SP_LEN_SAN', 630, AUG_SAN],
    ['OCOP_LEN_SAN', 47, AUG_SAN, '47/52 sản phẩm OCOP'],
    ['OCOP_TONG', 52, AUG_SAN],
    ['SP_NN_KHAC_LEN_SAN', 583, AUG_SAN],
    ['HO_SXNN_SO_HOA', 111390, 'tổng số hộ sản xuất nông nghiệp đã được số hóa thông tin là 111.390 hộ, đạt 92,8%', 'Đạt 92,8%'],
    [
      'TL_DAN_SO_MUA_SAM_TT',
      25,
      'Có khoảng 25% dân số tham gia mua sắm trực tuyến trên các sàn thương mại điện tử, mạng xã hội và các ứng dụng di động như',
      'Khoảng',
    ],
    ['TL_THON_4G', 97, AUG_XHS, 'Bài báo ghi "phủ sóng 4G đến 97% thông, buôn, bon"'],
    ['TL_HO_CO_MAY_TINH', 23.17, AUG_XHS],
    ['TL_NGUOI_DUNG_INTERNET', 73.08, AUG_XHS],
    ['TL_DN_HKD_HOA_DON_DT', 100, AUG_HD, 'Đến 29/6/2022 (99,5% đến 15/6/2022)'],
  ]),
  // Cả nước (VN), 6 tháng đầu năm 2022 — Bộ TT&TT at the National Committee's 3rd session; the plan levels are UBQG_KH_2022.
  ...figures('VN', '2022S1', 'nationalCommittee2022', [
    ['TL_DN_HOA_DON_DT', 100, VN_EXTRA],
    ['TL_TMDT_BAN_LE', 11.27, 'tỷ trọng doanh thu thương mại điện tử trong tổng mức bán lẻ đạt 11,27% (kế hoạch là 7%)'],
    ['TL_TAI_KHOAN_15T', 66, 'tỷ lệ người dân từ 15 tuổi có tài khoản thanh toán đạt 66% (vượt 1%)'],
    ['TL_TRUONG_THANH_SMARTPHONE', 70.91, 'tỷ lệ dân số trưởng thành có điện thoại thông minh là 70,91% (kế hoạch 85%)'],
    ['TL_HO_INTERNET_CAP_QUANG', 71.75, 'tỷ lệ hộ gia đình có internet cáp quang băng rộng là 71,75% (kế hoạch 75%)'],
    ['TL_DVCTT_CO_HS', 45.78, 'tỷ lệ dịch vụ công trực tuyến phát sinh hô sơ 45,78% (kế hoạch 80%)'],
    ['TOC_DO_BR_CO_DINH', 71.79, VN_BR_FIXED],
    ['TOC_DO_BR_DI_DONG', 35.29, VN_BR_MOBILE],
    ['VUNG_LOM_DA_PHU', 477, 'Các doanh nghiệp viễn thông di động đã triển khai phủ sóng 477/832 thôn lõm sóng viễn thông'],
    ['VUNG_LOM_TONG', 832, 'Các doanh nghiệp viễn thông di động đã triển khai phủ sóng 477/832 thôn lõm sóng viễn thông'],
    ['MAY_TINH_SONG_MAY_TINH', 457249, 'ban giao cho các tỉnh là 457.249 máy tính trong Chương trình "Sóng và máy tính cho em"'],
    ['NEN_TANG_QG_HOAN_THANH', 35, VN_PLATFORMS],
    ['NEN_TANG_QG_TONG', 35, VN_PLATFORMS],
    ['NEN_TANG_QG_CHINH_THUC', 31, VN_PLATFORMS],
    ['NEN_TANG_QG_THU_NGHIEM', 4, VN_PLATFORMS],
    ['NEN_TANG_SO_CONG_BO', 50, VN_PLATFORMS_50],
    ['NEN_TANG_SO_CQS', 18, VN_PLATFORMS_50],
    ['NEN_TANG_SO_KTS', 16, VN_PLATFORMS_50],
    ['NEN_TANG_SO_XHS', 16, VN_PLATFORMS_50],
  ]),
  ...derived('VN', '2021S1', 'nationalCommittee2022', [
    ['TOC_DO_BR_CO_DINH', 54.1, VN_BR_FIXED, 'Suy ra: 71,79 / 1,327 = 54,1 Mbps (6 tháng đầu năm 2021)'],
    ['TOC_DO_BR_DI_DONG', 33.71, VN_BR_MOBILE, 'Suy ra: 35,29 / 1,047 = 33,71 Mbps (6 tháng đầu năm 2021)'],
  ]),
  // Đắk Nông (67), năm 2023 — hội thảo 2022–2023 (bài không ghi ngày đăng)
  ...figures('67', '2023S2', 'dakNong2023', [
    ['TL_DAN_SO_4G', 99, 'Tỷ lệ dân số được phủ sóng di động theo công nghệ 4G (đạt 99%)'],
    [
      'THON_BANG_RONG',
      585,
      '585/624 thôn, bon, buôn, tổ dân phố được kết nối băng rộng cố định (đạt tỷ lệ 93,8%)',
      'Bài báo ghi "đạt tỷ lệ 93,8%"; 585/624 = 93,75%',
    ],
    ['THON_TONG', 624, '585/624 thôn, bon, buôn, tổ dân phố được kết nối băng rộng cố định (đạt tỷ lệ 93,8%)'],
    ['TL_CQ_CHUYEN_TRACH_CDS', 100, '100% cơ quan cấp tỉnh, cấp huyện có chuyên trách hoặc giao phụ trách'],
    ['TL_CQ_XA_KIEM_NHIEM_CDS', 80, '80% cơ quan cấp xã giao thực hiện kiêm nhiệm về chuyển đổi số, an toàn thông tin'],
    ['TL_XA_THON_CO_TO_CNS', 100, 'Toàn tỉnh có 100% tổ công nghệ số cộng đồng cấp xã, thôn với hơn 4.000 thành viên'],
    ['TL_CSKCB_TTKDTM', 100, '100% cơ sở khám, chữa bệnh đã thực hiện thanh toán viện phí không dùng tiền mặt'],
    [
      'CSGD_TTKDTM',
      207,
      'toàn tỉnh có 207/233 cơ sở giáo dục, trường học (thống kê từ cấp tiểu học trở lên) triển khai hình thức thanh toán không dùng tiền mặt (đạt tỷ lệ 88,9%)',
      'Bài báo ghi "đạt tỷ lệ 88,9%"; 207/233 = 88,84%',
    ],
    [
      'CSGD_TONG',
      233,
      'toàn tỉnh có 207/233 cơ sở giáo dục, trường học (thống kê từ cấp tiểu học trở lên) triển khai hình thức thanh toán không dùng tiền mặt (đạt tỷ lệ 88,9%)',
    ],
  ]),
  // Bắc Kạn (06), năm 2022
  ...figures('06', '2022S2', 'bacKan2022', [
    [
      'DV_MOT_CUA_DT',
      132,
      'Hệ thống "Một cửa điện tử", "Một cửa điện tử liên thông" và dịch vụ công trực tuyến mức độ cao được triển khai sử dụng tại 132 đơn vị',
    ],
    ['TL_XA_PHU_SONG_DD', 100, BK_HT],
    ['TL_CQ_CAP_QUANG', 100, BK_HT],
    ['TL_CQ_TSLCD', 100, BK_HT],
    ['TL_DVCTT_TOAN_TRINH', 100, BK_DVC],
    ['TL_DVCTT_CO_HS', 55, BK_DVC],
    ['TL_HS_TTHC_TRUC_TUYEN', 28, BK_DVC],
    ['TL_DN_HOA_DON_DT', 100, 'Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử đạt 100%'],
    ['THUE_BAO_SMARTPHONE', 192579, BK_TB],
    ['MAT_DO_DIEN_THOAI', 90.5, BK_TB],
    ['THUE_BAO_INTERNET', 224065, BK_TB],
    ['MAT_DO_INTERNET', 62, BK_TB],
  ]),
  // Ninh Thuận (58), 6 tháng đầu năm 2023
  ...figures('58', '2023S1', 'ninhThuan2023S1', [
    ['KH_CT_DAT', 8, 'có 8/19 chỉ tiêu đạt và vượt kế hoạch', 'Kế hoạch hoạt động CĐS năm 2023 (19 chỉ tiêu), kết quả 6 tháng đầu năm'],
    ['KH_CT_TONG', 19, 'có 8/19 chỉ tiêu đạt và vượt kế hoạch'],
    ['TL_CQ_BCD_KH_CDS', 100, '100% cơ quan, đơn vị trong tỉnh đã thành lập BCĐ CĐS và ban hành kế hoạch triển khai nhiệm vụ'],
    // "18 … đã đăng ký sản phẩm CĐS, … 1 sản phẩm đã hoàn thành" computed from the products registry (seed-products.ts);
    // "65 Tổ … 840 thành viên; 446 Tổ … 2.439 thành viên" from the teams registry (seed-teams.ts).
    ['TL_HO_CAP_QUANG', 90, NT_FIBRE],
    ['TL_THON_CAP_QUANG', 100, NT_FIBRE],
    ['TL_CQ_TSLCD', 100, '100% cơ quan nhà nước được kết nối vào mạng truyền số liệu chuyên dùng cơ quan Đảng, Nhà nước'],
    ['TL_DVCTT_DA_PHUONG_TIEN', 100, 'DVCTT toàn trình được cung cấp trên nhiều phương tiện truy cập khác nhau, bao gồm cả thiết bị di động đạt 100%'],
    ['TL_HS_TTHC_TRUC_TUYEN', 81.17, 'tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến đạt 81,17%, vượt 11,17%', 'Vượt 11,17%'],
    ['TL_VB_DIEN_TU_CAP_TINH', 98.95, NT_VB],
    ['TL_VB_DIEN_TU_CAP_HUYEN', 96.58, NT_VB],
    ['TL_VB_DIEN_TU_CAP_XA', 92.35, NT_VB],
    ['TL_OCOP_LEN_SAN', 91.79, 'toàn tỉnh có 91,79% sản phẩm OCOP lên sàn thương mại điện tử (TMĐT)'],
    ['TL_DNNVV_NEN_TANG_SO', 100, 'tỷ lệ DN nhỏ và vừa sử dụng nền tảng số đạt 100%'],
    ['TL_DN_HKD_HOA_DON_DT', 100, '100% DN, hộ kinh doanh sử dụng hóa đơn điện tử'],
    ['TL_TAI_KHOAN_15T', 70, 'tỷ lệ người dân từ đủ 15 tuổi trở lên số có tài khoản giao dịch tại ngân hàng hoặc các tổ chức được phép khác đạt 70%'],
    ['TL_NGUOI_DAN_HSSK', 93.1, 'tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt 93,1%, vượt 3,1%', 'Vượt 3,1%'],
    ['TL_HS_TRUC_TUYEN_DAT_DAI', 2.06, 'một số đơn vị có tỷ lệ hồ sơ DVCTT đạt thấp, nhất là hồ sơ thuộc lĩnh vực đất đai (2,06%)'],
    ['TL_DVCTT_CO_HS', 33.25, 'tỷ lệ DVCTT có phát sinh hồ sơ đạt thấp (33,25%)'],
  ]),
  ...figures('58', '2022', 'ninhThuan2023S1', [
    ['DTI_TINH', 0.5934, NT_DTI, 'Công bố tháng 7/2023; tăng 94,69% so với năm 2021'],
    ['DTI_XEP_HANG', 27, NT_DTI, 'Xếp thứ 27/63, tăng 26 bậc so với năm 2021'],
  ]),
  ...derived('58', '2021', 'ninhThuan2023S1', [
    ['DTI_TINH', 0.3048, NT_DTI, 'Suy ra: 0,5934 / 1,9469 = 0,3048 (năm 2022 tăng 94,69%)'],
    ['DTI_XEP_HANG', 53, NT_DTI, 'Suy ra: năm 2022 xếp 27, tăng 26 bậc ⇒ 53'],
  ]),
];

/** Đà Nẵng (48), DTI 2022 main-index values as published (Σ value × max / 1.000 = 0,8002). Not from a seed article. */
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
  DTI_2022_DA_NANG.map(([code, value]) => [`DTI_TINH.${code}`, value, 'Kết quả DTI cấp tỉnh năm 2022 (Bộ TT&TT công bố)']),
);
