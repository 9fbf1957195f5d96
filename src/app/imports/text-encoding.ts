/**
 * Which text encoding a CSV file uses, from its first bytes: a byte-order mark (UTF-8, UTF-16 LE/BE),
 * UTF-16 without a mark (NUL bytes in every other place), valid UTF-8, else a Windows code page.
 * Windows-1258 (Vietnamese, with combining tone marks) and Windows-1252 (Western) share most bytes:
 * we decode with both and keep the one that reads as Vietnamese with fewer stray characters.
 */
import iconv from 'iconv-lite';

export type TextEncoding = 'utf8' | 'utf16le' | 'utf16be' | 'windows1258' | 'windows1252';

export interface SniffedEncoding {
  encoding: TextEncoding;
  /** Bytes of the byte-order mark to skip. */
  bomLength: number;
}

/** Sniffs the encoding from the first bytes of a file; `complete` says the sample is the whole file. */
export function sniffEncoding(sample: Uint8Array, complete: boolean): SniffedEncoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: 'utf8', bomLength: 3 };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf16le', bomLength: 2 };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf16be', bomLength: 2 };
  const nulls = utf16WithoutBom(sample);
  if (nulls) return { encoding: nulls, bomLength: 0 };
  if (isUtf8(sample, complete)) return { encoding: 'utf8', bomLength: 0 };
  const buffer = Buffer.from(sample);
  const vietnamese = strayCharacters(iconv.decode(buffer, 'windows1258').normalize('NFC'));
  const western = strayCharacters(iconv.decode(buffer, 'windows1252').normalize('NFC'));
  return { encoding: western < vietnamese ? 'windows1252' : 'windows1258', bomLength: 0 };
}

/** ASCII text in UTF-16 has a NUL in every other byte: odd places for LE, even for BE. */
function utf16WithoutBom(sample: Uint8Array): TextEncoding | null {
  const n = Math.min(sample.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) even++;
    if (sample[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.4 && even < pairs * 0.05) return 'utf16le';
  if (even > pairs * 0.4 && odd < pairs * 0.05) return 'utf16be';
  return null;
}

/** Valid UTF-8; a sequence cut by the end of an incomplete sample is allowed. */
export function isUtf8(bytes: Uint8Array, complete: boolean): boolean {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let extra: number;
    if (b < 0x80) extra = 0;
    else if (b >= 0xc2 && b <= 0xdf) extra = 1;
    else if (b >= 0xe0 && b <= 0xef) extra = 2;
    else if (b >= 0xf0 && b <= 0xf4) extra = 3;
    else return false;
    if (i + extra >= bytes.length && extra > 0) return !complete && bytes.slice(i + 1).every((c) => (c & 0xc0) === 0x80);
    for (let k = 1; k <= extra; k++) if (((bytes[i + k] as number) & 0xc0) !== 0x80) return false;
    i += extra + 1;
  }
  return true;
}

const VOWELS = 'aeiouyAEIOUY';
const TONES = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const MODIFIERS: Record<string, string> = { '\u0302': 'aeoAEO', '\u0306': 'aA', '\u031b': 'ouOU' };
const HARMLESS = /[\u00a0\u00ab\u00b0\u00b7\u00bb\u2013\u2014\u2018-\u201d\u2022\u2026\u20ab\u20ac]/;

/** Letters Vietnamese does not use, stray combining marks and replacement characters. */
export function strayCharacters(text: string): number {
  let count = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80 || ch === 'đ' || ch === 'Đ' || HARMLESS.test(ch)) continue;
    if (!isVietnameseLetter(ch)) count += ch === '\ufffd' ? 5 : 1;
  }
  return count;
}

function isVietnameseLetter(ch: string): boolean {
  const [base = '', ...marks] = [...ch.normalize('NFD')];
  if (!/^[A-Za-z]$/.test(base) || marks.length === 0 || marks.length > 2) return false;
  let tones = 0;
  for (const mark of marks) {
    if (TONES.has(mark)) tones++;
    else if (!MODIFIERS[mark]?.includes(base)) return false;
  }
  return tones <= 1 && VOWELS.includes(base);
}
