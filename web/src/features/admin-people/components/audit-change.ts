/**
 * An audit event's before and after in one short line: for two objects the fields that differ
 * ("role: reporter → approver"), for one side alone its fields ("units: 67@2025-07-01"), values clipped.
 */
const MAX_FIELDS = 4;
const MAX_TEXT = 60;

function short(value: unknown): string {
  if (value === null || value === undefined) return '∅';
  const text =
    typeof value === 'string'
      ? value
      : Array.isArray(value)
        ? value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ')
        : JSON.stringify(value);
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export interface ChangeLine {
  lines: string[];
  /** Fields left out past the first few. */
  more: number;
}

export function auditChange(before: unknown, after: unknown): ChangeLine {
  if (before == null && after == null) return { lines: [], more: 0 };
  if (isObject(before) || isObject(after)) {
    const b = isObject(before) ? before : {};
    const a = isObject(after) ? after : {};
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]));
    const lines = keys.map((k) => (k in b && k in a ? `${k}: ${short(b[k])} → ${short(a[k])}` : k in a ? `${k}: ${short(a[k])}` : `${k}: ${short(b[k])} → ∅`));
    return { lines: lines.slice(0, MAX_FIELDS), more: Math.max(0, lines.length - MAX_FIELDS) };
  }
  return { lines: [before == null ? short(after) : `${short(before)} → ${short(after)}`], more: 0 };
}
