import { describe, expect, it } from 'vitest';
import { validateDataElement, validateIndicator, validatePlan, ValidationError, type ValueType } from '../../src/domain/metadata.ts';
import { decodeValue, encodeValue, valueBounds } from '../../src/domain/values.ts';
import { MAX_FORMULA_LENGTH, MAX_FORMULA_NESTING } from '../../src/domain/formula.ts';

const element = {
  code: 'XA_CAP_QUANG',
  name: 'Số xã kết nối cáp quang',
  nameEn: 'Communes connected by fibre',
  valueType: 'integer',
  timeAggregation: 'last',
  hierarchyAggregation: 'sum',
  periodType: 'yearly',
};

const indicator = {
  code: 'TL_XA_CAP_QUANG',
  name: 'Tỷ lệ xã kết nối cáp quang',
  nameEn: 'Share of communes connected by fibre',
  numerator: '#{XA_CAP_QUANG}',
  denominator: '#{XA_TONG}',
  factor: 100,
  unitOfMeasure: '%',
  decimals: 1,
  direction: 'higher_is_better',
};

describe('validateDataElement', () => {
  it('accepts a complete element and drops absent optional fields', () => {
    const result = validateDataElement({ ...element, description: null });
    expect(result.problems).toEqual([]);
    expect(result.value).toEqual(element);
    expect(result.value && 'description' in result.value).toBe(false);
  });

  it('reports every problem with its path', () => {
    const result = validateDataElement({ ...element, code: 'XÃ 1', name: '', valueType: 'float', periodType: undefined, extra: 1 }, 'dataElements[2]');
    expect(result.value).toBeUndefined();
    expect(result.problems.map((p) => p.path).sort()).toEqual(
      ['dataElements[2].code', 'dataElements[2].extra', 'dataElements[2].name', 'dataElements[2].periodType', 'dataElements[2].valueType'].sort(),
    );
    expect(result.problems.find((p) => p.path.endsWith('valueType'))?.message).toContain("'float'");
  });

  it('rejects something that is not an object', () => {
    expect(validateDataElement([1], 'x').problems).toEqual([{ path: 'x', message: expect.stringContaining('đối tượng') }]);
  });
});

describe('validateIndicator', () => {
  const known = new Set(['XA_CAP_QUANG', 'XA_TONG']);

  it('accepts formulas over known elements', () => {
    const result = validateIndicator(indicator, known);
    expect(result.problems).toEqual([]);
    expect(result.value).toEqual(indicator);
  });

  it('a missing or empty denominator means none', () => {
    expect(validateIndicator({ ...indicator, denominator: '' }, known).value?.denominator).toBeUndefined();
  });

  it('names the field and the position of formula problems', () => {
    const result = validateIndicator({ ...indicator, numerator: '#{XA_CAP_QUANG} + #{XA_MOI}', denominator: '(#{XA_TONG}' }, known, 'indicators[3]');
    expect(result.problems).toEqual([
      { path: 'indicators[3].numerator', message: expect.stringContaining("'XA_MOI'"), position: 18, length: 9 },
      { path: 'indicators[3].denominator', message: expect.stringContaining(')'), position: 0, length: 1 },
    ]);
  });

  it('refuses formulas too long or too deeply nested, naming the field and the position', () => {
    const result = validateIndicator(
      { ...indicator, numerator: `#{XA_CAP_QUANG} + ${'-'.repeat(60)}1`, denominator: `${'#{XA_TONG}+'.repeat(600)}1` },
      known,
      'indicators[0]',
    );
    expect(result.problems).toEqual([
      { path: 'indicators[0].numerator', message: expect.stringContaining(`${MAX_FORMULA_NESTING}`), position: 18 + MAX_FORMULA_NESTING, length: 1 },
      {
        path: 'indicators[0].denominator',
        message: expect.stringContaining(`${MAX_FORMULA_LENGTH}`),
        position: MAX_FORMULA_LENGTH,
        length: 600 * 11 + 1 - MAX_FORMULA_LENGTH,
      },
    ]);
  });

  it('refuses text elements in formulas when the types are known', () => {
    const types = new Map<string, ValueType>([
      ['XA_CAP_QUANG', 'integer'],
      ['XA_TONG', 'text'],
    ]);
    const result = validateIndicator(indicator, types);
    expect(result.problems).toEqual([{ path: 'indicator.denominator', message: expect.stringContaining('XA_TONG') }]);
  });

  it('checks factor, decimals and direction', () => {
    const result = validateIndicator({ ...indicator, factor: 0, decimals: 1.5, direction: 'up' }, known);
    expect(result.problems.map((p) => p.path)).toEqual(['indicator.factor', 'indicator.decimals', 'indicator.direction']);
  });
});

