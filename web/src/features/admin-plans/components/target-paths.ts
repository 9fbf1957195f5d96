/**
 * A plan's targets as yearly paths for the editor: one row per (group, indicator, unit, comparison), one column per
 * year of the plan's span (and any other period a target names), each cell the typed target value. Back to the
 * API's target list in the same order; a cell left empty is no target. Values are typed in Vietnamese ("92,5").
 */
import type { AdminPlan, PlanTargetBody } from '../api/admin-plans';

export interface PathRow {
  key: string;
  group: string | null;
  indicator: string;
  indicatorName: string;
  unitOfMeasure: string | null;
  unit: string;
  comparison: PlanTargetBody['comparison'];
  /** period → the typed text. */
  cells: Record<string, string>;
  /** period → the target's label, kept as it was. */
  labels: Record<string, string>;
}

/** The years of the span ('2024'…'2026'), then any other period the targets name, in order. */
export function pathColumns(plan: Pick<AdminPlan, 'startPeriod' | 'endPeriod'>, rows: readonly PathRow[]): string[] {
  const years: string[] = [];
  const start = plan.startPeriod ? Number(plan.startPeriod.slice(0, 4)) : null;
  const end = plan.endPeriod ? Number(plan.endPeriod.slice(0, 4)) : start;
  if (start !== null && end !== null) for (let y = start; y <= end && years.length < 30; y++) years.push(String(y));
  const extra = new Set<string>();
  for (const row of rows) for (const period of Object.keys(row.cells)) if (!years.includes(period)) extra.add(period);
  return [...years, ...extra].sort();
}

export function toPathRows(plan: AdminPlan, language: 'vi' | 'en'): PathRow[] {
  const rows = new Map<string, PathRow>();
  for (const group of plan.groups) {
    for (const t of group.targets) {
      const key = JSON.stringify([group.group, t.indicator.code, t.unit, t.comparison]);
      let row = rows.get(key);
      if (!row) {
        row = {
          key,
          group: group.group,
          indicator: t.indicator.code,
          indicatorName: language === 'vi' ? t.indicator.name : t.indicator.nameEn,
          unitOfMeasure: t.indicator.unitOfMeasure,
          unit: t.unit,
          comparison: t.comparison,
          cells: {},
          labels: {},
        };
        rows.set(key, row);
      }
      row.cells[t.period] = formatTyped(t.value);
      if (t.label) row.labels[t.period] = t.label;
    }
  }
  return [...rows.values()];
}

/** 92.5 → "92,5" (no grouping: what a person types). */
export function formatTyped(value: number): string {
  return String(value).replace('.', ',');
}

/** "92,5" or "92.5" → 92.5; "" → null; anything else → NaN. */
export function parseTyped(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return null;
  if (!/^-?\d+([.,]\d+)?$/.test(trimmed)) return Number.NaN;
  return Number(trimmed.replace(',', '.'));
}

/** The targets of the rows (cells with a value), by row then period; the first cell that is not a number, if any. */
export function toTargets(rows: readonly PathRow[], columns: readonly string[]): { targets: PlanTargetBody[]; bad: { row: PathRow; period: string } | null } {
  const targets: PlanTargetBody[] = [];
  for (const row of rows) {
    for (const period of columns) {
      const value = parseTyped(row.cells[period] ?? '');
      if (value === null) continue;
      if (Number.isNaN(value)) return { targets: [], bad: { row, period } };
      const label = row.labels[period];
      targets.push({
        indicator: row.indicator,
        unit: row.unit,
        period,
        value,
        comparison: row.comparison,
        ...(row.group ? { group: row.group } : {}),
        ...(label ? { label } : {}),
      });
    }
  }
  return { targets, bad: null };
}
