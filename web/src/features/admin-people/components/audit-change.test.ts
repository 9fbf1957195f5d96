/** The audit trail's compact change: the fields that differ, one side alone, values in a few words. */
import { describe, expect, it } from 'vitest';
import { auditChange, shortValue } from './audit-change';

describe('auditChange', () => {
  it('lists only the fields that differ between before and after', () => {
    const change = auditChange({ role: 'reporter', displayName: 'A', disabled: false }, { role: 'approver', displayName: 'A', disabled: false });
    expect(change).toEqual({ entries: [{ field: 'role', before: 'reporter', after: 'approver', hadBefore: true, hasAfter: true }], more: 0 });
  });

  it('a creation lists its fields without a before; more than four are counted, not shown', () => {
    const change = auditChange(null, { a: 1, b: 2, c: 3, d: 4, e: 5 });
    expect(change.entries.map((e) => [e.field, e.hadBefore])).toEqual([
      ['a', false],
      ['b', false],
      ['c', false],
      ['d', false],
    ]);
    expect(change.more).toBe(1);
  });

  it('nothing recorded gives no entry; plain values give one entry without a field', () => {
    expect(auditChange(null, null)).toEqual({ entries: [], more: 0 });
    expect(auditChange('nháp', 'đã gửi').entries).toEqual([{ field: null, before: 'nháp', after: 'đã gửi', hadBefore: true, hasAfter: true }]);
  });
});

describe('shortValue', () => {
  const instant = (iso: string) => `<${iso.slice(0, 10)}>`;
  it('writes instants through the formatter, joins lists, says nothing for empty and clips long text', () => {
    expect(shortValue('2026-12-02T06:25:55.754Z', '—', instant)).toBe('<2026-12-02>');
    expect(shortValue(['68@2025-07-01', '67'], '—', instant)).toBe('68@2025-07-01, 67');
    expect(shortValue([], '—', instant)).toBe('—');
    expect(shortValue(null, '—', instant)).toBe('—');
    expect(shortValue('x'.repeat(100), '—', instant)).toHaveLength(60);
    expect(shortValue(false, '—', instant)).toBe('false');
  });
});
