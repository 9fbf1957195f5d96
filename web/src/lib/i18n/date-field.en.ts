/** English strings of the date field (components/ui/date-field.tsx): a day typed day/month/year. */
export const dateFieldEn = {
  dateField: {
    format: 'Write day/month/year, e.g. 1/7/2025.',
    invalid: 'Not a date: write day/month/year, e.g. 1/7/2025.',
  },
};
