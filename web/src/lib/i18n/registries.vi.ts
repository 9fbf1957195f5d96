/** Vietnamese strings of the registries' shared screens: a unit's registry figures and the records behind a figure. */
export const registriesVi = {
  registries: {
    figuresTitle: 'Chương trình, nhiệm vụ chuyển đổi số',
    figuresLoading: 'Đang tải số liệu từ các sổ đăng ký…',
    figuresNone: 'Chưa có số liệu từ sổ đăng ký',
    figuresNoneHelp:
      'Số liệu này được đếm từ sổ nhiệm vụ, sổ sản phẩm CĐS và sổ tổ công nghệ số cộng đồng của {{unit}}. Khi các đơn vị đăng ký hồ sơ, con số hiện ở đây.',
    registry: {
      tasks: 'Nhiệm vụ',
      products: 'Sản phẩm chuyển đổi số',
      teams: 'Tổ công nghệ số cộng đồng',
    },
    computed: 'Tính từ sổ đăng ký, không nhập tay',
    seeRecords: 'Xem hồ sơ',
    seeRecordsOf: 'Xem các hồ sơ đứng sau con số “{{name}}”',
    recordsTitle: 'Hồ sơ đứng sau con số',
    recordsContext: '{{name}} — {{unit}}, {{period}}',
    recordsLoading: 'Đang tải hồ sơ…',
    recordsTotal_one: '{{formatted}} hồ sơ',
    recordsTotal_other: '{{formatted}} hồ sơ',
    recordsNone: 'Không có hồ sơ nào được đếm',
    recordsNoneHelp: 'Con số bằng 0 vì chưa có hồ sơ nào của {{unit}} trong kỳ {{period}}. Đăng ký hồ sơ trong sổ tương ứng để con số thay đổi.',
    column: { title: 'Hồ sơ', unit: 'Đơn vị', state: 'Trạng thái', date: 'Ngày', counts: 'Tính vào số' },
    state: {
      tasks: { not_started: 'Chưa triển khai', in_progress: 'Đang triển khai', completed: 'Hoàn thành', paused: 'Tạm dừng', overdue: 'Quá hạn' },
      products: { registered: 'Đã đăng ký', in_progress: 'Đang thực hiện', completed: 'Hoàn thành', evaluated: 'Đã đánh giá', withdrawn: 'Đã rút đăng ký' },
      teams: { active: 'Đang hoạt động', dissolved: 'Đã giải thể' },
    },
    simulated: 'mô phỏng',
    simulatedNote: 'Các hồ sơ đánh dấu “mô phỏng” là dữ liệu mẫu được tạo để minh hoạ, không phải hồ sơ thật.',
    previous: '‹ Trang trước',
    next: 'Trang sau ›',
    pageOf: 'Hồ sơ {{from}}–{{to}} trong {{total}}',
    back: 'Quay lại trang chỉ tiêu',
  },
};
