import { describe, expect, it } from 'vitest';
import { MAX_FORMULA_LENGTH, MAX_FORMULA_NESTING } from '../../src/domain/formula.ts';
import {
  checkRule,
  findViolations,
  ratioRules,
  typedDecimals,
  validateRuleDefinition,
  type RateConsistencyRule,
  type ValidationRule,
} from '../../src/domain/validation-rules.ts';
import { deadlineFor, isExpected, validateDataset } from '../../src/domain/validation-dataset.ts';

const rate: RateConsistencyRule = {
  kind: 'rate_consistency',
  code: 'TL_THON',
  name: 'Tỷ lệ thôn',
  countElement: 'N',
  totalElement: 'D',
  rateElement: 'R',
  severity: 'warning',
  message: 'Tỷ lệ không khớp',
};
const values = (n: number, d: number, r: number) =>
  new Map([
    ['N', n],
    ['D', d],
    ['R', r],
  ]);

describe('rate consistency rule (seed articles)', () => {
  it.each([
    [17, 19, 89.4, '89,5'],
    [28514, 31181, 91.53, '91,45'],
    [207, 233, 88.9, '88,8'],
  ])('flags %i/%i reported as %f (expected %s)', (n, d, r, expected) => {
    const v = checkRule(rate, values(n, d, r));
    expect(v?.severity).toBe('warning');
    expect(v?.message).toContain(`${expected}%`);
  });

  it.each([
    [585, 624, 93.8],
    [662386, 664416, 99.7],
  ])('accepts %i/%i reported as %f', (n, d, r) => {
    expect(checkRule(rate, values(n, d, r))).toBeNull();
  });

  it('is not applicable while an input is missing or the total is 0', () => {
    expect(
      checkRule(
        rate,
        new Map([
          ['N', 17],
          ['R', 89.4],
        ]),
      ),
    ).toBeNull();
    expect(checkRule(rate, values(0, 0, 50))).toBeNull();
  });

  it('reads the precision the rate was typed with', () => {
    expect([typedDecimals(89.4), typedDecimals(91.53), typedDecimals(93), typedDecimals(1e-7)]).toEqual([1, 2, 0, 0]);
  });
});

describe('compare rules', () => {
  const fibre: ValidationRule = {
    kind: 'compare',
    code: 'CAP_QUANG',
    name: 'xã cáp quang ≤ tổng',
    left: '#{XA_CAP_QUANG}',
    operator: '<=',
    right: '#{XA_TONG}',
    severity: 'error',
    message: 'Số xã có cáp quang ≤ tổng số xã',
  };

  it('holds, fails with both sides shown, or does not apply', () => {
    expect(
      checkRule(
        fibre,
        new Map([
          ['XA_CAP_QUANG', 71],
          ['XA_TONG', 71],
        ]),
      ),
    ).toBeNull();
    const v = checkRule(
      fibre,
      new Map([
        ['XA_CAP_QUANG', 72],
        ['XA_TONG', 71],
      ]),
    );
    expect(v).toMatchObject({ rule: 'CAP_QUANG', severity: 'error', elements: ['XA_CAP_QUANG', 'XA_TONG'] });
    expect(v?.message).toContain('72 <= 71');
    expect(checkRule(fibre, new Map([['XA_CAP_QUANG', 72]]))).toBeNull();
  });

  it.each([
    ['<', 2, 2, true],
    ['=', 2, 2, false],
    ['!=', 2, 2, true],
    ['>=', 1, 2, true],
    ['>', 3, 2, false],
  ] as const)('operator %s on %i and %i violated: %s', (operator, l, r, violated) => {
    const rule: ValidationRule = { ...fibre, operator };
    expect(
      checkRule(
        rule,
        new Map([
          ['XA_CAP_QUANG', l],
          ['XA_TONG', r],
        ]),
      ) !== null,
    ).toBe(violated);
  });

  it('findViolations keeps only rules touching the changed elements', () => {
    const vals = new Map([
      ['XA_CAP_QUANG', 72],
      ['XA_TONG', 71],
      ['N', 17],
      ['D', 19],
      ['R', 89.4],
    ]);
    expect(findViolations([fibre, rate], vals).map((v) => v.rule)).toEqual(['CAP_QUANG', 'TL_THON']);
    expect(findViolations([fibre, rate], vals, new Set(['R'])).map((v) => v.rule)).toEqual(['TL_THON']);
  });

  it('derives numerator ≤ denominator for share indicators with one element on each side', () => {
    const rules = ratioRules([
      { code: 'CT_XA_CAP_QUANG', name: 'Tỷ lệ xã có cáp quang', numerator: '#{XA_CAP_QUANG}', denominator: '#{XA_TONG}', unitOfMeasure: '%' },
      { code: 'MAT_DO', name: 'per 100', numerator: '#{THUE_BAO}', denominator: '#{DAN_SO}', unitOfMeasure: 'thuê bao/100 dân' },
      { code: 'SUM', name: 'sum', numerator: '#{A} + #{B}', denominator: '#{C}', unitOfMeasure: '%' },
      { code: 'PASS', name: 'rate', numerator: '#{R}', denominator: null, unitOfMeasure: '%' },
    ]);
    expect(rules.map((r) => [r.code, r.left, r.operator, r.right])).toEqual([['ratio:CT_XA_CAP_QUANG', '#{XA_CAP_QUANG}', '<=', '#{XA_TONG}']]);
  });
});

