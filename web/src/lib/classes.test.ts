import { describe, expect, it } from 'vitest';
import { classOf, valueClasses } from './classes';

describe('choropleth classes', () => {
  it('cuts the range in equal parts, or puts about as many values in each class', () => {
    const values = [0, 1, 2, 3, 4, 5, 6, 7, 8, 100];
    expect(valueClasses(values, 'equal', 4)).toEqual([
      { min: 0, max: 25 },
      { min: 25, max: 50 },
      { min: 50, max: 75 },
      { min: 75, max: 100 },
    ]);
    const quantile = valueClasses(values, 'quantile', 5);
    expect(quantile.map((c) => c.max)).toEqual([2, 4, 6, 8, 100]);
    expect(values.map((v) => classOf(v, quantile))).toEqual([0, 0, 0, 1, 1, 2, 2, 3, 3, 4]);
  });

  it('collapses ties and a single value, and leaves units without a value out of every class', () => {
    expect(valueClasses([100, 100, 100], 'quantile')).toEqual([{ min: 100, max: 100 }]);
    expect(valueClasses([50, 100, 100, 100, 100], 'quantile', 5).length).toBeLessThan(5);
    expect(valueClasses([], 'equal')).toEqual([]);
    expect(classOf(null, [{ min: 0, max: 1 }])).toBe(-1);
    expect(classOf(Number.NaN, [{ min: 0, max: 1 }])).toBe(-1);
  });
});
