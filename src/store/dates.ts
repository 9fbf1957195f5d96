/** Sentinels for open date ranges, so range tests stay plain `validFrom <= at AND at < validTo`. */
export const BEGINNING_OF_TIME = '0001-01-01';
export const END_OF_TIME = '9999-12-31';

/** Maps a stored bound back to the API's `null` for "open". */
export function openToNull(date: string): string | null {
  return date === BEGINNING_OF_TIME || date === END_OF_TIME ? null : date;
}