describe('rule definitions', () => {
  it('accepts a compare rule and a rate rule', () => {
    expect(validateRuleDefinition({ code: 'A', name: 'a', left: '#{X}', operator: '<=', right: '#{Y}', severity: 'error', message: 'm' }).problems).toEqual([]);
    expect(
      validateRuleDefinition({
        kind: 'rate_consistency',
        code: 'B',
        name: 'b',
        countElement: 'N',
        totalElement: 'D',
        rateElement: 'R',
        severity: 'warning',
        message: 'm',
      }).value?.kind,
    ).toBe('rate_consistency');
  });

  it('names every bad field, formulas with their position', () => {
    const { problems } = validateRuleDefinition(
      { code: 'bad code', name: '', left: '#{X} +', operator: '=>', right: '#{NOPE}', severity: 'fatal', message: 'm', extra: 1 },
      new Set(['X']),
    );
    expect(problems.map((p) => p.path).sort()).toEqual(['rule.code', 'rule.extra', 'rule.left', 'rule.name', 'rule.operator', 'rule.right', 'rule.severity']);
    expect(problems.find((p) => p.path === 'rule.left')?.position).toBe(6);
  });

  it('refuses a formula too long or too deeply nested with one positioned problem, never a stack overflow', () => {
    const rule = { code: 'A', name: 'a', operator: '<=', severity: 'error', message: 'm' };
    const long = validateRuleDefinition({ ...rule, left: `${'('.repeat(50_000)}#{X}${')'.repeat(50_000)}`, right: '#{Y}' });
    expect(long.problems).toEqual([
      { path: 'rule.left', message: expect.stringContaining(String(MAX_FORMULA_LENGTH)), position: MAX_FORMULA_LENGTH, length: 100_004 - MAX_FORMULA_LENGTH },
    ]);
    const deep = validateRuleDefinition({ ...rule, left: '#{X}', right: `${'('.repeat(MAX_FORMULA_NESTING + 10)}#{Y}${')'.repeat(MAX_FORMULA_NESTING + 10)}` });
    expect(deep.problems).toEqual([
      { path: 'rule.right', message: expect.stringContaining(String(MAX_FORMULA_NESTING)), position: MAX_FORMULA_NESTING, length: 1 },
    ]);
  });
});

describe('datasets', () => {
  it('deadline is the period end plus N days', () => {
    expect(deadlineFor('2025Q2', 15)).toBe('2025-07-15');
    expect(deadlineFor('2024', 0)).toBe('2024-12-31');
    expect(deadlineFor('202402', 1)).toBe('2024-03-01');
  });

  it('expects listed units and units of a level under a unit', () => {
    const units = [{ unit: '66' }, { unit: '67', level: 'commune' as const }];
    expect(isExpected(units, { code: '66', level: 'province', path: ['66', 'VN'] })).toBe(true);
    expect(isExpected(units, { code: '24611', level: 'commune', path: ['24611', '660', '67', 'VN'] })).toBe(true);
    expect(isExpected(units, { code: '660', level: 'district', path: ['660', '67', 'VN'] })).toBe(false);
    expect(isExpected(units, { code: '67', level: 'province', path: ['67', 'VN'] })).toBe(false);
  });

  it('validation names each bad field', () => {
    const { problems } = validateDataset(
      {
        code: 'BC',
        name: 'x',
        nameEn: 'x',
        periodType: 'weekly',
        deadlineDays: -1,
        elements: ['A', 'A', { code: 'Z' }],
        units: [{ unit: '67', level: 'town' }],
      },
      new Set(['A']),
    );
    expect(problems.map((p) => p.path)).toEqual([
      'dataset.periodType',
      'dataset.deadlineDays',
      'dataset.elements[1].code',
      'dataset.elements[2].code',
      'dataset.units[0].level',
    ]);
  });
});
