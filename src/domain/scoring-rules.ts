/**
 * How one component indicator of a framework turns a value into points (0..maxPoints).
 * The rule kinds cover 922/QĐ-BTTTT, 405/QĐ-BKHCN and provinces' own DTI sets.
 */
export type ScoringRule =
  /** value is a ratio 0..1 (or a percentage with `percent`): points = ratio × max. */
  | { kind: 'ratio'; percent?: boolean }
  /** points from the highest step whose `min` the value reaches (steps in any order). */
  | { kind: 'steps'; steps: Array<{ min: number; points: number }> }
  /** points by category ("đã ban hành" → 10). */
  | { kind: 'categorical'; points: Record<string, number> }
  /** yes → max, no → 0. */
  | { kind: 'boolean' }
  /** fixed goalposts: worst → 0, best → max, linear between, clamped (best < worst for lower-is-better). */
  | { kind: 'minmax'; worst: number; best: number }
  /** value / target × max, capped at max (or target / value when lower is better). */
  | { kind: 'target'; target: number; lowerIsBetter?: boolean };

export type ComponentValue = number | string | boolean | null;

export class ScoringError extends Error {}

/** Points for one component; null when the value is missing (a missing value scores nothing and is reported). */
export function scoreComponent(rule: ScoringRule, value: ComponentValue, maxPoints: number): number | null {
  if (value === null) return null;
  const clamp = (p: number) => Math.min(maxPoints, Math.max(0, p));
  switch (rule.kind) {
    case 'ratio': {
      const ratio = numeric(value) / (rule.percent ? 100 : 1);
      return clamp(ratio * maxPoints);
    }
    case 'steps': {
      const v = numeric(value);
      const reached = rule.steps.filter((s) => v >= s.min).sort((a, b) => b.min - a.min)[0];
      return clamp(reached?.points ?? 0);
    }
    case 'categorical': {
      const key = String(value);
      if (!(key in rule.points)) throw new ScoringError(`Giá trị "${key}" không có trong danh mục: ${Object.keys(rule.points).join(', ')}`);
      return clamp(rule.points[key]!);
    }
    case 'boolean':
      return truthy(value) ? maxPoints : 0;
    case 'minmax': {
      if (rule.best === rule.worst) throw new ScoringError('Ngưỡng tốt nhất và kém nhất trùng nhau');
      return clamp(((numeric(value) - rule.worst) / (rule.best - rule.worst)) * maxPoints);
    }
    case 'target': {
      const v = numeric(value);
      if (rule.target === 0) throw new ScoringError('Mục tiêu bằng 0');
      const ratio = rule.lowerIsBetter ? (v === 0 ? 1 : rule.target / v) : v / rule.target;
      return clamp(ratio * maxPoints);
    }
  }
}

function numeric(value: ComponentValue): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  const n = Number(value);
  if (Number.isNaN(n)) throw new ScoringError(`"${value}" không phải là số`);
  return n;
}

function truthy(value: ComponentValue): boolean {
  if (typeof value === 'string') return ['1', 'true', 'yes', 'có', 'co', 'x'].includes(value.trim().toLowerCase());
  return Boolean(value);
}
