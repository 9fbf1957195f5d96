/**
 * An audit event's before and after as a few short entries: for objects the fields that differ (role: reporter →
 * approver), for one side alone its fields; values clipped, lists joined. The table puts the entries in words.
 */
const MAX_FIELDS = 4;
const MAX_TEXT = 60;

export interface ChangeEntry {
  /** The field, or null when before/after are not objects. */
  field: string | null;
  before: unknown;
  after: unknown;
  /** Whether the field existed before (so "x → ∅" differs from "x"). */
  hadBefore: boolean;
  hasAfter: boolean;
}

export interface ChangeLine {
  entries: ChangeEntry[];
  /** Fields left out past the first few. */
  more: number;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function auditChange(before: unknown, after: unknown): ChangeLine {
  if (before == null && after == null) return { entries: [], more: 0 };
  if (isObject(before) || isObject(after)) {
    const b = isObject(before) ? before : {};
    const a = isObject(after) ? after : {};
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]));
    const entries = keys.map((k) => ({ field: k, before: b[k], after: a[k], hadBefore: k in b && before != null, hasAfter: k in a }));
    return { entries: entries.slice(0, MAX_FIELDS), more: Math.max(0, entries.length - MAX_FIELDS) };
  }
  return { entries: [{ field: null, before, after, hadBefore: before != null, hasAfter: after != null }], more: 0 };
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** One value in a few words: an instant through `instant`, a list joined, nothing as `none`, long text clipped. */
export function shortValue(value: unknown, none: string, instant: (iso: string) => string): string {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return none;
  const one = (v: unknown): string => (typeof v === 'string' ? (INSTANT.test(v) ? instant(v) : v) : JSON.stringify(v));
  const text = Array.isArray(value) ? value.map(one).join(', ') : one(value);
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}
