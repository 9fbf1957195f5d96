/** `(?,?,…),(?,?,…),…`: the VALUES list of a multi-row insert, `rows` tuples of `width` parameters (recent shapes cached). */
const cache = new Map<string, string>();

export function valuesPlaceholders(rows: number, width: number): string {
  const key = `${rows}x${width}`;
  let text = cache.get(key);
  if (!text) {
    text = new Array(rows).fill(`(${new Array(width).fill('?').join(',')})`).join(',');
    if (cache.size >= 16) cache.clear();
    cache.set(key, text);
  }
  return text;
}
