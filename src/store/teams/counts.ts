/**
 * The teams registry's figures (app/teams/counter.ts): per owning unit (the commune: a village team is its
 * commune's), teams and members standing on a day by level, and activities and people supported within a span.
 * Counts only: no name or phone leaves here.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export type TeamStock = 'teams' | 'members' | 'units';

interface Scope {
  level: string;
  unitCodes: readonly string[] | null;
}

/** Teams (or their members, or the units having one) of a level standing on `day`, per unit. */
export async function stockPerUnit(db: Kysely<Database>, what: TeamStock, scope: Scope, day: string): Promise<Map<string, number>> {
  if (scope.unitCodes && scope.unitCodes.length === 0) return new Map();
  let query = db
    .selectFrom('communityTeams as t')
    .where('t.level', '=', scope.level)
    .where('t.decisionDate', '<=', day)
    .where((eb) => eb.or([eb('t.dissolvedOn', 'is', null), eb('t.dissolvedOn', '>', day)]));
  if (scope.unitCodes) query = query.where('t.unitCode', 'in', scope.unitCodes);
  const rows =
    what === 'members'
      ? await query
          .innerJoin('communityTeamMembers as m', 'm.teamId', 't.id')
          .where('m.joinedOn', '<=', day)
          .where((eb) => eb.or([eb('m.leftOn', 'is', null), eb('m.leftOn', '>', day)]))
          .select(['t.unitCode', (eb) => eb.fn.countAll<number | string>().as('n')])
          .groupBy('t.unitCode')
          .execute()
      : await query
          .select(['t.unitCode', (eb) => eb.fn.countAll<number | string>().as('n')])
          .groupBy('t.unitCode')
          .execute();
  return new Map(rows.map((r) => [r.unitCode, what === 'units' ? 1 : Number(r.n)]));
}

/** Activities (or the people they supported) held in [from, to], per unit, teams of any level. */
export async function flowPerUnit(
  db: Kysely<Database>,
  what: 'activities' | 'people',
  unitCodes: readonly string[] | null,
  from: string,
  to: string,
): Promise<Map<string, number>> {
  if (unitCodes && unitCodes.length === 0) return new Map();
  let query = db
    .selectFrom('communityTeams as t')
    .innerJoin('communityTeamActivities as a', 'a.teamId', 't.id')
    .where('a.heldOn', '>=', from)
    .where('a.heldOn', '<=', to);
  if (unitCodes) query = query.where('t.unitCode', 'in', unitCodes);
  const rows = await query
    .select(['t.unitCode', (eb) => (what === 'people' ? eb.fn.sum<number | string>('a.peopleSupported') : eb.fn.countAll<number | string>()).as('n')])
    .groupBy('t.unitCode')
    .execute();
  return new Map(rows.map((r) => [r.unitCode, Number(r.n)]).filter(([, n]) => (n as number) > 0) as Array<[string, number]>);
}

export interface TeamFigureRow {
  id: number;
  unitCode: string;
  level: string;
  village: string | null;
  name: string;
  decisionDate: string;
  dissolvedOn: string | null;
  simulated: number;
  /** What the team adds to the figure. */
  n: number;
}

