/**
 * Checks a framework and an edition tree before they are saved, collecting every problem with its JSON
 * path (mainIndices[2].components[0].rule.steps[1].min): unique codes, maxima ≥ 0, well-formed rules,
 * data sources, pillar references, grade bands.
 */
import { ELEMENT_CODE_PATTERN } from '../formula.ts';
import { isPeriodId } from '../periods.ts';
import type { ValidationProblem } from '../metadata.ts';
import { FRAMEWORK_LEVELS } from './types.ts';

type Obj = Record<string, unknown>;

class Checker {
  readonly problems: ValidationProblem[] = [];
  add(path: string, message: string): void {
    this.problems.push({ path, message });
  }
  object(value: unknown, path: string): Obj | null {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Obj;
    this.add(path, 'phải là một đối tượng JSON / must be an object');
    return null;
  }
  array(value: unknown, path: string, required = true): unknown[] {
    if (Array.isArray(value)) return value;
    if (value !== undefined || required) this.add(path, 'phải là mảng / must be an array');
    return [];
  }
  text(o: Obj, field: string, path: string, required = true): string | undefined {
    const v = o[field];
    if (v === undefined || v === null || v === '') {
      if (required) this.add(`${path}.${field}`, 'bắt buộc / required');
      return undefined;
    }
    if (typeof v !== 'string') {
      this.add(`${path}.${field}`, 'phải là chuỗi / must be a string');
      return undefined;
    }
    return v;
  }
  code(o: Obj, field: string, path: string, required = true): string | undefined {
    const v = this.text(o, field, path, required);
    if (v !== undefined && !ELEMENT_CODE_PATTERN.test(v))
      this.add(`${path}.${field}`, `mã '${v}' chỉ được gồm chữ cái không dấu, chữ số, _ và . / letters, digits, _ and . only`);
    return v;
  }
  number(o: Obj, field: string, path: string, rules: { min?: number; required?: boolean } = {}): number | undefined {
    const v = o[field];
    if (v === undefined && rules.required === false) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      this.add(`${path}.${field}`, v === undefined ? 'bắt buộc, là số / required number' : 'phải là số / must be a number');
      return undefined;
    }
    if (rules.min !== undefined && v < rules.min) this.add(`${path}.${field}`, `phải ≥ ${rules.min} / must be ≥ ${rules.min}`);
    return v;
  }
  unknownFields(o: Obj, allowed: readonly string[], path: string): void {
    for (const key of Object.keys(o))
      if (!allowed.includes(key)) this.add(`${path}.${key}`, `trường không được hỗ trợ (các trường: ${allowed.join(', ')}) / unknown field`);
  }
}

export function validateFramework(raw: unknown, path = 'framework'): ValidationProblem[] {
  const c = new Checker();
  const o = c.object(raw, path);
  if (!o) return c.problems;
  c.unknownFields(o, ['code', 'name', 'nameEn', 'level', 'description'], path);
  c.code(o, 'code', path);
  c.text(o, 'name', path);
  c.text(o, 'nameEn', path);
  c.text(o, 'description', path, false);
  if (!(FRAMEWORK_LEVELS as readonly unknown[]).includes(o.level))
    c.add(`${path}.level`, `phải là một trong: ${FRAMEWORK_LEVELS.join(', ')} / must be one of them`);
  return c.problems;
}

/** Every problem of an edition tree; [] when it may be saved. `framework` is the code it must belong to. */
export function validateEdition(raw: unknown, framework?: string, path = 'edition'): ValidationProblem[] {
  const c = new Checker();
  const o = c.object(raw, path);
  if (!o) return c.problems;
  c.unknownFields(
    o,
    ['framework', 'edition', 'name', 'legalBasis', 'validFrom', 'validTo', 'note', 'grades', 'previousEdition', 'mainIndices', 'pillars'],
    path,
  );
  const fw = c.code(o, 'framework', path);
  if (framework !== undefined && fw !== undefined && fw !== framework) c.add(`${path}.framework`, `phải là '${framework}' / must be '${framework}'`);
  c.code(o, 'edition', path);
  c.text(o, 'name', path);
  c.text(o, 'legalBasis', path);
  c.text(o, 'note', path, false);
  c.code(o, 'previousEdition', path, false);
  for (const field of ['validFrom', 'validTo'] as const) {
    const v = c.text(o, field, path, field === 'validFrom');
    if (v !== undefined && !isPeriodId(v)) c.add(`${path}.${field}`, `'${v}' không phải mã kỳ (2022, 2022Q1, 202206) / not a period id`);
  }
  const codes = new Map<string, string>();
  const unique = (code: string | undefined, at: string) => {
    if (code === undefined) return;
    const first = codes.get(code);
    if (first) c.add(at, `mã '${code}' trùng với ${first} / duplicate code`);
    else codes.set(code, at);
  };
  const pillarCodes = new Set<string>();
  c.array(o.pillars, `${path}.pillars`).forEach((p, i) => {
    const at = `${path}.pillars[${i}]`;
    const po = c.object(p, at);
    if (!po) return;
    c.unknownFields(po, ['code', 'name'], at);
    const code = c.code(po, 'code', at);
    c.text(po, 'name', at);
    unique(code, `${at}.code`);
    if (code) pillarCodes.add(code);
  });
  const mains = c.array(o.mainIndices, `${path}.mainIndices`);
  if (Array.isArray(o.mainIndices) && mains.length === 0) c.add(`${path}.mainIndices`, 'cần ít nhất một chỉ số chính / at least one main index');
  mains.forEach((m, i) => {
    const at = `${path}.mainIndices[${i}]`;
    const mo = c.object(m, at);
    if (!mo) return;
    c.unknownFields(mo, ['code', 'name', 'maxPoints', 'scored', 'components', 'publishedElement'], at);
    unique(c.code(mo, 'code', at), `${at}.code`);
    c.text(mo, 'name', at);
    c.number(mo, 'maxPoints', at, { min: 0 });
    if (mo.scored !== undefined && typeof mo.scored !== 'boolean') c.add(`${at}.scored`, 'phải là true/false / must be a boolean');
    c.code(mo, 'publishedElement', at, false);
    c.array(mo.components, `${at}.components`).forEach((comp, j) => {
      const cat = `${at}.components[${j}]`;
      const co = c.object(comp, cat);
      if (!co) return;
      c.unknownFields(co, ['code', 'name', 'maxPoints', 'rule', 'pillars', 'source'], cat);
      unique(c.code(co, 'code', cat), `${cat}.code`);
      c.text(co, 'name', cat);
      c.number(co, 'maxPoints', cat, { min: 0 });
      checkRule(c, co.rule, `${cat}.rule`);
      c.array(co.pillars, `${cat}.pillars`, false).forEach((p, k) => {
        if (typeof p !== 'string' || !pillarCodes.has(p)) c.add(`${cat}.pillars[${k}]`, `trụ cột '${String(p)}' không có trong pillars / unknown pillar`);
      });
      if (co.source !== undefined) checkSource(c, co.source, `${cat}.source`);
    });
  });
  if (o.grades !== undefined) {
    c.array(o.grades, `${path}.grades`).forEach((g, i) => {
      const at = `${path}.grades[${i}]`;
      const go = c.object(g, at);
      if (!go) return;
      c.unknownFields(go, ['code', 'label', 'min'], at);
      c.code(go, 'code', at);
      c.text(go, 'label', at);
      const min = c.number(go, 'min', at, { min: 0 });
      if (min !== undefined && min > 1) c.add(`${at}.min`, 'phải từ 0 đến 1 / must be between 0 and 1');
    });
  }
  return c.problems;
}

