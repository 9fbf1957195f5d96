/** Spreadsheet column letters and cell references: column index 0 → 'A', 27 → 'AB'; (7, 3) → 'D7'. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function cellRef(rowNumber: number, columnIndex: number): string {
  return `${columnLetter(columnIndex)}${rowNumber}`;
}
