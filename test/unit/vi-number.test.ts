import { describe, expect, it } from 'vitest';
import { formatViNumber, formatViPercent, NumberParseError, parseViNumber } from '../../src/domain/vi-number.ts';

describe('parseViNumber', () => {
  it.each([
    ['1.607.294', 1607294, 0, false],
    ['73,08%', 73.08, 2, true],
    ['0,5934', 0.5934, 4, false],
    ['91.3', 91.3, 1, false],
    ['0.593', 0.593, 3, false],
    ['1,607,294', 1607294, 0, false],
    ['1.607.294,5', 1607294.5, 1, false],
    ['1,607,294.25', 1607294.25, 2, false],
    [' 28 514 ', 28514, 0, false],
    ['-12,5', -12.5, 1, false],
    ['100%', 100, 0, true],
    ['1.607', 1607, 0, false],
    ['1,607', 1.607, 3, false],
  ])('reads %s', (text, value, decimals, percent) => {
    const parsed = parseViNumber(text);
    expect(parsed.value).toBeCloseTo(value, 10);
    expect(parsed.decimals).toBe(decimals);
    expect(parsed.percent).toBe(percent);
  });

  it.each(['', 'abc', '12a', '1..2', '1.60.294', '1,2,3', '12,5.3.1'])('rejects %j with a clear error', (text) => {
    expect(() => parseViNumber(text)).toThrow(NumberParseError);
  });
});

describe('formatViNumber', () => {
  it('uses vi-VN separators', () => {
    expect(formatViNumber(1607294)).toBe('1.607.294');
    expect(formatViNumber(73.08, 2)).toBe('73,08');
    expect(formatViPercent(93.75, 1)).toBe('93,8%');
  });
});
