/**
 * The columns of the communes' team spreadsheets (one row per member) and the template's header: each field with
 * its Vietnamese header and the folded spellings a header may have (header-match.ts foldHeader).
 */
export const TEAM_IMPORT_FIELDS = [
  { field: 'unit', label: 'Mã xã', required: true, aliases: ['ma xa', 'ma don vi', 'ma xa phuong', 'ma xa phuong thi tran', 'commune code'] },
  { field: 'level', label: 'Cấp tổ', required: true, aliases: ['cap to', 'cap', 'level', 'team level'] },
  { field: 'village', label: 'Thôn, khu phố', required: false, aliases: ['thon khu pho', 'thon', 'khu pho', 'village'] },
  { field: 'name', label: 'Tên tổ', required: false, aliases: ['ten to', 'team name'] },
  { field: 'decisionNumber', label: 'Số quyết định', required: true, aliases: ['so quyet dinh', 'quyet dinh so', 'decision number'] },
  { field: 'decisionDate', label: 'Ngày quyết định', required: true, aliases: ['ngay quyet dinh', 'ngay ban hanh', 'decision date'] },
  { field: 'decisionIssuer', label: 'Cơ quan ban hành', required: true, aliases: ['co quan ban hanh', 'noi ban hanh', 'issuer', 'decision issuer'] },
  { field: 'memberName', label: 'Họ và tên', required: true, aliases: ['ho va ten', 'ho ten', 'ten thanh vien', 'member name', 'name'] },
  { field: 'role', label: 'Vai trò', required: true, aliases: ['vai tro', 'chuc danh', 'chuc vu trong to', 'role'] },
  { field: 'phone', label: 'Số điện thoại', required: false, aliases: ['so dien thoai', 'dien thoai', 'sdt', 'phone'] },
  { field: 'villageServed', label: 'Thôn phụ trách', required: false, aliases: ['thon phu trach', 'thon phuc vu', 'dia ban phu trach', 'village served'] },
  { field: 'joinedOn', label: 'Ngày tham gia', required: false, aliases: ['ngay tham gia', 'joined on'] },
] as const;

export type TeamImportField = (typeof TEAM_IMPORT_FIELDS)[number]['field'];
