/**
 * Target status for every target of a plan: the indicator's value at the target's unit and period (the tree as
 * it was then), status and gap (domain/targets.ts), a linear projection while the period is still open, and the
 * summary "8/19 chỉ tiêu đạt và vượt kế hoạch" by group, and beside it what the unit reported of its progress
 * (reported-tally.ts): a plan whose targets are partly known shows "8/19 theo báo cáo; 2/2 chỉ tiêu có số liệu".
 *
 * Through a reform: a target's code is the unit it named when the target's period began (unit-version.ts). When
 * that unit ended before the period did (06 Bắc Kạn merged into 19 Thái Nguyên on 1/7/2025: its 2025 and later
 * targets), no value of it answers for the period, so the target is `reorganised`, not judged: `value` is the old
 * unit's own figure for the part of the period it lived (2025: January to June; none for later periods), the
 * reorganisation names the event and the successors, and `now` gives the period in the now view on the units of
 * today's tree the old unit went into — what a leader can follow the target on.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { childrenOf, parsePeriod, PERIOD_TYPES, type Period } from '../../domain/periods.ts';
import { evaluateTarget, projectLinear, summariseStatuses, TARGET_STATUS_LABELS, type Comparison, type TargetStatus } from '../../domain/targets.ts';
import { todayIsoDate } from '../../domain/dates.ts';
import { openToNull } from '../../store/dates.ts';
import { computeForUnits, loadIndicator, type IndicatorDefinition, type IndicatorRow } from './indicator.ts';
import { endedBy, unitVersionOver, type UnitVersion } from './unit-version.ts';
import { unitSuccession, type Reorganisation, type Succession } from './unit-succession.ts';
import { planUnitVersion } from './plan-unit.ts';
import { readPlanSpan, readPlanTargets } from '../../store/metadata/target-reads.ts';
import { AppError, appError } from '../../domain/errors.ts';
import { reportedTally, type ReportedTally } from './reported-tally.ts';

/** A target's period on a unit of today's tree, in the now view. */
export interface NowValue {
  unit: { code: string; name: string };
  value: number | null;
  coverage: { reported: number; expected: number };
  approximate: boolean;
}

export interface TargetStatusRow {
  indicator: string;
  unit: string;
  period: string;
  group: string | null;
  label: string | null;
  target: number;
  comparison: Comparison;
  value: number | null;
  status: TargetStatus;
  statusLabel: { vi: string; en: string };
  gap: number | null;
  projected: number | null;
  periodOpen: boolean;
  coverage: { reported: number; expected: number } | null;
  /** Set when the target's unit ended before its period did (status `reorganised`), else null. */
  reorganisation: Reorganisation | null;
  /** The now view of a reorganised target's period, one row per unit of today's tree; null otherwise. */
  now: NowValue[] | null;
}

export interface StatusSummary {
  total: number;
  metOrExceeded: number;
  byStatus: Record<TargetStatus, number>;
  text: string;
}

export interface PlanUnit {
  code: string;
  name: string;
  level: string;
  validFrom: string | null;
  validTo: string | null;
  /** When the unit ended before the plan did: what became of it. */
  reorganisation: Reorganisation | null;
}

export interface PlanStatus {
  plan: string;
  asOf: string;
  unit: PlanUnit | null;
  targets: TargetStatusRow[];
  summary: StatusSummary;
  groups: Array<{ group: string | null; summary: StatusSummary }>;
  /** What the unit reported of the plan's progress ("8/19 theo báo cáo"), beside `summary` (computed from the targets known); null when not reported. */
  reported: ReportedTally | null;
}

export async function targetStatuses(db: Kysely<Database>, options: { plan: string; asOf?: string }): Promise<PlanStatus> {
  const asOf = options.asOf ?? todayIsoDate();
  const plan = await readPlanSpan(db, options.plan);
  if (!plan) throw appError('PLAN_NOT_FOUND', { code: options.plan });
  const targets = await readPlanTargets(db, plan.id);
  const lookups = new Lookups(db);
  const rows: TargetStatusRow[] = [];
  for (const t of targets) {
    const def = await lookups.indicator(t.indicator);
    const period = parsePeriod(t.period);
    const periodOpen = asOf <= period.end;
    const comparison = t.comparison as Comparison;
    const target = t.value;
    const version = await lookups.version(t.unitCode, period);
    const base = { indicator: t.indicator, unit: t.unitCode, period: t.period, group: t.groupName, label: t.label, target, comparison, periodOpen };
    if (version && endedBy(version, period.end)) {
      // The unit lived only part of the period (or none of it): its own figure for that part, and the now view.
      const computed = version.validTo > period.start ? (await computeForUnits(db, def, [version], period, 'was'))[0]! : null;
      const succession = await lookups.succession(version);
      const now = succession.nowUnits.length ? (await computeForUnits(db, def, succession.nowUnits, period, 'now')).map(nowValue) : [];
      rows.push({
        ...base,
        value: computed?.value ?? null,
        status: 'reorganised',
        statusLabel: TARGET_STATUS_LABELS.reorganised,
        gap: null,
        projected: null,
        coverage: computed?.coverage ?? null,
        reorganisation: succession.reorganisation,
        now,
      });
      continue;
    }
    const computed = version ? (await computeForUnits(db, def, [version], period, 'was'))[0]! : null;
    const projected = version && periodOpen && computed ? await projection(db, def, version, period, asOf, computed) : null;
    const value = computed?.value ?? null;
    const result = evaluateTarget({ value, target, comparison, decimals: def.decimals, periodOpen, projected });
    rows.push({
      ...base,
      value,
      status: result.status,
      statusLabel: TARGET_STATUS_LABELS[result.status],
      gap: result.gap,
      projected,
      coverage: computed?.coverage ?? null,
      reorganisation: null,
      now: null,
    });
  }
  const groupNames = [...new Set(rows.map((r) => r.group))];
  return {
    plan: plan.code,
    asOf,
    unit: await planUnit(db, plan, asOf, lookups),
    targets: rows,
    summary: summarise(rows),
    groups: groupNames.map((group) => ({ group, summary: summarise(rows.filter((r) => r.group === group)) })),
    reported: await reportedTally(db, plan, asOf),
  };
}

