/**
 * The XLSX template of the team spreadsheet: one sheet "Danh sách" with the header (import-columns.ts), one row per
 * member, and a sheet "Hướng dẫn" saying what goes in each column (in words, never as a second header: only one
 * sheet of the file has the columns the import looks for).
 */
import ExcelJS from 'exceljs';
import { TEAM_IMPORT_FIELDS } from './import-columns.ts';

const HELP: Record<string, string> = {
  unit: 'Mã xã, phường, thị trấn (mã đơn vị hành chính, ví dụ 22738) có hiệu lực vào ngày quyết định',
  level: '"Xã" (tổ cấp xã) hoặc "Thôn" (tổ cấp thôn, khu phố)',
  village: 'Tên thôn, khu phố của tổ cấp thôn (bỏ trống với tổ cấp xã)',
  name: 'Tên tổ (bỏ trống: "Tổ công nghệ số cộng đồng" + tên xã hoặc thôn)',
  decisionNumber: 'Số quyết định thành lập tổ, ví dụ 125/QĐ-UBND (giống nhau ở mọi dòng của cùng tổ)',
  decisionDate: 'Ngày quyết định, dạng 21/3/2023',
  decisionIssuer: 'Cơ quan ban hành, ví dụ UBND xã Phước Hậu',
  memberName: 'Họ và tên thành viên (dữ liệu cá nhân: chỉ cán bộ của xã và quản trị viên xem được)',
  role: '"Tổ trưởng", "Tổ phó" hoặc "Thành viên"',
  phone: 'Số điện thoại (10 chữ số, ví dụ 0912 345 678)',
  villageServed: 'Thôn, khu phố thành viên phụ trách (tổ cấp thôn: bỏ trống là thôn của tổ)',
  joinedOn: 'Ngày tham gia (bỏ trống: ngày quyết định)',
};

export async function buildTeamTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'DX-IOC';
  const sheet = workbook.addWorksheet('Danh sách', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(TEAM_IMPORT_FIELDS.map((f) => f.label));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  TEAM_IMPORT_FIELDS.forEach((f, i) => {
    sheet.getColumn(i + 1).width = Math.max(14, f.label.length + 4);
    if (f.field === 'unit' || f.field === 'phone') sheet.getColumn(i + 1).numFmt = '@';
  });
  const help = workbook.addWorksheet('Hướng dẫn');
  help.getColumn(1).width = 22;
  help.getColumn(2).width = 100;
  help.addRow(['TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG — MẪU DANH SÁCH THÀNH VIÊN']).font = { bold: true, size: 13 };
  help.addRow(['Mỗi dòng của trang "Danh sách" là một thành viên; các thành viên cùng xã, cùng cấp, cùng thôn là một tổ.']);
  help.addRow([
    'Tệp có một dòng lỗi thì không ghi gì: sửa các ô được báo lỗi rồi tải lên lại. Tải lên lại một tổ đã có sẽ thay danh sách thành viên của tổ đó.',
  ]);
  help.addRow([]);
  for (const f of TEAM_IMPORT_FIELDS) help.addRow([`Cột ${f.label}${f.required ? ' (bắt buộc)' : ''}`, HELP[f.field] ?? '']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