describe('validatePlan', () => {
  const plan = {
    code: 'KH-58-2023',
    name: 'Kế hoạch chuyển đổi số năm 2023',
    nameEn: 'Digital transformation plan 2023',
    unitCode: '58',
    startPeriod: '2023',
    endPeriod: '2025',
    targets: [
      { indicator: 'TL_XA_CAP_QUANG', unit: '58', period: '2023', value: 100, comparison: '>=' },
      { indicator: 'TL_XA_CAP_QUANG', unit: '58', period: '2025', value: 100, comparison: '>=', group: 'Hạ tầng', label: '100% xã có cáp quang' },
    ],
  };

  it('accepts a plan with targets', () => {
    const result = validatePlan(plan, new Set(['TL_XA_CAP_QUANG']));
    expect(result.problems).toEqual([]);
    expect(result.value).toEqual(plan);
  });

  it('reports target problems with their index', () => {
    const targets = [
      ...plan.targets,
      { indicator: 'KHONG_CO', unit: '58', period: '2023Q5', value: '100', comparison: '>' },
      { indicator: 'TL_XA_CAP_QUANG', unit: '58', period: '2023', value: 90, comparison: '>=' },
    ];
    const result = validatePlan({ ...plan, endPeriod: '2022', targets }, new Set(['TL_XA_CAP_QUANG']), 'plans[0]');
    expect(result.problems.map((p) => p.path)).toEqual([
      'plans[0].endPeriod',
      'plans[0].targets[2].period',
      'plans[0].targets[2].value',
      'plans[0].targets[2].comparison',
      'plans[0].targets[2].indicator',
      'plans[0].targets[3]',
    ]);
    expect(result.problems[1]?.message).toContain('quý');
    expect(result.problems[5]?.message).toContain('targets[0]');
  });

  it('reports a bad start period without comparing it', () => {
    const result = validatePlan({ ...plan, startPeriod: '2023Q9' });
    expect(result.problems).toEqual([{ path: 'plan.startPeriod', message: expect.stringContaining('2023Q9') }]);
  });
});

describe('encodeValue / decodeValue', () => {
  it.each<[ValueType, unknown, { valueNum: number | null; valueText: string | null }]>([
    ['number', 1.5, { valueNum: 1.5, valueText: null }],
    ['integer', 71, { valueNum: 71, valueText: null }],
    ['percentage', 93.8, { valueNum: 93.8, valueText: null }],
    ['percentage', 100, { valueNum: 100, valueText: null }],
    ['boolean', true, { valueNum: 1, valueText: null }],
    ['boolean', false, { valueNum: 0, valueText: null }],
    ['text', 'đã ban hành', { valueNum: null, valueText: 'đã ban hành' }],
    ['document', '12/KH-UBND', { valueNum: null, valueText: '12/KH-UBND' }],
    ['integer', null, { valueNum: null, valueText: null }],
  ])('%s %j', (type, value, stored) => {
    expect(encodeValue(type, value)).toEqual(stored);
    expect(decodeValue(type, stored)).toEqual(value);
  });

  it.each<[ValueType, unknown, RegExp]>([
    ['number', '12', /phải là số/],
    ['number', Number.NaN, /phải là số/],
    ['integer', 1.5, /số nguyên/],
    ['percentage', 120, /từ 0 đến 100/],
    ['percentage', -1, /từ 0 đến 100/],
    ['boolean', 1, /true hoặc false/],
    ['text', '  ', /không rỗng/],
    ['text', 5, /chuỗi/],
  ])('rejects %s %j', (type, value, message) => {
    const result = encodeValue(type, value);
    expect('error' in result && result.error).toMatch(message);
  });
});

