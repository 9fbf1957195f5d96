/**
 * Adds to analytics rows the target set for the same indicator, unit and period (first plan that has one), its
 * status and gap. A target names its unit as the code was when the period began (unit-version.ts): it goes only
 * on the row of that unit version (not on another unit re-using the code), and a unit that ended before the
 * period did is `reorganised`, not judged on the part of the period it lived (as in the plan status).
 * Set-based over a series: one read of the targets and one of the codes' versions, whatever the periods.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { parsePeriod } from '../../domain/periods.ts';
import { evaluateTarget, type Comparison, type TargetStatus } from '../../domain/targets.ts';
import { readIndicatorTargets, type IndicatorTargetRow } from '../../store/metadata/target-reads.ts';
import { unitVersionsOfCodes } from '../../store/units/tree-reads.ts';
import type { IndicatorRow } from './indicator.ts';
import { endedBy, versionOver, type UnitVersion } from './unit-version.ts';

export interface IndicatorRowWithTarget extends IndicatorRow {
  target?: number;
  status?: TargetStatus;
  gap?: number | null;
}

/**
 * `rows` as computeIndicatorRows returns them: period by period, each period's rows in the order of `units`
 * (so row i is the row of `units[i % units.length]`; for one period, `units[i]`).
 */
export async function withTargets<R extends IndicatorRow>(
  db: Kysely<Database>,
  indicator: string,
  units: ReadonlyArray<{ id: number }>,
  rows: R[],
  asOf: string,
): Promise<Array<R & Omit<IndicatorRowWithTarget, keyof IndicatorRow>>> {
  if (rows.length === 0) return rows;
  if (units.length === 0 || rows.length % units.length !== 0) throw new Error(`withTargets: ${rows.length} rows for ${units.length} units`);
  const periods = [...new Set(rows.map((r) => r.period))];
  const targets = await readIndicatorTargets(db, indicator, [...new Set(rows.map((r) => r.unit.code))], periods);
  if (targets.length === 0) return rows;
  const versionsByCode = new Map<string, UnitVersion[]>();
  for (const v of await unitVersionsOfCodes(db, [...new Set(targets.map((t) => t.unitCode))])) {
    const list = versionsByCode.get(v.code);
    if (list) list.push(v);
    else versionsByCode.set(v.code, [v]);
  }
  // The first target of each (unit code, period), with the unit version it means.
  const found = new Map<string, { target: IndicatorTargetRow; version: UnitVersion | null }>();
  for (const t of targets) {
    const key = `${t.unitCode}|${t.period}`;
    if (found.has(key)) continue;
    const period = parsePeriod(t.period);
    found.set(key, { target: t, version: versionOver(versionsByCode.get(t.unitCode) ?? [], period.start, period.end) });
  }
  return rows.map((row, i) => {
    const hit = found.get(`${row.unit.code}|${row.period}`);
    const version = hit?.version;
    if (!hit || !version || version.id !== units[i % units.length]!.id) return row;
    const t = hit.target;
    const period = parsePeriod(row.period);
    if (endedBy(version, period.end)) return { ...row, target: t.value, status: 'reorganised' as const, gap: null };
    const result = evaluateTarget({
      value: row.value,
      target: t.value,
      comparison: t.comparison as Comparison,
      decimals: t.decimals,
      periodOpen: asOf <= period.end,
    });
    return { ...row, target: t.value, status: result.status, gap: result.gap };
  });
}
