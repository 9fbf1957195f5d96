/**
 * Validation rules over the values one unit reports for one period:
 * - 'compare': `left operator right`, both sides formulas over `#{CODE}` ("#{XA_CAP_QUANG} <= #{XA_TONG}");
 * - 'rate_consistency': a reported rate must equal count / total × 100 at the precision it was typed with
 *   (17/19 reported as 89,4% is flagged: 17/19 = 89,47% → 89,5).
 * A rule whose inputs are not all reported is not applicable (never read a missing value as 0).
 * Severity 'error' blocks a write; 'warning' blocks unless accepted with a comment.
 */
import { ELEMENT_CODE_PATTERN, FormulaError, parseFormula, type FormulaNode } from './formula.ts';
import { evaluate, referencedElements, type ElementValues } from './formula-evaluate.ts';
import type { ValidationProblem, Validated } from './metadata.ts';
import { checkReportedRate } from './rate-consistency.ts';
import { formatViNumber } from './vi-number.ts';

export const RULE_OPERATORS = ['<=', '<', '=', '>=', '>', '!='] as const;
export type RuleOperator = (typeof RULE_OPERATORS)[number];
export const RULE_SEVERITIES = ['error', 'warning'] as const;
export type RuleSeverity = (typeof RULE_SEVERITIES)[number];
export const RULE_KINDS = ['compare', 'rate_consistency'] as const;

interface RuleBase {
  code: string;
  name: string;
  severity: RuleSeverity;
  /** Shown to the reporter (Vietnamese first). */
  message: string;
}

export interface CompareRule extends RuleBase {
  kind: 'compare';
  left: string;
  operator: RuleOperator;
  right: string;
}

export interface RateConsistencyRule extends RuleBase {
  kind: 'rate_consistency';
  countElement: string;
  totalElement: string;
  rateElement: string;
}

export type ValidationRule = CompareRule | RateConsistencyRule;

export interface RuleViolation {
  rule: string;
  severity: RuleSeverity;
  message: string;
  /** The element codes the rule reads. */
  elements: string[];
}

/** The element codes a rule reads. */
export function ruleElements(rule: ValidationRule): string[] {
  if (rule.kind === 'rate_consistency') return [rule.countElement, rule.totalElement, rule.rateElement];
  return [...new Set([...referencedElements(parseFormula(rule.left)), ...referencedElements(parseFormula(rule.right))])];
}

const COMPARE: Record<RuleOperator, (l: number, r: number) => boolean> = {
  '<=': (l, r) => l <= r + 1e-9,
  '<': (l, r) => l < r - 1e-9,
  '=': (l, r) => Math.abs(l - r) <= 1e-9,
  '>=': (l, r) => l >= r - 1e-9,
  '>': (l, r) => l > r + 1e-9,
  '!=': (l, r) => Math.abs(l - r) > 1e-9,
};