describe('value bounds', () => {
  it('counts (integers) start at 0 and percentages lie in 0..100 unless declared; numbers are unbounded', () => {
    expect(valueBounds({ valueType: 'integer' })).toEqual({ min: 0, max: null });
    expect(valueBounds({ valueType: 'percentage' })).toEqual({ min: 0, max: 100 });
    expect(valueBounds({ valueType: 'number' })).toEqual({ min: null, max: null });
    expect(valueBounds({ valueType: 'integer', minValue: -50, maxValue: 50 })).toEqual({ min: -50, max: 50 });
    expect(valueBounds({ valueType: 'number', minValue: 0, maxValue: null })).toEqual({ min: 0, max: null });
  });

  it('encodeValue refuses a negative count, and values outside declared bounds, saying which bound', () => {
    expect(encodeValue('integer', -1)).toEqual({ error: expect.stringMatching(/^phải từ 0 trở lên, không phải -1 \/ must be at least 0/) });
    expect(encodeValue('integer', 0)).toEqual({ valueNum: 0, valueText: null });
    expect(encodeValue('integer', -5, valueBounds({ valueType: 'integer', minValue: -10 }))).toEqual({ valueNum: -5, valueText: null });
    expect(encodeValue('number', 1.2, valueBounds({ valueType: 'number', minValue: 0, maxValue: 1 }))).toEqual({
      error: expect.stringMatching(/phải từ 0 đến 1, không phải 1.2/),
    });
    expect(encodeValue('number', -3, valueBounds({ valueType: 'number', maxValue: 10 }))).toEqual({ valueNum: -3, valueText: null });
    expect(encodeValue('number', 11, valueBounds({ valueType: 'number', maxValue: 10 }))).toEqual({ error: expect.stringMatching(/phải từ 10 trở xuống/) });
    expect(encodeValue('percentage', 60, valueBounds({ valueType: 'percentage', maxValue: 50 }))).toEqual({
      error: expect.stringMatching(/^tỷ lệ phần trăm phải từ 0 đến 50/),
    });
  });

  it('validateDataElement reads minValue/maxValue: numeric types only, min ≤ max, a percentage within 0..100', () => {
    expect(validateDataElement({ ...element, minValue: 1, maxValue: 63 }).value).toEqual({ ...element, minValue: 1, maxValue: 63 });
    expect(validateDataElement({ ...element, minValue: null }).value).toEqual(element);
    const paths = (raw: object) => validateDataElement(raw).problems.map((p) => p.path);
    expect(paths({ ...element, minValue: 5, maxValue: 4 })).toEqual(['dataElement.maxValue']);
    expect(paths({ ...element, minValue: '0' })).toEqual(['dataElement.minValue']);
    expect(paths({ ...element, valueType: 'text', minValue: 0 })).toEqual(['dataElement.minValue']);
    expect(paths({ ...element, valueType: 'boolean', maxValue: 1 })).toEqual(['dataElement.maxValue']);
    expect(paths({ ...element, valueType: 'percentage', maxValue: 150 })).toEqual(['dataElement.maxValue']);
    expect(paths({ ...element, valueType: 'percentage', minValue: 10, maxValue: 90 })).toEqual([]);
  });
});

describe('ValidationError', () => {
  it('lists every problem in its message', () => {
    const error = new ValidationError([
      { path: 'a[0].code', message: 'bắt buộc' },
      { path: 'a[1].name', message: 'bắt buộc' },
    ]);
    expect(error.message).toContain('2 lỗi');
    expect(error.message).toContain('a[0].code: bắt buộc');
    expect(error.message).toContain('a[1].name');
  });
});
