/**
 * Metadata: data elements, indicators, plans with targets. Shapes shared by every layer, and
 * validation of definitions coming from outside (JSON files, API bodies): each validator takes
 * `unknown`, reports EVERY problem with its path ('indicators[3].numerator') and returns the
 * clean value only when there is none.
 */
import { derivationProblem } from './registry-measures.ts';
import { AppError, type ErrorBody } from './errors.ts';
import { ELEMENT_CODE_PATTERN, FormulaError, parseFormula } from './formula.ts';
import { referencedElements } from './formula-evaluate.ts';
import { isPeriodId, parsePeriod, PERIOD_TYPES, TIME_AGGREGATIONS, type PeriodType, type TimeAggregation } from './periods.ts';
import { BOUNDED_VALUE_TYPES } from './values.ts';

export const VALUE_TYPES = ['number', 'integer', 'percentage', 'boolean', 'text', 'document'] as const;
export type ValueType = (typeof VALUE_TYPES)[number];
/** Value types that can take part in formulas and sums. */
export const NUMERIC_VALUE_TYPES: readonly ValueType[] = ['number', 'integer', 'percentage', 'boolean'];
export const HIERARCHY_AGGREGATIONS = ['sum', 'average', 'max', 'min', 'none'] as const;
export type HierarchyAggregation = (typeof HIERARCHY_AGGREGATIONS)[number];
export const DIRECTIONS = ['higher_is_better', 'lower_is_better'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const COMPARISONS = ['>=', '<=', '='] as const;
export type Comparison = (typeof COMPARISONS)[number];

/** One atomic reported quantity. Optional fields are absent (not null) when empty. */
export interface DataElement {
  code: string;
  name: string;
  nameEn: string;
  description?: string;
  valueType: ValueType;
  timeAggregation: TimeAggregation;
  hierarchyAggregation: HierarchyAggregation;
  periodType: PeriodType;
  unitOfMeasure?: string;
  /**
   * The smallest and largest value accepted (inclusive), numeric types only. Absent: the type's default
   * (DEFAULT_BOUNDS: integer — the type of counts — from 0, percentage 0 to 100, number unbounded).
   */
  minValue?: number;
  maxValue?: number;
  /**
   * The registry measure its values are computed from (domain/registry-measures.ts: 'products.completed'…);
   * absent: reported. A derived element is written by the app only (source 'registry'), never by a form or import.
   */
  /** A registry measure, optionally filtered (registry-measures.ts `parseDerivation`). */
  derivedFrom?: string;
}

/** numerator / denominator × factor; formulas are text over `#{CODE}` references. */
export interface Indicator {
  code: string;
  name: string;
  nameEn: string;
  description?: string;
  numerator: string;
  /** Absent: the denominator is 1. */
  denominator?: string;
  /** 100 for a percentage. */
  factor: number;
  unitOfMeasure?: string;
  decimals: number;
  direction: Direction;
}

export interface PlanTarget {
  /** Indicator code. */
  indicator: string;
  /** Unit code (mã ĐVHC or agency code). */
  unit: string;
  period: string;
  value: number;
  comparison: Comparison;
  group?: string;
  label?: string;
}

export interface Plan {
  code: string;
  name: string;
  nameEn: string;
  legalBasis?: string;
  /** The unit that owns the plan, e.g. '58'. */
  unitCode?: string;
  startPeriod?: string;
  endPeriod?: string;
  targets: PlanTarget[];
}

export interface ValidationProblem {
  /** Where: 'indicators[3].numerator', 'values[2].value'. */
  path: string;
  message: string;
  /** For formulas: 0-based character offset and length of the offending text. */
  position?: number;
  length?: number;
}

/**
 * The AppError of input with problems (422 VALIDATION_FAILED): `problems` lists all of them by JSON path, and
 * `details` carries the same as `{field, message, position?, length?}`.
 */
export class ValidationError extends AppError {
  readonly problems: ValidationProblem[];
  /** One line for an API answer (whose `details` list the problems); `message` lists them too, for logs and the CLI. */
  readonly summary: string;
  constructor(problems: ValidationProblem[], title = 'Dữ liệu không hợp lệ / invalid input') {
    const details = problems.map((p) => ({
      field: p.path,
      message: p.message,
      ...(p.position !== undefined ? { position: p.position, length: p.length } : {}),
    }));
    const lines = problems.map((p) => `  ${p.path}: ${p.message}`);
    super('VALIDATION_FAILED', `${title} (${problems.length} lỗi / problems):\n${lines.join('\n')}`, details);
    this.name = 'ValidationError';
    this.problems = problems;
    this.summary = `${title}: ${problems.length} lỗi, không ghi gì / ${problems.length} problems, nothing written`;
  }

  override toBody(): ErrorBody {
    return { error: { ...super.toBody().error, message: this.summary } };
  }
}

export interface Validated<T> {
  /** Present only when there are no problems. */
  value?: T;
  problems: ValidationProblem[];
}

/** Known element codes, optionally with their value types (then formulas over text elements are refused). */
export type KnownElements = ReadonlySet<string> | ReadonlyMap<string, ValueType>;

export function validateDataElement(raw: unknown, path = 'dataElement'): Validated<DataElement> {
  const f = new FieldReader(raw, path, [
    'code',
    'name',
    'nameEn',
    'description',
    'valueType',
    'timeAggregation',
    'hierarchyAggregation',
    'periodType',
    'unitOfMeasure',
    'minValue',
    'maxValue',
    'derivedFrom',
  ]);
  const value: DataElement = {
    code: f.code('code'),
    name: f.text('name'),
    nameEn: f.text('nameEn'),
    description: f.optionalText('description'),
    valueType: f.oneOf('valueType', VALUE_TYPES),
    timeAggregation: f.oneOf('timeAggregation', TIME_AGGREGATIONS),
    hierarchyAggregation: f.oneOf('hierarchyAggregation', HIERARCHY_AGGREGATIONS),
    periodType: f.oneOf('periodType', PERIOD_TYPES),
    unitOfMeasure: f.optionalText('unitOfMeasure'),
    minValue: f.optionalNumber('minValue'),
    maxValue: f.optionalNumber('maxValue'),
    derivedFrom: f.optionalText('derivedFrom', 100),
  };
  if (value.derivedFrom === undefined) delete value.derivedFrom;
  else if (derivationProblem(value.derivedFrom)) f.problem('derivedFrom', derivationProblem(value.derivedFrom)!);
  else if (!NUMERIC_VALUE_TYPES.includes(value.valueType) || value.valueType === 'boolean')
    f.problem('derivedFrom', `phần tử tính từ sổ đăng ký phải có kiểu integer hoặc number / a derived element counts: integer or number`);
  checkDeclaredBounds(f, value);
  return f.result(value);
}

/** Bounds only for numeric types, min ≤ max, and a percentage's within 0..100 (a share; 'number' is for other rates). */
function checkDeclaredBounds(f: FieldReader, element: DataElement): void {
  const { minValue: min, maxValue: max, valueType } = element;
  if (min === undefined && max === undefined) return;
  if (!BOUNDED_VALUE_TYPES.includes(valueType)) {
    if (VALUE_TYPES.includes(valueType))
      f.problem(
        min !== undefined ? 'minValue' : 'maxValue',
        `kiểu ${valueType} không có giới hạn giá trị / only number, integer and percentage elements have bounds`,
      );
    return;
  }
  if (typeof min === 'number' && typeof max === 'number' && Number.isFinite(min) && Number.isFinite(max) && min > max) {
    f.problem('maxValue', `giá trị lớn nhất ${max} nhỏ hơn giá trị nhỏ nhất ${min} / maxValue is below minValue`);
  }
  if (valueType === 'percentage') {
    for (const [field, bound] of [
      ['minValue', min],
      ['maxValue', max],
    ] as const) {
      if (typeof bound === 'number' && (bound < 0 || bound > 100))
        f.problem(
          field,
          `tỷ lệ phần trăm chỉ giới hạn trong khoảng 0 đến 100, không phải ${bound} (dùng kiểu number cho tỷ lệ có thể vượt 100) / a percentage's bounds lie within 0..100`,
        );
    }
  }
}

export function validateIndicator(raw: unknown, knownElements?: KnownElements, path = 'indicator'): Validated<Indicator> {
  const f = new FieldReader(raw, path, [
    'code',
    'name',
    'nameEn',
    'description',
    'numerator',
    'denominator',
    'factor',
    'unitOfMeasure',
    'decimals',
    'direction',
  ]);
  const value: Indicator = {
    code: f.code('code'),
    name: f.text('name'),
    nameEn: f.text('nameEn'),
    description: f.optionalText('description'),
    numerator: f.formula('numerator', true, knownElements) as string,
    denominator: f.formula('denominator', false, knownElements),
    factor: f.number('factor', { nonZero: true }),
    unitOfMeasure: f.optionalText('unitOfMeasure'),
    decimals: f.number('decimals', { integer: true, min: 0, max: 10 }),
    direction: f.oneOf('direction', DIRECTIONS),
  };
  return f.result(value);
}

/** Validates a plan and its targets; with `knownIndicators`, every target must name one of them. */
export function validatePlan(raw: unknown, knownIndicators?: ReadonlySet<string>, path = 'plan'): Validated<Plan> {
  const f = new FieldReader(raw, path, ['code', 'name', 'nameEn', 'legalBasis', 'unitCode', 'startPeriod', 'endPeriod', 'targets']);
  const plan: Plan = {
    code: f.text('code', 100),
    name: f.text('name'),
    nameEn: f.text('nameEn'),
    legalBasis: f.optionalText('legalBasis'),
    unitCode: f.optionalText('unitCode'),
    startPeriod: f.optionalPeriod('startPeriod'),
    endPeriod: f.optionalPeriod('endPeriod'),
    targets: [],
  };
  if (isPeriodId(plan.startPeriod) && isPeriodId(plan.endPeriod) && parsePeriod(plan.startPeriod).start > parsePeriod(plan.endPeriod).start) {
    f.problem('endPeriod', `kỳ kết thúc ${plan.endPeriod} trước kỳ bắt đầu ${plan.startPeriod} / ends before it starts`);
  }
  const targets = f.optionalArray('targets');
  const seen = new Map<string, number>();
  targets.forEach((rawTarget, i) => {
    const t = new FieldReader(rawTarget, `${f.path}.targets[${i}]`, ['indicator', 'unit', 'period', 'value', 'comparison', 'group', 'label']);
    const target: PlanTarget = {
      indicator: t.code('indicator'),
      unit: t.text('unit', 50),
      period: t.period('period'),
      value: t.number('value'),
      comparison: t.oneOf('comparison', COMPARISONS),
      group: t.optionalText('group'),
      label: t.optionalText('label'),
    };
    if (knownIndicators && target.indicator && !knownIndicators.has(target.indicator)) {
      t.problem('indicator', `không có chỉ tiêu mã '${target.indicator}' / unknown indicator`);
    }
    const key = JSON.stringify([target.indicator, target.unit, target.period]);
    const first = seen.get(key);
    if (first !== undefined) t.problem(null, `trùng chỉ tiêu, đơn vị và kỳ với targets[${first}] / duplicate of targets[${first}]`);
    else seen.set(key, i);
    f.problems.push(...t.problems);
    plan.targets.push(target);
  });
  return f.result(plan);
}

/** Reads the fields of one object, collecting problems instead of stopping at the first. */
class FieldReader {
  readonly problems: ValidationProblem[] = [];
  private readonly object: Record<string, unknown>;
  /** Not an object at all: one problem is enough, the fields are not reported one by one. */
  private readonly notAnObject: boolean = false;

  constructor(
    raw: unknown,
    readonly path: string,
    allowed: readonly string[],
  ) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      this.problems.push({ path, message: 'phải là một đối tượng JSON / must be an object' });
      this.object = {};
      this.notAnObject = true;
      return;
    }
    this.object = raw as Record<string, unknown>;
    for (const key of Object.keys(this.object)) {
      if (!allowed.includes(key)) this.problem(key, `trường không được hỗ trợ (các trường: ${allowed.join(', ')}) / unknown field`);
    }
  }

  problem(field: string | null, message: string, extra: Partial<ValidationProblem> = {}): void {
    if (this.notAnObject) return;
    this.problems.push({ path: field === null ? this.path : `${this.path}.${field}`, message, ...extra });
  }

  result<T extends object>(value: T): Validated<T> {
    if (this.problems.length > 0) return { problems: this.problems };
    for (const key of Object.keys(value) as Array<keyof T>) if (value[key] === undefined) delete value[key];
    return { value, problems: [] };
  }

  text(field: string, max = 500): string {
    const v = this.object[field];
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
      this.problem(field, 'bắt buộc / required');
      return '';
    }
    if (typeof v !== 'string') this.problem(field, 'phải là chuỗi / must be a string');
    else if (v.length > max) this.problem(field, `dài quá ${max} ký tự / longer than ${max} characters`);
    return typeof v === 'string' ? v : '';
  }

  optionalNumber(field: string): number | undefined {
    const v = this.object[field];
    if (v === undefined || v === null) return undefined;
    return this.number(field);
  }

  optionalText(field: string, max = 5000): string | undefined {
    const v = this.object[field];
    if (v === undefined || v === null || v === '') return undefined;
    return this.text(field, max);
  }

  code(field: string): string {
    const v = this.text(field, 100);
    if (v && !ELEMENT_CODE_PATTERN.test(v)) this.problem(field, `mã '${v}' chỉ được gồm chữ cái không dấu, chữ số, _ và . / letters, digits, _ and . only`);
    return v;
  }

  oneOf<T extends string>(field: string, allowed: readonly T[]): T {
    const v = this.object[field];
    if (v === undefined || v === null) this.problem(field, `bắt buộc, một trong: ${allowed.join(', ')} / required`);
    else if (!(allowed as readonly unknown[]).includes(v)) this.problem(field, `'${String(v)}' không hợp lệ, phải là một trong: ${allowed.join(', ')}`);
    return v as T;
  }

  number(field: string, rules: { integer?: boolean; min?: number; max?: number; nonZero?: boolean } = {}): number {
    const v = this.object[field];
    if (v === undefined || v === null) {
      this.problem(field, 'bắt buộc / required');
      return NaN;
    }
    if (typeof v !== 'number' || !Number.isFinite(v)) this.problem(field, 'phải là số / must be a number');
    else if (rules.integer && !Number.isInteger(v)) this.problem(field, 'phải là số nguyên / must be an integer');
    else if ((rules.min !== undefined && v < rules.min) || (rules.max !== undefined && v > rules.max)) {
      this.problem(field, `phải từ ${rules.min} đến ${rules.max} / must be between ${rules.min} and ${rules.max}`);
    } else if (rules.nonZero && v === 0) this.problem(field, 'phải khác 0 / must not be 0');
    return v as number;
  }

  period(field: string): string {
    const v = this.text(field, 10);
    if (v) {
      try {
        parsePeriod(v);
      } catch (error) {
        this.problem(field, (error as Error).message);
      }
    }
    return v;
  }

  optionalPeriod(field: string): string | undefined {
    const v = this.optionalText(field);
    if (v !== undefined && !isPeriodId(v)) this.period(field);
    return v;
  }

  optionalArray(field: string): unknown[] {
    const v = this.object[field];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) {
      this.problem(field, 'phải là mảng / must be an array');
      return [];
    }
    return v;
  }

  /** A formula text, parsed (and checked against the known elements) to report position-exact errors. */
  formula(field: string, required: boolean, known?: KnownElements): string | undefined {
    // The length is the parser's check (MAX_FORMULA_LENGTH), reported with its position like every formula error.
    const v = required ? this.text(field, Number.POSITIVE_INFINITY) : this.optionalText(field, Number.POSITIVE_INFINITY);
    if (!v) return v;
    try {
      const ast = parseFormula(v, known ? { knownElements: new Set(known.keys()) } : {});
      if (known instanceof Map) {
        for (const code of referencedElements(ast)) {
          const type = known.get(code) as ValueType;
          if (!NUMERIC_VALUE_TYPES.includes(type)) this.problem(field, `phần tử '${code}' có kiểu ${type}, không dùng được trong công thức / not numeric`);
        }
      }
    } catch (error) {
      if (!(error instanceof FormulaError)) throw error;
      this.problem(field, error.message, { position: error.position, length: error.length });
    }
    return v;
  }
}
