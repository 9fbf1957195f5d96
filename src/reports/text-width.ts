/**
 * The printed width of a line in Times New Roman (the Adobe Times metrics, which Times New Roman, Liberation
 * Serif and Tinos share), so the DOCX can draw the tiêu ngữ's rule exactly as long as its text and the issuer's
 * short rule a third of its line, as NĐ 30/2020 asks. Vietnamese letters measure as their base letter: the
 * diacritics sit above or below and do not change the advance. Also splits a line too wide for its column in two
 * balanced halves (the issuer "SỞ THÔNG TIN VÀ / TRUYỀN THÔNG").
 */

// Advance widths in 1/1000 em, for ' ' to '~' (95 characters), regular then bold.
const REGULAR = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564,
  444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333,
  469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200,
  480, 541,
];
const BOLD = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570,
  500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333,
  581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220,
  394, 520,
];

function baseLetter(char: string): string {
  if (char === 'Đ') return 'D';
  if (char === 'đ') return 'd';
  return char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** The width of `text` in points at `sizePt`. */
export function textWidthPt(text: string, sizePt: number, bold: boolean): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const char of text) {
    const code = baseLetter(char).charCodeAt(0);
    units += table[code - 32] ?? 500;
  }
  return (units * sizePt) / 1000;
}

/** `text` as one line when it fits `widthPt`, else two lines broken at the space nearest the middle of its width. */
export function balancedLines(text: string, sizePt: number, bold: boolean, widthPt: number): string[] {
  if (textWidthPt(text, sizePt, bold) <= widthPt) return [text];
  const words = text.split(' ');
  let best: string[] = [text];
  let bestWidest = Infinity;
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const widest = Math.max(...lines.map((line) => textWidthPt(line, sizePt, bold)));
    if (widest < bestWidest) [best, bestWidest] = [lines, widest];
  }
  return best;
}