/** The teams behind a stock figure, with what each adds (1 a team; its members standing on the day). */
export async function stockTeams(db: Kysely<Database>, what: TeamStock, level: string, unitCodes: readonly string[], day: string): Promise<TeamFigureRow[]> {
  if (unitCodes.length === 0) return [];
  const teams = await db
    .selectFrom('communityTeams as t')
    .select(['t.id', 't.unitCode', 't.level', 't.village', 't.name', 't.decisionDate', 't.dissolvedOn', 't.simulated'])
    .where('t.level', '=', level)
    .where('t.unitCode', 'in', unitCodes)
    .where('t.decisionDate', '<=', day)
    .where((eb) => eb.or([eb('t.dissolvedOn', 'is', null), eb('t.dissolvedOn', '>', day)]))
    .execute();
  if (what !== 'members') return teams.map((t) => ({ ...t, n: 1 }));
  const counts = new Map<number, number>();
  const ids = teams.map((t) => t.id);
  for (let i = 0; i < ids.length; i += 200) {
    const rows = await db
      .selectFrom('communityTeamMembers')
      .select(['teamId', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('teamId', 'in', ids.slice(i, i + 200))
      .where('joinedOn', '<=', day)
      .where((eb) => eb.or([eb('leftOn', 'is', null), eb('leftOn', '>', day)]))
      .groupBy('teamId')
      .execute();
    for (const r of rows) counts.set(r.teamId, Number(r.n));
  }
  return teams.map((t) => ({ ...t, n: counts.get(t.id) ?? 0 })).filter((t) => t.n > 0);
}

/** The teams behind a flow figure: those with activities in [from, to], with their count or people supported. */
export async function flowTeams(
  db: Kysely<Database>,
  what: 'activities' | 'people',
  unitCodes: readonly string[],
  from: string,
  to: string,
): Promise<TeamFigureRow[]> {
  if (unitCodes.length === 0) return [];
  const rows = await db
    .selectFrom('communityTeams as t')
    .innerJoin('communityTeamActivities as a', 'a.teamId', 't.id')
    .select([
      't.id',
      't.unitCode',
      't.level',
      't.village',
      't.name',
      't.decisionDate',
      't.dissolvedOn',
      't.simulated',
      (eb) => (what === 'people' ? eb.fn.sum<number | string>('a.peopleSupported') : eb.fn.countAll<number | string>()).as('n'),
    ])
    .where('t.unitCode', 'in', unitCodes)
    .where('a.heldOn', '>=', from)
    .where('a.heldOn', '<=', to)
    .groupBy(['t.id', 't.unitCode', 't.level', 't.village', 't.name', 't.decisionDate', 't.dissolvedOn', 't.simulated'])
    .execute();
  return rows.map((r) => ({ ...r, n: Number(r.n) })).filter((r) => r.n > 0);
}

/** The first day any team record concerns (a decision or an activity), or null. */
export async function earliestTeamDate(db: Kysely<Database>): Promise<string | null> {
  const team = await db
    .selectFrom('communityTeams')
    .select((eb) => eb.fn.min('decisionDate').as('d'))
    .executeTakeFirst();
  const activity = await db
    .selectFrom('communityTeamActivities')
    .select((eb) => eb.fn.min('heldOn').as('d'))
    .executeTakeFirst();
  const dates = [team?.d, activity?.d].filter((d): d is string => typeof d === 'string');
  return dates.length ? dates.sort()[0]! : null;
}

/** Communes under a unit version on a day (the aggregates' `was` closure, itself included), codes and names. */
export async function communesUnder(db: Kysely<Database>, ancestorId: number, day: string): Promise<Array<{ code: string; name: string }>> {
  const rows = await db
    .selectFrom('aggClosure as c')
    .innerJoin('units as u', 'u.id', 'c.unitId')
    .select(['u.code', 'u.name'])
    .distinct()
    .where('c.view', '=', 'was')
    .where('c.ancestorId', '=', ancestorId)
    .where('c.validFrom', '<=', day)
    .where('c.validTo', '>', day)
    .where('u.level', '=', 'commune')
    .where('u.validFrom', '<=', day)
    .where('u.validTo', '>', day)
    .execute();
  return rows.sort((a, b) => a.code.localeCompare(b.code));
}

/** The version of a unit code in force on a day, with its level (a team's commune), or undefined. */
export async function unitWithLevelAt(
  db: Kysely<Database>,
  code: string,
  day: string,
): Promise<{ id: number; code: string; name: string; level: string } | undefined> {
  return db
    .selectFrom('units')
    .select(['id', 'code', 'name', 'level'])
    .where('code', '=', code)
    .where('validFrom', '<=', day)
    .where('validTo', '>', day)
    .orderBy('id')
    .executeTakeFirst();
}
