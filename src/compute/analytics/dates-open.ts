/** The store's sentinels for open date ranges, re-exported for compute. */
export { BEGINNING_OF_TIME as BEGINNING, END_OF_TIME as END } from '../../store/dates.ts';
