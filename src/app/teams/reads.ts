/**
 * Reading the teams registry without personal data: a unit's overview on a day (its communes in force then, each
 * with its commune team and village teams and their member counts; the coverage — the share of communes with a
 * commune team; activities per quarter of the day's year) and one team's page (decision, activities, members per
 * village served). Villages are not units of the tree, so village coverage is the number of village teams, not a
 * share. A breakdown's member count below MIN_BREAKDOWN_COUNT (but not 0) is withheld (`null`, `withheld`): a
 * village with 2 members would point at them. Policy: `read` on the unit (team-access.ts for a team).
 */
import type { Actor } from '../../domain/access.ts';
import { activeOn, MIN_BREAKDOWN_COUNT } from '../../domain/community-teams.ts';
import { appError } from '../../domain/errors.ts';
import { parsePeriod } from '../../domain/periods.ts';
import type { Store } from '../../store/db.ts';
import { communesUnder, flowPerUnit, unitWithLevelAt } from '../../store/teams/counts.ts';
import { activitiesOf, getTeamRow, memberCountsOn, teamsOfUnits, type TeamRow } from '../../store/teams/repo.ts';
import { authorizeUnit } from '../policy.ts';
import { assertOnTeamUnit, canOnTeamUnit, teamUnitPath } from './team-access.ts';

/** A count in a breakdown: shown from MIN_BREAKDOWN_COUNT, or 0; else withheld. */
export function breakdownCount(n: number): { members: number | null; withheld: boolean } {
  return n === 0 || n >= MIN_BREAKDOWN_COUNT ? { members: n, withheld: false } : { members: null, withheld: true };
}

export interface TeamSummary {
  id: number;
  name: string;
  level: string;
  village: string | null;
  decisionNumber: string;
  decisionDate: string;
  simulated: boolean;
  members: number | null;
  withheld: boolean;
}

export interface CommuneTeams {
  code: string;
  name: string;
  communeTeam: TeamSummary | null;
  villageTeams: TeamSummary[];
}

export interface TeamsOverview {
  unit: { code: string; name: string; level: string };
  at: string;
  totals: {
    communes: number;
    communesWithTeam: number;
    coverage: number | null;
    communeTeams: number;
    communeMembers: number;
    villageTeams: number;
    villageMembers: number;
  };
  quarters: Array<{ period: string; activities: number; peopleSupported: number }>;
  communes: CommuneTeams[];
  simulated: boolean;
}

function summary(team: TeamRow, members: number): TeamSummary {
  return {
    id: team.id,
    name: team.name,
    level: team.level,
    village: team.village,
    decisionNumber: team.decisionNumber,
    decisionDate: team.decisionDate,
    simulated: team.simulated === 1,
    ...breakdownCount(members),
  };
}

