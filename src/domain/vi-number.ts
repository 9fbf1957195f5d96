/**
 * Numbers as people type them in Vietnamese spreadsheets and reports: "1.607.294", "73,08%", "0,5934",
 * and as machines write them: "1607294", "73.08". vi-VN reading wins where a text is ambiguous
 * ("1.607" is one thousand six hundred and seven; "1,607" is 1.607).
 */

export interface ParsedNumber {
  value: number;
  /** Digits after the decimal separator as typed (used to check reported rates by their rounding). */
  decimals: number;
  percent: boolean;
}

export class NumberParseError extends Error {
  constructor(
    readonly input: string,
    reason: string,
  ) {
    super(`"${input}" không phải là số hợp lệ: ${reason} / not a valid number`);
    this.name = 'NumberParseError';
  }
}

const GROUPED_DOTS = /^\d{1,3}(\.\d{3})+$/; // 1.607.294
const GROUPED_COMMAS = /^\d{1,3}(,\d{3}){2,}$/; // 1,607,294 (two groups at least, else it is a vi-VN decimal)
const PLAIN = /^\d+([.,]\d+)?$/;

export function parseViNumber(input: string): ParsedNumber {
  let text = input.replace(/[\s\u00a0\u202f]/g, '');
  if (text === '') throw new NumberParseError(input, 'ô trống');
  let percent = false;
  if (text.endsWith('%')) {
    percent = true;
    text = text.slice(0, -1);
  }
  let sign = 1;
  if (text.startsWith('-') || text.startsWith('−')) {
    sign = -1;
    text = text.slice(1);
  }
  const normalised = normaliseSeparators(text);
  if (normalised === null) throw new NumberParseError(input, 'có ký tự không phải chữ số');
  const value = sign * Number(normalised);
  if (!Number.isFinite(value)) throw new NumberParseError(input, 'không đọc được');
  const dot = normalised.indexOf('.');
  return { value, decimals: dot < 0 ? 0 : normalised.length - dot - 1, percent };
}

/** Returns the number with '.' as the only decimal separator and no grouping, or null. */
function normaliseSeparators(text: string): string | null {
  if (GROUPED_DOTS.test(text) && !text.startsWith('0.')) return text.replace(/\./g, '');
  if (GROUPED_COMMAS.test(text)) return text.replace(/,/g, '');
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    // Both present: the last one is the decimal separator, the other groups thousands.
    const [group, decimal] = lastComma > lastDot ? ['.', ','] : [',', '.'];
    const [whole = '', fraction = ''] = text.split(decimal);
    if (text.split(decimal).length !== 2) return null;
    const digits = whole.split(group);
    if (!/^\d{1,3}$/.test(digits[0] ?? '') || digits.slice(1).some((g) => !/^\d{3}$/.test(g))) return null;
    if (!/^\d+$/.test(fraction)) return null;
    return `${digits.join('')}.${fraction}`;
  }
  if (!PLAIN.test(text)) return null;
  return text.replace(',', '.');
}

const formatters = new Map<number, Intl.NumberFormat>();

/** vi-VN display: 1.607.294; 73,08; 0,5934. */
export function formatViNumber(value: number, decimals = 0): string {
  let formatter = formatters.get(decimals);
  if (!formatter) {
    formatter = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(decimals, formatter);
  }
  return formatter.format(value);
}

/** vi-VN percentage: 93,8%. */
export function formatViPercent(value: number, decimals = 1): string {
  return `${formatViNumber(value, decimals)}%`;
}
