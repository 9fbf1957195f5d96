import { describe, expect, it } from 'vitest';
import { createI18n } from './index';
import { periodLabel } from './period-label';
import { vi } from './vi';
import { en } from './en';

/** Every key path with its text. */
function entries(catalogue: object, prefix = ''): [string, string][] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : entries(value as object, `${prefix}${key}.`),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();

describe('the catalogues', () => {
  it('have the same keys, none empty, and the same placeholders where both use them', () => {
    const viEntries = new Map(entries(vi));
    const enEntries = new Map(entries(en));
    expect([...enEntries.keys()].sort()).toEqual([...viEntries.keys()].sort());
    for (const [key, text] of [...viEntries, ...enEntries]) expect(text.trim(), key).not.toBe('');
    // English may use another placeholder for the same fact (monthName for a month number), never a missing one.
    for (const [key, text] of viEntries) {
      const missingInEn = placeholders(text).filter((p) => !placeholders(enEntries.get(key)!).includes(p) && !['roman', 'month'].includes(p));
      expect(missingInEn, key).toEqual([]);
    }
  });

  it('writes Vietnamese with its diacritics in NFC (so search, sorting and fonts agree)', () => {
    for (const [key, text] of entries(vi)) expect(text, key).toBe(text.normalize('NFC'));
    expect(vi.view.now).toBe('Theo địa giới hiện nay');
    expect(vi.view.was).toBe('Như đã báo cáo');
  });
});

describe('period labels', () => {
  it('in Vietnamese and English', () => {
    const viT = createI18n('vi').t;
    const enT = createI18n('en').t;
    expect(['2023', '2023S1', '2023S2', '2023Q2', '202306'].map((id) => periodLabel(id, viT, 'vi'))).toEqual([
      'Năm 2023',
      '6 tháng đầu năm 2023',
      '6 tháng cuối năm 2023',
      'Quý II/2023',
      'Tháng 6/2023',
    ]);
    expect(['2023', '2023S1', '2023Q2', '202306'].map((id) => periodLabel(id, enT, 'en'))).toEqual(['2023', 'First half of 2023', 'Q2 2023', 'June 2023']);
  });
});

describe('period labels inside a sentence', () => {
  it('put the first word of a Vietnamese label in lower case, keep English and other labels as they are', () => {
    const vi = createI18n('vi');
    expect(vi.t('plans.none', { unit: 'Đắk Nông (67)', period: 'Năm 2024' })).toBe('Chưa có kế hoạch nào của Đắk Nông (67) cho năm 2024.');
    expect(vi.t('plans.none', { unit: 'Đắk Nông (67)', period: 'Quý II/2023' })).toBe('Chưa có kế hoạch nào của Đắk Nông (67) cho quý II/2023.');
    expect(vi.t('plans.none', { unit: 'Đắk Nông (67)', period: '6 tháng đầu năm 2023' })).toContain('cho 6 tháng đầu năm 2023.');
    const en = createI18n('en');
    expect(en.t('plans.none', { unit: 'Dak Nong (67)', period: 'Year 2024' })).toContain('Year 2024');
  });
});