/** Decimals a number was typed with: 89.4 → 1, 91.53 → 2, 93 → 0. */
export function typedDecimals(value: number): number {
  const text = String(value);
  if (/e/i.test(text)) return 0;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

const show = (n: number): string => formatViNumber(n, Math.min(typedDecimals(n), 6));

/** The violation of one rule on these values, or null when it holds or cannot be applied. */
export function checkRule(rule: ValidationRule, values: ElementValues, parsed?: { left: FormulaNode; right: FormulaNode }): RuleViolation | null {
  const violation = (detail: string): RuleViolation => ({
    rule: rule.code,
    severity: rule.severity,
    message: `${rule.message} (${detail})`,
    elements: ruleElements(rule),
  });
  if (rule.kind === 'rate_consistency') {
    const count = values.get(rule.countElement);
    const total = values.get(rule.totalElement);
    const rate = values.get(rule.rateElement);
    if (count == null || total == null || rate == null || total === 0) return null;
    const check = checkReportedRate(count, total, rate, typedDecimals(rate));
    if (check.consistent) return null;
    return violation(
      `${show(count)}/${show(total)} = ${formatViNumber(check.expected, check.decimals)}%, báo cáo ${show(rate)}% / reported rate does not match count/total`,
    );
  }
  const left = evaluate(parsed?.left ?? parseFormula(rule.left), values);
  const right = evaluate(parsed?.right ?? parseFormula(rule.right), values);
  if (left === null || right === null) return null;
  if (COMPARE[rule.operator](left, right)) return null;
  return violation(`${show(left)} ${rule.operator} ${show(right)} không đúng / does not hold`);
}

/**
 * Every violated rule among those reading at least one of the `touched` elements (all rules when
 * `touched` is absent), in rule order.
 */
export function findViolations(rules: readonly ValidationRule[], values: ElementValues, touched?: ReadonlySet<string>): RuleViolation[] {
  const out: RuleViolation[] = [];
  for (const rule of rules) {
    if (touched && !ruleElements(rule).some((code) => touched.has(code))) continue;
    const v = checkRule(rule, values);
    if (v) out.push(v);
  }
  return out;
}

/** An indicator as far as the numerator ≤ denominator rule needs it. */
export interface RatioIndicator {
  code: string;
  name: string;
  numerator: string;
  denominator?: string | null;
  unitOfMeasure?: string | null;
}

const SINGLE_REFERENCE = /^\s*#\{([A-Za-z0-9_.]+)\}\s*$/;

/**
 * For every share indicator (unit '%') whose numerator and denominator are each one element, the rule
 * "numerator ≤ denominator" (XA_CAP_QUANG ≤ XA_TONG), severity error. Codes are 'ratio:<indicator>',
 * which no stored rule can take (':' is not allowed in codes).
 */
export function ratioRules(indicators: readonly RatioIndicator[]): CompareRule[] {
  const rules: CompareRule[] = [];
  for (const indicator of indicators) {
    if (indicator.unitOfMeasure !== '%' || !indicator.denominator) continue;
    const numerator = SINGLE_REFERENCE.exec(indicator.numerator)?.[1];
    const denominator = SINGLE_REFERENCE.exec(indicator.denominator)?.[1];
    if (!numerator || !denominator || numerator === denominator) continue;
    rules.push({
      kind: 'compare',
      code: `ratio:${indicator.code}`,
      name: indicator.name,
      left: `#{${numerator}}`,
      operator: '<=',
      right: `#{${denominator}}`,
      severity: 'error',
      message: `${numerator} không được lớn hơn ${denominator} (${indicator.name}) / numerator must not exceed denominator`,
    });
  }
  return rules;
}

/** Checks a rule definition from outside (API body); every problem is reported with its path. */
export function validateRuleDefinition(raw: unknown, knownElements?: ReadonlySet<string>, path = 'rule'): Validated<ValidationRule> {
  const problems: ValidationProblem[] = [];
  const problem = (field: string, message: string, extra: Partial<ValidationProblem> = {}) => problems.push({ path: `${path}.${field}`, message, ...extra });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { problems: [{ path, message: 'phải là một đối tượng JSON / must be an object' }] };
  const o = raw as Record<string, unknown>;
  const kind = o.kind ?? 'compare';
  const allowed =
    kind === 'rate_consistency'
      ? ['kind', 'code', 'name', 'severity', 'message', 'countElement', 'totalElement', 'rateElement']
      : ['kind', 'code', 'name', 'severity', 'message', 'left', 'operator', 'right'];
  for (const key of Object.keys(o)) if (!allowed.includes(key)) problem(key, `trường không được hỗ trợ (các trường: ${allowed.join(', ')}) / unknown field`);
  const text = (field: string, max = 500): string => {
    const v = o[field];
    if (typeof v !== 'string' || v.trim() === '') problem(field, 'bắt buộc, là chuỗi không rỗng / required non-empty string');
    else if (v.length > max) problem(field, `dài quá ${max} ký tự / longer than ${max} characters`);
    return typeof v === 'string' ? v : '';
  };
  const code = text('code', 100);
  if (code && !ELEMENT_CODE_PATTERN.test(code)) problem('code', `mã '${code}' chỉ được gồm chữ cái không dấu, chữ số, _ và . / letters, digits, _ and . only`);
  const name = text('name');
  const message = text('message', 1000);
  const severity = o.severity as RuleSeverity;
  if (!(RULE_SEVERITIES as readonly unknown[]).includes(severity))
    problem('severity', `phải là một trong: ${RULE_SEVERITIES.join(', ')} / must be one of these`);
  const element = (field: string): string => {
    const v = text(field, 100);
    if (v && knownElements && !knownElements.has(v)) problem(field, `không có phần tử dữ liệu '${v}' / unknown data element`);
    return v;
  };
  const formula = (field: string): string => {
    // The length is the parser's check (MAX_FORMULA_LENGTH), reported with its position like every formula error.
    const v = text(field, Number.POSITIVE_INFINITY);
    if (!v) return v;
    try {
      parseFormula(v, knownElements ? { knownElements } : {});
    } catch (error) {
      if (!(error instanceof FormulaError)) throw error;
      problem(field, error.message, { position: error.position, length: error.length });
    }
    return v;
  };
  let rule: ValidationRule;
  if (kind === 'rate_consistency') {
    rule = {
      kind,
      code,
      name,
      severity,
      message,
      countElement: element('countElement'),
      totalElement: element('totalElement'),
      rateElement: element('rateElement'),
    };
  } else {
    if (kind !== 'compare') problem('kind', `phải là một trong: ${RULE_KINDS.join(', ')} / must be one of these`);
    const operator = o.operator as RuleOperator;
    if (!(RULE_OPERATORS as readonly unknown[]).includes(operator))
      problem('operator', `phải là một trong: ${RULE_OPERATORS.join(' ')} / must be one of these`);
    rule = { kind: 'compare', code, name, severity, message, left: formula('left'), operator, right: formula('right') };
  }
  return problems.length > 0 ? { problems } : { value: rule, problems };
}
