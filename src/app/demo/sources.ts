/**
 * The seed articles the project started from (and the published DTI 2022 results): each demo figure cites
 * one of them as its evidence (a document record: `reference` as its số/ký hiệu, the title as its trích yếu, `date`
 * as its date; see cite-sources.ts). `date` is the day the article was posted as it prints it, or null when the
 * article prints none (then `reference` says so); `enteredOn` is the day the demo enters and approves its figures:
 * the posting date when there is one, else the end of the span the article reports (named in `note`), never a
 * posting date of our own. (Texts: ../shared/seeds/ in the project workspace, `file`.)
 */
export interface Source {
  title: string;
  reference: string;
  date: string | null;
  enteredOn: string;
  /** The seed file under ../shared/seeds the figures are quoted from (null: not a seed article). */
  file: string | null;
  note?: string;
}

export const SOURCES = {
  dakNong2022: {
    title: 'Bài "Một số kết quả nổi bật của tỉnh Đắk Nông sau 01 năm thực hiện Chuyển đổi số", đăng 11/11/2022',
    reference: 'Bài đăng 11/11/2022',
    date: '2022-11-11',
    enteredOn: '2022-11-11',
    file: '000_810c1302779e3ef6.txt',
  },
  dakNong2023: {
    title: 'Bài "Đắk Nông có 100% tổ công nghệ số cộng đồng cấp xã, thôn" (bài không ghi ngày đăng)',
    reference: 'Bài không ghi ngày đăng',
    date: null,
    enteredOn: '2023-12-31',
    file: '001_47ccf47db93a47e4.txt',
    note: 'Bài không ghi ngày đăng; số liệu "trong 2 năm (2022-2023)", "đến nay": ghi vào kỳ cuối năm 2023',
  },
  nationalCommittee2022: {
    title: 'Bài "Phiên họp thứ 3 của Ủy ban Quốc gia về chuyển đổi số", đăng 09/08/2022',
    reference: 'Bài đăng 09/08/2022',
    date: '2022-08-09',
    enteredOn: '2022-08-09',
    file: '002_dbe19928aabf96a0.txt',
  },
  bacKan2022: {
    title: 'Bài "Nhìn lại hành trình chuyển đổi số tỉnh Bắc Kạn năm 2022", đăng 15/03/2023',
    reference: 'Bài đăng 15/03/2023',
    date: '2023-03-15',
    enteredOn: '2023-03-15',
    file: '003_502a3862bafb24e7.txt',
  },
  ninhThuan2023S1: {
    title: 'Bài "Chuyển biến tích cực từ công tác chuyển đổi số" (Ninh Thuận, 6 tháng đầu năm 2023; bài không ghi ngày đăng)',
    reference: 'Bài không ghi ngày đăng',
    date: null,
    enteredOn: '2023-07-31',
    file: '004_fb1aeb3691090da6.txt',
    note: 'Bài không ghi ngày đăng; nêu kết quả DTI 2022 "công bố … trong tháng 7/2023": ghi vào cuối tháng 7/2023',
  },
  dti2022: {
    title: 'Kết quả Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2022 do Bộ Thông tin và Truyền thông công bố (giá trị chỉ số chính)',
    reference: 'Kết quả DTI cấp tỉnh năm 2022',
    date: '2023-07-31',
    enteredOn: '2023-07-31',
    file: null,
  },
} as const satisfies Record<string, Source>;

export type SourceKey = keyof typeof SOURCES;
