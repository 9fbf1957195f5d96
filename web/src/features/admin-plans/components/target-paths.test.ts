import { describe, expect, it } from 'vitest';
import { parseTyped, pathColumns, toPathRows, toTargets } from './target-paths';
import type { AdminPlan } from '../api/admin-plans';

const indicator = { code: 'CT_A', name: 'Chỉ tiêu A', nameEn: 'A', unitOfMeasure: '%', decimals: 1, direction: 'higher_is_better' as const };
const plan: AdminPlan = {
  code: 'P',
  name: 'Kế hoạch',
  nameEn: 'Plan',
  legalBasis: null,
  unitCode: '67',
  unitName: 'Đắk Nông',
  startPeriod: '2024',
  endPeriod: '2026',
  targetCount: 3,
  groups: [
    {
      group: 'Hạ tầng số',
      targets: [
        { indicator, unit: '67', period: '2024', value: 80, comparison: '>=', label: 'Nguồn' },
        { indicator, unit: '67', period: '2026', value: 92.5, comparison: '>=', label: null },
        { indicator, unit: '67', period: '2025S1', value: 85, comparison: '>=', label: null },
      ],
    },
  ],
};

describe('yearly target paths', () => {
  it('one row per indicator and unit, a column per year of the span and any other period', () => {
    const rows = toPathRows(plan, 'vi');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.cells).toEqual({ '2024': '80', '2026': '92,5', '2025S1': '85' });
    expect(pathColumns(plan, rows)).toEqual(['2024', '2025', '2025S1', '2026']);
  });

  it('back to targets: empty cells are none, labels kept, Vietnamese decimals read; a cell that is not a number is named', () => {
    const rows = toPathRows(plan, 'vi');
    rows[0]!.cells['2025'] = '88,25';
    const { targets, bad } = toTargets(rows, pathColumns(plan, rows));
    expect(bad).toBeNull();
    expect(targets.map((t) => [t.period, t.value, t.label ?? null])).toEqual([
      ['2024', 80, 'Nguồn'],
      ['2025', 88.25, null],
      ['2025S1', 85, null],
      ['2026', 92.5, null],
    ]);
    rows[0]!.cells['2025'] = '8x';
    expect(toTargets(rows, ['2025']).bad?.period).toBe('2025');
    expect(parseTyped('1.607')).toBe(1.607);
    expect(parseTyped('')).toBeNull();
  });
});
