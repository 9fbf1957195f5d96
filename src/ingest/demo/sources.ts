/**
 * The five seed articles the project started from: each demo figure cites one of them as its evidence.
 * (Texts: ../shared/seeds/ in the project workspace; titles and dates as published.)
 */
export const SOURCES = {
  dakNong2022: 'Bài "Một số kết quả nổi bật của tỉnh Đắk Nông sau 01 năm thực hiện Chuyển đổi số", đăng 11/11/2022',
  dakNong2023: 'Bài về hội thảo CĐS tỉnh Đắk Nông (số liệu 2022–2023), đăng 2023',
  nationalCommittee2022: 'Bài "Phiên họp thứ 3 của Ủy ban Quốc gia về chuyển đổi số", đăng 09/08/2022',
  bacKan2022: 'Bài "Nhìn lại hành trình chuyển đổi số tỉnh Bắc Kạn năm 2022", đăng 15/03/2023',
  ninhThuan2023S1: 'Bài "Chuyển biến tích cực từ công tác chuyển đổi số" (Ninh Thuận, 6 tháng đầu năm 2023)',
} as const;

export type SourceKey = keyof typeof SOURCES;
