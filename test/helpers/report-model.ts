/**
 * A fixture ReportModel with the seed articles' figures, for the renderers' tests (test/reports/): Đắk Nông 2022
 * ("71/71 xã, phường, thị trấn được kết nối cáp quang", "585/624 thôn, bon, buôn, tổ dân phố … 93,8%", 4G 99%)
 * and Ninh Thuận's DTI 2022 ("đạt 0,5934, xếp thứ 27/63, tăng 26 bậc so với năm 2021"). Long enough to run onto
 * a second page, so page numbering from page 2 shows.
 */
import type { ReportModel } from '../../src/reports/model.ts';

export function seedReportModel(): ReportModel {
  return {
    header: {
      parentBody: 'UBND TỈNH ĐẮK NÔNG',
      issuingBody: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
      number: 'Số:        /BC-STTTT',
      place: 'Đắk Nông',
      date: '2022-12-15',
      documentType: 'BÁO CÁO',
      summary: 'Kết quả thực hiện chuyển đổi số năm 2022',
    },
    introduction: [
      'Thực hiện Nghị quyết số 09-NQ/TU ngày 01/11/2021 của Tỉnh ủy Đắk Nông về chuyển đổi số tỉnh Đắk Nông đến năm 2025, định hướng đến năm 2030, Sở Thông tin và Truyền thông báo cáo kết quả thực hiện chuyển đổi số năm 2022 như sau:',
    ],
    sections: [
      {
        key: 'nhan-thuc-so',
        title: '1. Nhận thức số',
        paragraphs: [
          'Tỉnh đã kiện toàn Ban chỉ đạo Chuyển đổi số cấp tỉnh; 100% cơ quan cấp tỉnh, cấp huyện có chuyên trách hoặc giao phụ trách chuyển đổi số; toàn tỉnh có 100% tổ công nghệ số cộng đồng cấp xã, thôn với hơn 4.000 thành viên.',
        ],
        tables: [],
      },
      {
        key: 'ha-tang-so',
        title: '3. Hạ tầng số',
        paragraphs: [
          '71/71 xã, phường, thị trấn được kết nối cáp quang đến trung tâm (đạt 100%). Tỷ lệ dân số được phủ sóng di động theo công nghệ 4G đạt 99%.',
          '585/624 thôn, bon, buôn, tổ dân phố được kết nối băng rộng cố định, đạt tỷ lệ 93,8%, thấp hơn chỉ tiêu 100% là 6,2 điểm phần trăm.',
        ],
        tables: [
          {
            title: 'Bảng 1. Hạ tầng số năm 2022',
            columns: [
              { label: 'Chỉ tiêu', format: { kind: 'text' } },
              { label: 'Đạt', format: { kind: 'number', decimals: 0 } },
              { label: 'Tổng số', format: { kind: 'number', decimals: 0 } },
              { label: 'Tỷ lệ', format: { kind: 'percent', decimals: 1 } },
              { label: 'Chỉ tiêu kế hoạch', format: { kind: 'percent', decimals: 0 } },
            ],
            rows: [
              ['Xã, phường, thị trấn kết nối cáp quang', 71, 71, 100, 100],
              ['Thôn, bon, buôn, tổ dân phố có băng rộng cố định', 585, 624, 93.75, 100],
              ['Dân số được phủ sóng 4G', null, null, 99, 100],
              ['Dân số toàn tỉnh (người)', 670776, null, null, null],
            ],
            note: 'Nguồn: Sở Thông tin và Truyền thông tỉnh Đắk Nông.',
          },
        ],
      },
      {
        key: 'chinh-quyen-so',
        title: '5. Chính quyền số',
        paragraphs: [
          'Tỉnh đã khai trương Trung tâm điều hành thông minh (IOC) từ tháng 11/2022; ứng dụng "DAKNONG-C" có hơn 13.000 lượt cài đặt.',
          'Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2022 của tỉnh Ninh Thuận đạt 0,5934, xếp thứ 27/63, tăng 26 bậc so với năm 2021 (số liệu so sánh).',
        ],
        tables: [
          {
            title: 'Bảng 2. Chỉ số DTI cấp tỉnh năm 2022',
            columns: [
              { label: 'Tỉnh', format: { kind: 'text' } },
              { label: 'Điểm DTI', format: { kind: 'number', decimals: 4 } },
              { label: 'Xếp hạng', format: { kind: 'text' } },
              { label: 'Thay đổi (bậc)', format: { kind: 'number', decimals: 0 } },
            ],
            rows: [['Ninh Thuận', 0.5934, '27/63', 26]],
          },
        ],
      },
      {
        key: 'xa-hoi-so',
        title: '7. Xã hội số',
        paragraphs: [
          'Toàn tỉnh có 207/233 cơ sở giáo dục, trường học triển khai thanh toán không dùng tiền mặt, đạt tỷ lệ 88,9%; 100% cơ sở khám, chữa bệnh thực hiện thanh toán viện phí không dùng tiền mặt.',
        ],
        tables: [],
      },
    ],
    closing: [
      {
        key: 'cham-tien-do',
        title: 'II. Các chỉ tiêu chậm tiến độ',
        paragraphs: [
          'Tỷ lệ thôn, bon, buôn, tổ dân phố được kết nối băng rộng cố định đạt 93,8%, chưa đạt chỉ tiêu 100%. Nguyên nhân: 39 thôn, bon vùng sâu chưa có hạ tầng truyền dẫn. Chỉ đạo: các doanh nghiệp viễn thông hoàn thành kết nối trong quý I năm 2023.',
          'Việc phát triển các cơ sở dữ liệu chuyên ngành, làm giàu dữ liệu, khai thác dữ liệu để tạo ra giá trị mới còn hạn chế; việc đồng bộ, chia sẻ dữ liệu để hình thành danh mục dữ liệu dùng chung chưa đáp ứng yêu cầu.',
        ],
        tables: [],
      },
      {
        key: 'bao-cao',
        title: 'III. Tình hình báo cáo',
        paragraphs: ['Đã nhận báo cáo của 8/8 huyện, thành phố (100%) và 19/20 sở, ban, ngành (95,0%).'],
        tables: [],
      },
    ],
    signature: { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn Hùng' },
    recipients: ['UBND tỉnh (b/c);', 'Bộ Thông tin và Truyền thông (b/c);', 'Các sở, ban, ngành;', 'UBND các huyện, thành phố;', 'Lưu: VT, CĐS.'],
    sources: [
      { subject: 'KN_CAP_QUANG_XA, 2022', citation: 'Bài "Đắk Nông có 100% tổ công nghệ số cộng đồng cấp xã, thôn", Cổng TTĐT tỉnh Đắk Nông' },
      { subject: 'DTI_TINH, Ninh Thuận, 2022', citation: 'Bộ Thông tin và Truyền thông, công bố DTI 2022 (tháng 7/2023)' },
    ],
    simulatedNotice: 'Báo cáo có số liệu mô phỏng (dữ liệu minh họa), không dùng cho văn bản chính thức. / Contains simulated demo data.',
  };
}