/** Indicator definitions, unit versions and successions, each read once per plan. */
class Lookups {
  private readonly indicators = new Map<string, IndicatorDefinition>();
  private readonly versions = new Map<string, UnitVersion | null>();
  private readonly successions = new Map<number, Succession>();
  constructor(private readonly db: Kysely<Database>) {}

  async indicator(code: string): Promise<IndicatorDefinition> {
    const found = this.indicators.get(code) ?? (await loadIndicator(this.db, code));
    this.indicators.set(code, found);
    return found;
  }

  async version(code: string, period: Period): Promise<UnitVersion | null> {
    const key = `${code}|${period.id}`;
    if (!this.versions.has(key)) this.versions.set(key, await unitVersionOver(this.db, code, period.start, period.end));
    return this.versions.get(key) ?? null;
  }

  async succession(version: UnitVersion): Promise<Succession> {
    const found = this.successions.get(version.id) ?? (await unitSuccession(this.db, version));
    this.successions.set(version.id, found);
    return found;
  }
}

async function planUnit(
  db: Kysely<Database>,
  plan: { unitCode: string | null; startPeriod: string | null; endPeriod: string | null },
  asOf: string,
  lookups: Lookups,
): Promise<PlanUnit | null> {
  const found = await planUnitVersion(db, plan, asOf).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'UNIT_NOT_FOUND') return null;
    throw error;
  });
  if (!found) return null;
  const { version, to } = found;
  return {
    code: version.code,
    name: version.name,
    level: version.level,
    validFrom: openToNull(version.validFrom),
    validTo: openToNull(version.validTo),
    reorganisation: endedBy(version, to) ? (await lookups.succession(version)).reorganisation : null,
  };
}

function nowValue(row: IndicatorRow): NowValue {
  return { unit: row.unit, value: row.value, coverage: row.coverage, approximate: row.approximate === true };
}

/** While the period is open: the trend of the lead element's sub-periods so far, extended to the period's end. */
async function projection(
  db: Kysely<Database>,
  def: IndicatorDefinition,
  unit: UnitVersion,
  period: Period,
  asOf: string,
  computed: IndicatorRow,
): Promise<number | null> {
  const lead = def.elements.find((e) => e.inNumerator);
  if (!lead || PERIOD_TYPES.indexOf(lead.periodType) >= PERIOD_TYPES.indexOf(period.type)) return null;
  const subs = childrenOf(period, lead.periodType);
  const points: Array<{ t: number; value: number }> = [];
  for (const [t, sub] of subs.entries()) {
    if (parsePeriod(sub).start > asOf) break;
    const [row] = await computeForUnits(db, def, [unit], parsePeriod(sub), 'was');
    if (row?.value !== null && row?.value !== undefined) points.push({ t, value: row.value });
  }
  const projected = projectLinear(points, subs.length - 1);
  // A total of a flow (no denominator): what came in so far plus the trend for the months still to come.
  if (projected !== null && lead.timeAggregation === 'sum' && !def.denominator && computed.value !== null) {
    const lastT = points[points.length - 1]?.t ?? -1;
    let rest = 0;
    for (let t = lastT + 1; t < subs.length; t++) rest += projectLinear(points, t) ?? 0;
    return computed.value + rest;
  }
  return projected;
}

function summarise(rows: TargetStatusRow[]): StatusSummary {
  const s = summariseStatuses(rows.map((r) => r.status));
  const reorganised = s.byStatus.reorganised ? ` (${s.byStatus.reorganised} chỉ tiêu của đơn vị đã sắp xếp lại)` : '';
  return { ...s, text: `${s.metOrExceeded}/${s.total} chỉ tiêu đạt và vượt kế hoạch${reorganised}` };
}
