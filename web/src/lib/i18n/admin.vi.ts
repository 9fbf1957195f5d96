/** Vietnamese strings of the administration home (/admin): the sections an administrator manages. */
export const adminVi = {
  admin: {
    title: 'Quản trị',
    intro: 'Thiết lập danh mục, biểu mẫu, kế hoạch, bộ chỉ số đánh giá, đơn vị hành chính và tài khoản của hệ thống.',
    sections: {
      elements: { title: 'Chỉ tiêu dữ liệu', body: 'Các trường số liệu được thu thập: kiểu giá trị, kỳ báo cáo, giới hạn.' },
      indicators: { title: 'Chỉ số', body: 'Chỉ số tính từ chỉ tiêu dữ liệu bằng công thức, có xem trước giá trị.' },
      datasets: { title: 'Biểu mẫu báo cáo', body: 'Chỉ tiêu theo mục, đơn vị được giao, hạn nộp.' },
      plans: { title: 'Kế hoạch và chỉ tiêu', body: 'Kế hoạch, mục tiêu theo năm; sao chép chỉ tiêu quốc gia cho các tỉnh.' },
      frameworks: { title: 'Bộ chỉ số đánh giá', body: 'Cây chỉ số theo phiên bản, tính bản nháp, công bố, so sánh các lần tính.' },
      'report-templates': { title: 'Mẫu câu báo cáo', body: 'Các câu của báo cáo kết quả chuyển đổi số: sửa cách diễn đạt, đặt lại mặc định.' },
      units: { title: 'Đơn vị hành chính', body: 'Đổi tên, sáp nhập, chia tách, đổi mã, giải thể, có ngày hiệu lực và căn cứ pháp lý.' },
      users: { title: 'Người dùng', body: 'Tạo, khóa tài khoản; vai trò và phạm vi đơn vị; rà soát sau sắp xếp đơn vị.' },
      tokens: { title: 'Khóa API', body: 'Khóa cho hệ thống nguồn gửi số liệu; mã bí mật chỉ hiện một lần.' },
      'open-data': { title: 'Dữ liệu mở', body: 'Công bố chỉ tiêu và kết quả xếp hạng trên cổng dữ liệu mở, không cần đăng nhập.' },
      audit: { title: 'Nhật ký hệ thống', body: 'Ai đã làm gì, lúc nào: lọc theo người, đối tượng và ngày.' },
    },
  },
};