function checkSource(c: Checker, raw: unknown, at: string): void {
  const o = c.object(raw, at);
  if (!o) return;
  c.unknownFields(o, ['indicator', 'element', 'scale'], at);
  const has = ['indicator', 'element'].filter((k) => o[k] !== undefined);
  if (has.length !== 1) c.add(at, 'cần đúng một trong "indicator" hoặc "element" / exactly one of indicator, element');
  for (const k of has) c.code(o, k, at);
  const scale = c.number(o, 'scale', at, { required: false });
  if (scale !== undefined && scale <= 0) c.add(`${at}.scale`, 'phải > 0 / must be > 0');
}

const RULE_FIELDS: Record<string, string[]> = {
  ratio: ['kind', 'percent'],
  steps: ['kind', 'steps'],
  categorical: ['kind', 'points'],
  boolean: ['kind'],
  minmax: ['kind', 'worst', 'best'],
  target: ['kind', 'target', 'lowerIsBetter'],
};

function checkRule(c: Checker, raw: unknown, at: string): void {
  const o = c.object(raw, at);
  if (!o) return;
  const fields = typeof o.kind === 'string' ? RULE_FIELDS[o.kind] : undefined;
  if (!fields) {
    c.add(`${at}.kind`, `phải là một trong: ${Object.keys(RULE_FIELDS).join(', ')} / must be one of them`);
    return;
  }
  c.unknownFields(o, fields, at);
  for (const flag of ['percent', 'lowerIsBetter']) {
    if (o[flag] !== undefined && typeof o[flag] !== 'boolean') c.add(`${at}.${flag}`, 'phải là true/false / must be a boolean');
  }
  if (o.kind === 'steps') {
    const steps = c.array(o.steps, `${at}.steps`);
    if (Array.isArray(o.steps) && steps.length === 0) c.add(`${at}.steps`, 'cần ít nhất một bậc / at least one step');
    const mins = new Set<number>();
    steps.forEach((s, i) => {
      const so = c.object(s, `${at}.steps[${i}]`);
      if (!so) return;
      c.unknownFields(so, ['min', 'points'], `${at}.steps[${i}]`);
      const min = c.number(so, 'min', `${at}.steps[${i}]`);
      c.number(so, 'points', `${at}.steps[${i}]`, { min: 0 });
      if (min !== undefined && mins.has(min)) c.add(`${at}.steps[${i}].min`, `ngưỡng ${min} trùng / duplicate threshold`);
      if (min !== undefined) mins.add(min);
    });
  }
  if (o.kind === 'categorical') {
    const points = c.object(o.points, `${at}.points`);
    if (points && Object.keys(points).length === 0) c.add(`${at}.points`, 'cần ít nhất một giá trị / at least one category');
    if (points) for (const key of Object.keys(points)) c.number(points, key, `${at}.points`, { min: 0 });
  }
  if (o.kind === 'minmax') {
    const worst = c.number(o, 'worst', at);
    const best = c.number(o, 'best', at);
    if (worst !== undefined && worst === best) c.add(`${at}.best`, 'ngưỡng tốt nhất và kém nhất trùng nhau / best equals worst');
  }
  if (o.kind === 'target') {
    const target = c.number(o, 'target', at);
    if (target === 0) c.add(`${at}.target`, 'mục tiêu phải khác 0 / must not be 0');
  }
}
