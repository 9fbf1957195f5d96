/** Vietnamese strings of the date field (components/ui/date-field.tsx): a day typed day/month/year. */
export const dateFieldVi = {
  dateField: {
    format: 'Viết ngày/tháng/năm, ví dụ 1/7/2025.',
    invalid: 'Chưa phải một ngày: viết ngày/tháng/năm, ví dụ 1/7/2025.',
  },
};
