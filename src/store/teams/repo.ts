/**
 * The community tech teams' rows (schema.ts): teams, their members and activities. Reads of members are for
 * app/teams/members.ts only (personal data: the app checks `read_personal` and audits every read).
 */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { CommunityTeamActivitiesTable, CommunityTeamMembersTable, CommunityTeamsTable } from './schema.ts';

export type TeamRow = Selectable<CommunityTeamsTable>;
export type MemberRow = Selectable<CommunityTeamMembersTable>;
export type ActivityRow = Selectable<CommunityTeamActivitiesTable>;
export type TeamFields = Omit<TeamRow, 'id' | 'createdAt'>;
export type MemberFields = Omit<MemberRow, 'id' | 'teamId'>;
export type ActivityFields = Omit<ActivityRow, 'id' | 'teamId'>;

const CHUNK = 200;

export async function getTeamRow(db: Kysely<Database>, id: number): Promise<TeamRow | undefined> {
  return db.selectFrom('communityTeams').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertTeam(db: Kysely<Database>, team: TeamFields & { createdAt: string }): Promise<number> {
  const row = await db.insertInto('communityTeams').values(team).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateTeamRow(db: Kysely<Database>, id: number, team: Partial<TeamFields>): Promise<void> {
  await db.updateTable('communityTeams').set(team).where('id', '=', id).execute();
}

/** The teams at these units (a commune's own team and its villages'), by level, village and id. */
export async function teamsOfUnits(db: Kysely<Database>, unitCodes: readonly string[]): Promise<TeamRow[]> {
  if (unitCodes.length === 0) return [];
  const out: TeamRow[] = [];
  for (let i = 0; i < unitCodes.length; i += CHUNK)
    out.push(
      ...(await db
        .selectFrom('communityTeams')
        .selectAll()
        .where('unitCode', 'in', unitCodes.slice(i, i + CHUNK))
        .execute()),
    );
  return out.sort(
    (a, b) => a.unitCode.localeCompare(b.unitCode) || a.level.localeCompare(b.level) || (a.village ?? '').localeCompare(b.village ?? '') || a.id - b.id,
  );
}

/** A team not dissolved at this unit, level and village (the one an import or a create would duplicate). */
export async function findOpenTeam(db: Kysely<Database>, unitCode: string, level: string, village: string | null): Promise<TeamRow | undefined> {
  let query = db.selectFrom('communityTeams').selectAll().where('unitCode', '=', unitCode).where('level', '=', level).where('dissolvedOn', 'is', null);
  query = village === null ? query.where('village', 'is', null) : query.where('village', '=', village);
  return query.orderBy('id').executeTakeFirst();
}

export async function membersOf(db: Kysely<Database>, teamId: number): Promise<MemberRow[]> {
  return db.selectFrom('communityTeamMembers').selectAll().where('teamId', '=', teamId).orderBy('id').execute();
}

export async function getMemberRow(db: Kysely<Database>, id: number): Promise<MemberRow | undefined> {
  return db.selectFrom('communityTeamMembers').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertMembers(db: Kysely<Database>, teamId: number, members: readonly MemberFields[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < members.length; i += CHUNK) {
    const rows = await db
      .insertInto('communityTeamMembers')
      .values(members.slice(i, i + CHUNK).map((m) => ({ ...m, teamId })))
      .returning('id')
      .execute();
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

export async function updateMemberRow(db: Kysely<Database>, id: number, member: Partial<MemberFields>): Promise<void> {
  await db.updateTable('communityTeamMembers').set(member).where('id', '=', id).execute();
}

export async function deleteMembersOf(db: Kysely<Database>, teamId: number): Promise<number> {
  const result = await db.deleteFrom('communityTeamMembers').where('teamId', '=', teamId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function activitiesOf(db: Kysely<Database>, teamId: number): Promise<ActivityRow[]> {
  return db.selectFrom('communityTeamActivities').selectAll().where('teamId', '=', teamId).orderBy('heldOn', 'desc').orderBy('id', 'desc').execute();
}

export async function insertActivity(db: Kysely<Database>, teamId: number, activity: ActivityFields): Promise<number> {
  const row = await db
    .insertInto('communityTeamActivities')
    .values({ ...activity, teamId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Members per team and per village served, as they stand on a day (counts only: no names). */
export async function memberCountsOn(
  db: Kysely<Database>,
  teamIds: readonly number[],
  day: string,
): Promise<Array<{ teamId: number; villageServed: string | null; n: number }>> {
  if (teamIds.length === 0) return [];
  const out: Array<{ teamId: number; villageServed: string | null; n: number }> = [];
  for (let i = 0; i < teamIds.length; i += CHUNK) {
    const rows = await db
      .selectFrom('communityTeamMembers')
      .select(['teamId', 'villageServed', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('teamId', 'in', teamIds.slice(i, i + CHUNK))
      .where('joinedOn', '<=', day)
      .where((eb) => eb.or([eb('leftOn', 'is', null), eb('leftOn', '>', day)]))
      .groupBy(['teamId', 'villageServed'])
      .execute();
    out.push(...rows.map((r) => ({ teamId: r.teamId, villageServed: r.villageServed, n: Number(r.n) })));
  }
  return out;
}
