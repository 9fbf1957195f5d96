/**
 * The units an analytics query reads, in the right tree for the view. The unit asked for is resolved once for
 * all the periods: on the tree of the last period (was: its last day, else its first, for a unit that ended
 * within it) or on today's tree (now). Its breakdown: none (the unit), its children on that day, every leaf
 * unit below it at some time in the periods (communes under a province of three tiers), or listed units.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { Period } from '../../domain/periods.ts';
import { todayIsoDate } from '../../domain/dates.ts';
import { appError } from '../../domain/errors.ts';
import { treeDate } from '../../store/aggregates/closure.ts';
import { readLeavesBelow } from '../../store/aggregates/read.ts';
import { childrenAt, unitInForce, unitsInForce } from '../../store/units/tree-reads.ts';

export interface ResolvedUnit {
  id: number;
  code: string;
  name: string;
}

export type View = 'was' | 'now';

/** none: the unit; children: its children; leaves: the leaf units below it; units: units listed by code. */
export type Breakdown = 'none' | 'children' | 'leaves' | 'units';

/** The date whose tree a view uses: the period's last day (or first, for a unit that ended within it) / today's tree. */
async function viewDates(db: Kysely<Database>, view: View, period: Period): Promise<string[]> {
  if (view === 'now') return [(await treeDate(db)) ?? todayIsoDate()];
  return [period.end, period.start];
}

/** The version of `code` in force on the first of `dates` that has one, and that date; null when none has. */
async function resolveUnit(db: Kysely<Database>, code: string, dates: readonly string[]): Promise<{ unit: ResolvedUnit; at: string } | null> {
  for (const at of dates) {
    const row = await unitInForce(db, code, at);
    if (row) return { unit: row, at };
  }
  return null;
}

/** The unit a query over `periods` (at least one) is asked for; AppError UNIT_NOT_FOUND when it is not in the view's tree. */
export async function resolveQueryUnit(
  db: Kysely<Database>,
  code: string,
  view: View,
  periods: readonly Period[],
): Promise<{ unit: ResolvedUnit; at: string }> {
  const last = lastPeriod(periods);
  const resolved = await resolveUnit(db, code, await viewDates(db, view, last));
  if (!resolved)
    throw appError('UNIT_NOT_FOUND', {
      code,
      reason: view === 'now' ? "không có trong cây hiện nay / not in today's tree" : `không có hiệu lực trong kỳ ${last.id} / not in force in ${last.id}`,
    });
  return resolved;
}

/**
 * The units of a breakdown of the resolved unit, by code (`units`: in the order listed, each in force on the
 * day the unit was resolved on; an unknown one is AppError UNIT_NOT_FOUND). Whether listed units lie below the
 * unit is the caller's check (it reads their paths for the access check anyway).
 */
export async function breakdownUnits(
  db: Kysely<Database>,
  resolved: { unit: ResolvedUnit; at: string },
  breakdown: Breakdown,
  view: View,
  periods: readonly Period[],
  listed: readonly string[] = [],
): Promise<ResolvedUnit[]> {
  switch (breakdown) {
    case 'none':
      return [resolved.unit];
    case 'children':
      return childrenAt(db, resolved.unit.id, resolved.at);
    case 'leaves':
      return readLeavesBelow(db, view, resolved.unit.id, firstPeriod(periods).start, lastPeriod(periods).end);
    case 'units': {
      const found = new Map((await unitsInForce(db, listed, resolved.at)).map((u) => [u.code, u]));
      const missing = listed.find((code) => !found.has(code));
      if (missing !== undefined) {
        throw appError('UNIT_NOT_FOUND', {
          code: missing,
          reason:
            view === 'now' ? "không có trong cây hiện nay / not in today's tree" : `không có hiệu lực ngày ${resolved.at} / not in force on ${resolved.at}`,
        });
      }
      return listed.map((code) => found.get(code)!);
    }
  }
}

/** The period that ends last (the first of them on a tie). */
export function lastPeriod(periods: readonly Period[]): Period {
  return periods.reduce((a, b) => (b.end > a.end ? b : a));
}

/** The period that starts first. */
export function firstPeriod(periods: readonly Period[]): Period {
  return periods.reduce((a, b) => (b.start < a.start ? b : a));
}
