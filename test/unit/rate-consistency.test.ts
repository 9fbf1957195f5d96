import { describe, expect, it } from 'vitest';
import { checkReportedRate } from '../../src/domain/rate-consistency.ts';

describe('checkReportedRate on the seed articles', () => {
  it.each([
    // count, total, reported %, decimals, consistent?
    [585, 624, 93.8, 1, true], // "585/624 thôn … (đạt tỷ lệ 93,8%)": 93,75 → 93,8
    [662386, 664416, 99.7, 1, true], // HSSK 99,69 → 99,7
    [110, 653, 16.8, 1, true], // 16,85 → 16,8
    [17, 19, 89.4, 1, false], // 89,47 → 89,5
    [28514, 31181, 91.53, 2, false], // 91,45
    [207, 233, 88.9, 1, false], // 88,84 → 88,8
    [120, 423, 28.3, 1, false], // 28,37 → 28,4
    [71, 71, 100, 0, true],
  ])('%i/%i reported as %f%% → consistent %s', (count, total, reported, decimals, consistent) => {
    const check = checkReportedRate(count, total, reported, decimals);
    expect(check.consistent).toBe(consistent);
    expect(check.computed).toBeCloseTo((count / total) * 100, 9);
  });

  it('flags a zero total instead of dividing by it', () => {
    expect(checkReportedRate(1, 0, 0, 0).consistent).toBe(false);
  });
});
