/**
 * The seed articles the project started from (and the published DTI 2022 results): each demo figure cites
 * one of them as its evidence (a document record: `reference` as its số/ký hiệu, the title as its trích yếu; see
 * cite-sources.ts), and is entered and approved on the date the article appeared.
 * (Texts: ../shared/seeds/ in the project workspace; titles and dates as published.)
 */
export const SOURCES = {
  dakNong2022: {
    title: 'Bài "Một số kết quả nổi bật của tỉnh Đắk Nông sau 01 năm thực hiện Chuyển đổi số", đăng 11/11/2022',
    reference: 'Bài đăng 11/11/2022',
    date: '2022-11-11',
  },
  dakNong2023: { title: 'Bài về hội thảo CĐS tỉnh Đắk Nông (số liệu 2022–2023), đăng cuối năm 2023', reference: 'Bài đăng cuối năm 2023', date: '2023-12-31' },
  nationalCommittee2022: {
    title: 'Bài "Phiên họp thứ 3 của Ủy ban Quốc gia về chuyển đổi số", đăng 09/08/2022',
    reference: 'Bài đăng 09/08/2022',
    date: '2022-08-09',
  },
  bacKan2022: { title: 'Bài "Nhìn lại hành trình chuyển đổi số tỉnh Bắc Kạn năm 2022", đăng 15/03/2023', reference: 'Bài đăng 15/03/2023', date: '2023-03-15' },
  ninhThuan2023S1: {
    title: 'Bài "Chuyển biến tích cực từ công tác chuyển đổi số" (Ninh Thuận, 6 tháng đầu năm 2023)',
    reference: 'Bài về 6 tháng đầu năm 2023',
    date: '2023-07-31',
  },
  dti2022: {
    title: 'Kết quả Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2022 do Bộ Thông tin và Truyền thông công bố (giá trị chỉ số chính)',
    reference: 'Kết quả DTI cấp tỉnh năm 2022',
    date: '2023-07-31',
  },
} as const;

export type SourceKey = keyof typeof SOURCES;
