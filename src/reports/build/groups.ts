/**
 * The seeds' groups of a progress report (nhận thức số, thể chế số, hạ tầng số, nhân lực số, chính quyền số, kinh
 * tế số, xã hội số) and which one an indicator goes in: the group its plan target is filed under when it names one
 * ("Chính phủ số" is chính quyền số), else words of the indicator's name ("cáp quang" → hạ tầng số, "DVCTT" →
 * chính quyền số); an indicator that matches none goes under "Các chỉ tiêu khác", last. Indicators carry no group
 * in the metadata model, so this reading of names is the one place that decides it.
 */
import { foldVietnamese } from '../../domain/text.ts';

export interface ReportGroup {
  key: string;
  title: string;
  /** Folded words (no diacritics, lower case) that put an indicator or a target group here. */
  words: string[];
}

export const REPORT_GROUPS: readonly ReportGroup[] = [
  { key: 'nhan-thuc-so', title: 'Nhận thức số', words: ['nhan thuc', 'tuyen truyen', 'to cong nghe so', 'ban chi dao'] },
  { key: 'the-che-so', title: 'Thể chế số', words: ['the che', 'ke hoach cds', 'ke hoach chuyen doi so', 'chi tieu cua ke hoach', 'co che, chinh sach'] },
  {
    key: 'ha-tang-so',
    title: 'Hạ tầng số',
    words: ['ha tang', 'cap quang', 'bang rong', 'phu song', 'lom song', 'internet', 'thue bao', 'dien thoai thong minh', '4g', 'truyen so lieu'],
  },
  { key: 'nhan-luc-so', title: 'Nhân lực số', words: ['nhan luc', 'chuyen trach', 'kiem nhiem', 'ky nang so', 'dao tao'] },
  {
    key: 'chinh-quyen-so',
    title: 'Chính quyền số',
    words: [
      'chinh quyen so',
      'chinh phu so',
      'dvctt',
      'dich vu cong',
      'tthc',
      'thu tuc hanh chinh',
      'van ban dien tu',
      'mot cua',
      'ma qr',
      'nen tang so quoc gia',
      'doan vien',
      'dinh danh',
      'can cuoc',
      'ho so truc tuyen',
    ],
  },
  {
    key: 'kinh-te-so',
    title: 'Kinh tế số',
    words: ['kinh te so', 'grdp', 'tmdt', 'thuong mai dien tu', 'ocop', 'hoa don dien tu', 'doanh nghiep', 'doanh thu', 'nop thue'],
  },
  {
    key: 'xa-hoi-so',
    title: 'Xã hội số',
    words: ['xa hoi so', 'suc khoe', 'khong dung tien mat', 'tai khoan', 'thanh toan', 'ngan hang', 'tien nuoc', 'tien dien', 'dan so truong thanh'],
  },
];

export const OTHER_GROUP: ReportGroup = { key: 'khac', title: 'Các chỉ tiêu khác', words: [] };

function match(text: string): ReportGroup | null {
  const folded = foldVietnamese(text);
  return REPORT_GROUPS.find((g) => g.words.some((w) => folded.includes(w))) ?? null;
}

/** The group of an indicator: its target's group name first, then its name; "other" when neither says. */
export function groupOf(indicator: { name: string }, targetGroup: string | null): ReportGroup {
  return (targetGroup ? match(targetGroup) : null) ?? match(indicator.name) ?? OTHER_GROUP;
}
