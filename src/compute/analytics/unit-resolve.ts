/** Finds the unit a roll-up is asked for, and its children, in the right tree for the view. */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { Period } from '../../domain/periods.ts';
import { todayIsoDate } from '../../domain/dates.ts';
import { treeDate } from '../../store/aggregates/closure.ts';
import { unitVersionsInForce } from '../../store/units/in-force.ts';

export interface ResolvedUnit {
  id: number;
  code: string;
  name: string;
}

export type View = 'was' | 'now';

/** The date whose tree a view uses: the period's last day (or first, for a unit that ended within it) / today's tree. */
export async function viewDates(db: Kysely<Database>, view: View, period: Period): Promise<string[]> {
  if (view === 'now') return [(await treeDate(db)) ?? todayIsoDate()];
  return [period.end, period.start];
}

export async function resolveUnit(db: Kysely<Database>, code: string, dates: readonly string[]): Promise<{ unit: ResolvedUnit; at: string } | null> {
  for (const at of dates) {
    const row = await unitVersionsInForce(db, [code], at).select(['id', 'code', 'name']).limit(1).executeTakeFirst();
    if (row) return { unit: row, at };
  }
  return null;
}

export async function childrenAt(db: Kysely<Database>, parentId: number, at: string): Promise<ResolvedUnit[]> {
  return db
    .selectFrom('unitParents as up')
    .innerJoin('units as u', 'u.id', 'up.childId')
    .select(['u.id', 'u.code', 'u.name'])
    .where('up.parentId', '=', parentId)
    .where('up.validFrom', '<=', at)
    .where('up.validTo', '>', at)
    .orderBy('u.code')
    .execute();
}
