/**
 * Datasets (biểu mẫu báo cáo): which elements a unit reports for a period, which units report, by when.
 * The shape, its validation (every problem with its path), the deadline and who is expected to report.
 */
import { ELEMENT_CODE_PATTERN } from './formula.ts';
import type { ValidationProblem, Validated } from './metadata.ts';
import { parsePeriod, PERIOD_TYPES, type PeriodType } from './periods.ts';
import { UNIT_LEVELS, type UnitLevel } from './units.ts';

export interface DatasetElement {
  /** Data element code. */
  code: string;
  /** Section heading the element is shown under (optional). */
  section?: string;
  /** A value needs evidence (minh chứng) to be saved. */
  evidenceRequired: boolean;
}

/** `{unit}`: that unit reports; `{unit, level}`: every unit of that level under it reports. */
export interface DatasetUnits {
  unit: string;
  level?: UnitLevel;
}

export interface Dataset {
  code: string;
  name: string;
  nameEn: string;
  periodType: PeriodType;
  /** Deadline: the period's last day plus this many days. */
  deadlineDays: number;
  /** Ordered. */
  elements: DatasetElement[];
  units: DatasetUnits[];
}

/** The last day to submit on time, 'YYYY-MM-DD' (inclusive). */
export function deadlineFor(period: string, deadlineDays: number): string {
  const end = new Date(`${parsePeriod(period).end}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + deadlineDays);
  return end.toISOString().slice(0, 10);
}

/** A unit as seen on the period's date: its level and path (itself, then its ancestors). */
export interface UnitInTree {
  code: string;
  level: string;
  path: readonly string[];
}

/** True when the dataset expects this unit to report. */
export function isExpected(units: readonly DatasetUnits[], unit: UnitInTree): boolean {
  return units.some((u) => (u.level ? unit.level === u.level && unit.path.slice(1).includes(u.unit) : unit.code === u.unit));
}

const FIELDS = ['code', 'name', 'nameEn', 'periodType', 'deadlineDays', 'elements', 'units'];

/** Checks a dataset definition from outside; with `knownElements` every element must exist. */
export function validateDataset(raw: unknown, knownElements?: ReadonlySet<string>, path = 'dataset'): Validated<Dataset> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { problems: [{ path, message: 'phải là một đối tượng JSON / must be an object' }] };
  const o = raw as Record<string, unknown>;
  const problems: ValidationProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ path: `${path}.${field}`, message });
  for (const key of Object.keys(o)) if (!FIELDS.includes(key)) problem(key, `trường không được hỗ trợ (các trường: ${FIELDS.join(', ')}) / unknown field`);
  const text = (value: unknown, field: string, max = 500): string => {
    if (typeof value !== 'string' || value.trim() === '') problem(field, 'bắt buộc, là chuỗi không rỗng / required non-empty string');
    else if (value.length > max) problem(field, `dài quá ${max} ký tự / longer than ${max} characters`);
    return typeof value === 'string' ? value : '';
  };
  const code = text(o.code, 'code', 100);
  if (code && !ELEMENT_CODE_PATTERN.test(code)) problem('code', `mã '${code}' chỉ được gồm chữ cái không dấu, chữ số, _ và . / letters, digits, _ and . only`);
  const name = text(o.name, 'name');
  const nameEn = text(o.nameEn, 'nameEn');
  const periodType = o.periodType as PeriodType;
  if (!(PERIOD_TYPES as readonly unknown[]).includes(periodType)) problem('periodType', `phải là một trong: ${PERIOD_TYPES.join(', ')} / must be one of these`);
  const deadlineDays = o.deadlineDays ?? 0;
  if (typeof deadlineDays !== 'number' || !Number.isInteger(deadlineDays) || deadlineDays < 0 || deadlineDays > 366) {
    problem('deadlineDays', 'phải là số nguyên từ 0 đến 366 / must be an integer 0..366');
  }
  const elements: DatasetElement[] = [];
  const seen = new Set<string>();
  const rawElements = Array.isArray(o.elements) ? o.elements : [];
  if (!Array.isArray(o.elements) || o.elements.length === 0) problem('elements', 'cần ít nhất một phần tử dữ liệu / at least one element is required');
  rawElements.forEach((e: unknown, i) => {
    const at = `elements[${i}]`;
    const item = (typeof e === 'string' ? { code: e } : e) as Record<string, unknown> | null;
    if (typeof item !== 'object' || item === null) return problem(at, 'phải là mã hoặc {code, section?, evidenceRequired?} / must be a code or an object');
    for (const key of Object.keys(item))
      if (!['code', 'section', 'evidenceRequired'].includes(key)) problem(`${at}.${key}`, 'trường không được hỗ trợ / unknown field');
    const elementCode = text(item.code, `${at}.code`, 100);
    if (elementCode && knownElements && !knownElements.has(elementCode))
      problem(`${at}.code`, `không có phần tử dữ liệu '${elementCode}' / unknown data element`);
    if (elementCode && seen.has(elementCode)) problem(`${at}.code`, `phần tử '${elementCode}' bị lặp / duplicate element`);
    seen.add(elementCode);
    if (item.section !== undefined && item.section !== null) text(item.section, `${at}.section`);
    if (item.evidenceRequired !== undefined && typeof item.evidenceRequired !== 'boolean')
      problem(`${at}.evidenceRequired`, 'phải là true hoặc false / must be a boolean');
    elements.push({
      code: elementCode,
      ...(typeof item.section === 'string' ? { section: item.section } : {}),
      evidenceRequired: item.evidenceRequired === true,
    });
  });
  const units: DatasetUnits[] = [];
  if (!Array.isArray(o.units) || o.units.length === 0) problem('units', 'cần ít nhất một đơn vị báo cáo / at least one reporting unit is required');
  (Array.isArray(o.units) ? o.units : []).forEach((u: unknown, i) => {
    const at = `units[${i}]`;
    const item = (typeof u === 'string' ? { unit: u } : u) as Record<string, unknown> | null;
    if (typeof item !== 'object' || item === null) return problem(at, 'phải là mã đơn vị hoặc {unit, level?} / must be a unit code or an object');
    for (const key of Object.keys(item)) if (!['unit', 'level'].includes(key)) problem(`${at}.${key}`, 'trường không được hỗ trợ / unknown field');
    const unit = text(item.unit, `${at}.unit`, 64);
    if (item.level !== undefined && !(UNIT_LEVELS as readonly unknown[]).includes(item.level))
      problem(`${at}.level`, `phải là một trong: ${UNIT_LEVELS.join(', ')} / must be one of these`);
    units.push({ unit, ...(typeof item.level === 'string' ? { level: item.level as UnitLevel } : {}) });
  });
  if (problems.length > 0) return { problems };
  return { value: { code, name, nameEn, periodType, deadlineDays: deadlineDays as number, elements, units }, problems };
}
