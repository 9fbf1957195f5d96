import { describe, expect, it } from 'vitest';
import { evaluateTarget, projectLinear, summariseStatuses } from '../../src/domain/targets.ts';

describe('evaluateTarget', () => {
  it('Ninh Thuận: 81,17% against 70% is "vượt" by 11,17 points', () => {
    expect(evaluateTarget({ value: 81.17, target: 70, comparison: '>=', decimals: 2 })).toEqual({ status: 'exceeded', gap: 11.17 });
  });
  it('meets exactly at the indicator precision', () => {
    expect(evaluateTarget({ value: 90.004, target: 90, comparison: '>=', decimals: 2 })).toEqual({ status: 'met', gap: 0 });
  });
  it('below a >= target is "chưa đạt" once the period is over', () => {
    expect(evaluateTarget({ value: 28, target: 50, comparison: '>=', decimals: 1 })).toEqual({ status: 'not_met', gap: -22 });
  });
  it('lower-is-better targets use <=', () => {
    expect(evaluateTarget({ value: 3, target: 5, comparison: '<=', decimals: 0 }).status).toBe('exceeded');
    expect(evaluateTarget({ value: 6, target: 5, comparison: '<=', decimals: 0 }).status).toBe('not_met');
  });
  it('an open period projected to miss is "có nguy cơ"; projected to make it is "chưa đạt" for now', () => {
    expect(evaluateTarget({ value: 40, target: 50, comparison: '>=', decimals: 0, periodOpen: true, projected: 45 }).status).toBe('at_risk');
    expect(evaluateTarget({ value: 40, target: 50, comparison: '>=', decimals: 0, periodOpen: true, projected: 55 }).status).toBe('not_met');
    expect(evaluateTarget({ value: 60, target: 50, comparison: '>=', decimals: 0, periodOpen: true, projected: 70 }).status).toBe('exceeded');
  });
  it('no value is "chưa có số liệu"', () => {
    expect(evaluateTarget({ value: null, target: 50, comparison: '>=', decimals: 0 })).toEqual({ status: 'no_data', gap: null });
  });
});

describe('projectLinear', () => {
  it('extends a straight line', () => {
    expect(
      projectLinear(
        [
          { t: 1, value: 10 },
          { t: 2, value: 20 },
          { t: 3, value: 30 },
        ],
        12,
      ),
    ).toBeCloseTo(120, 9);
    expect(projectLinear([], 12)).toBeNull();
  });
});

describe('summariseStatuses', () => {
  it('counts met and exceeded together', () => {
    const s = summariseStatuses(['exceeded', 'met', 'not_met', 'no_data', 'exceeded']);
    expect(s.metOrExceeded).toBe(3);
    expect(s.total).toBe(5);
  });
});