export async function teamsOverview(store: Store, actor: Actor, query: { unit: string; at: string }): Promise<TeamsOverview> {
  const { db } = store;
  const unit = await unitWithLevelAt(db, query.unit, query.at);
  if (!unit) throw appError('UNIT_NOT_FOUND', { code: query.unit, reason: `không có hiệu lực vào ngày ${query.at} / not in force on ${query.at}` });
  await authorizeUnit(store, actor, 'read', query.unit, query.at);
  const communes = await communesUnder(db, unit.id, query.at);
  const codes = communes.map((c) => c.code);
  const teams = (await teamsOfUnits(db, codes)).filter((t) => activeOn(t.decisionDate, t.dissolvedOn, query.at));
  const members = new Map<number, number>();
  for (const row of await memberCountsOn(
    db,
    teams.map((t) => t.id),
    query.at,
  ))
    members.set(row.teamId, (members.get(row.teamId) ?? 0) + row.n);
  const totals = {
    communes: communes.length,
    communesWithTeam: 0,
    coverage: null as number | null,
    communeTeams: 0,
    communeMembers: 0,
    villageTeams: 0,
    villageMembers: 0,
  };
  const rows: CommuneTeams[] = communes.map((c) => {
    const own = teams.filter((t) => t.unitCode === c.code);
    const communeTeam = own.find((t) => t.level === 'commune');
    for (const t of own) {
      const n = members.get(t.id) ?? 0;
      if (t.level === 'commune') {
        totals.communeTeams += 1;
        totals.communeMembers += n;
      } else {
        totals.villageTeams += 1;
        totals.villageMembers += n;
      }
    }
    if (communeTeam) totals.communesWithTeam += 1;
    return {
      code: c.code,
      name: c.name,
      communeTeam: communeTeam ? summary(communeTeam, members.get(communeTeam.id) ?? 0) : null,
      villageTeams: own.filter((t) => t.level === 'village').map((t) => summary(t, members.get(t.id) ?? 0)),
    };
  });
  totals.coverage = communes.length ? Math.round((totals.communesWithTeam / communes.length) * 10000) / 100 : null;
  const year = query.at.slice(0, 4);
  const quarters = [];
  for (let q = 1; q <= 4; q++) {
    const period = parsePeriod(`${year}Q${q}`);
    const activities = await flowPerUnit(db, 'activities', codes, period.start, period.end);
    const people = await flowPerUnit(db, 'people', codes, period.start, period.end);
    const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    quarters.push({ period: period.id, activities: sum(activities), peopleSupported: sum(people) });
  }
  return {
    unit: { code: unit.code, name: unit.name, level: unit.level },
    at: query.at,
    totals,
    quarters,
    communes: rows,
    simulated: teams.some((t) => t.simulated === 1),
  };
}

export interface TeamDetail {
  id: number;
  unit: { code: string; name: string };
  level: string;
  village: string | null;
  name: string;
  decisionNumber: string;
  decisionDate: string;
  decisionIssuer: string;
  dissolvedOn: string | null;
  simulated: boolean;
  members: number;
  byVillage: Array<{ village: string | null; members: number | null; withheld: boolean }>;
  activities: Array<{ id: number; heldOn: string; title: string; peopleSupported: number }>;
  abilities: { readMembers: boolean; edit: boolean };
}

export async function teamDetail(store: Store, actor: Actor, id: number, today: string): Promise<TeamDetail> {
  const { db } = store;
  const team = await getTeamRow(db, id);
  if (!team) throw appError('RECORD_NOT_FOUND', { what: 'tổ công nghệ số cộng đồng', whatEn: 'community tech team', id: String(id) });
  const path = await teamUnitPath(db, team.unitCode, today);
  assertOnTeamUnit(actor, 'read', path, team.unitCode);
  const unit = await unitWithLevelAt(db, team.unitCode, path?.at ?? today);
  const day = team.dissolvedOn && team.dissolvedOn <= today ? team.dissolvedOn : today;
  const counts = await memberCountsOn(db, [id], day < team.decisionDate ? team.decisionDate : day);
  const total = counts.reduce((a, r) => a + r.n, 0);
  return {
    id,
    unit: { code: team.unitCode, name: unit?.name ?? team.unitCode },
    level: team.level,
    village: team.village,
    name: team.name,
    decisionNumber: team.decisionNumber,
    decisionDate: team.decisionDate,
    decisionIssuer: team.decisionIssuer,
    dissolvedOn: team.dissolvedOn,
    simulated: team.simulated === 1,
    members: total,
    byVillage: counts
      .sort((a, b) => (a.villageServed ?? '').localeCompare(b.villageServed ?? ''))
      .map((r) => ({ village: r.villageServed, ...breakdownCount(r.n) })),
    activities: (await activitiesOf(db, id)).map(({ teamId: _t, ...a }) => a),
    abilities: { readMembers: canOnTeamUnit(actor, 'read_personal', path), edit: canOnTeamUnit(actor, 'write_values', path) },
  };
}
