/**
 * Writing the teams registry: a team (create, edit, dissolve by setting its date), a member (add, edit, leave by
 * setting the date), an activity. Each is one transaction with its audit event and the derived figures it moves
 * (refreshDerivedValues on the team's commune, from the earliest day the change concerns), so the record and the
 * numbers commit together. Policy: `write_values` on the team's commune (team-access.ts).
 *
 * The audit of a member keeps NO name or phone: entity `team_member`, key `<team>/<member>`, with the role, the
 * village served and the dates, and `personal: ['name', 'phone']` naming which personal fields were set or changed.
 * The audit trail is read more widely than the member list (every admin screen, exports), and a copy there would
 * outlive the member's removal; the member row itself is the one place the personal data lives.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../domain/access.ts';
import { validateActivity, validateMember, validateTeam, type MemberInput, type TeamInput } from '../../domain/community-teams.ts';
import { appError } from '../../domain/errors.ts';
import { ValidationError } from '../../domain/metadata.ts';
import { writeAudit } from '../../store/audit.ts';
import type { Store } from '../../store/db.ts';
import type { Database } from '../../store/schema.ts';
import { unitWithLevelAt } from '../../store/teams/counts.ts';
import {
  findOpenTeam,
  getMemberRow,
  getTeamRow,
  insertActivity,
  insertMembers,
  insertTeam,
  updateMemberRow,
  updateTeamRow,
  type TeamRow,
} from '../../store/teams/repo.ts';
import { inRetryingTransaction } from '../../store/transaction.ts';
import { refreshDerivedValues } from '../registries/derived-values.ts';
import { teamsCounter } from './counter.ts';
import { assertOnTeamUnit, teamUnitPath } from './team-access.ts';

export interface TeamContext {
  actor: Actor;
  today: string;
  now?: Date;
  via?: string;
  /** Audit source (default 'api'). */
  source?: string;
}

function checked<T>(result: { value?: T; problems: ValidationError['problems'] }): T {
  if (!result.value) throw new ValidationError(result.problems);
  return result.value;
}

const earliest = (...dates: Array<string | null | undefined>): string => dates.filter((d): d is string => !!d).sort()[0]!;

/** The team's fields for the store, checked against the tree: a commune in force on the decision's date. */
export async function checkTeamUnit(db: Kysely<Database>, team: TeamInput, path = 'team.unit'): Promise<void> {
  const unit = await unitWithLevelAt(db, team.unit, team.decisionDate);
  if (!unit || unit.level !== 'commune')
    throw new ValidationError([
      {
        path,
        message: `"${team.unit}" không phải xã, phường, thị trấn có hiệu lực ngày ${team.decisionDate} / not a commune in force on ${team.decisionDate}`,
      },
    ]);
}

async function audit(trx: Kysely<Database>, ctx: TeamContext, entity: string, key: string, action: string, before: unknown, after: unknown, now: Date) {
  await writeAudit(
    trx,
    [
      {
        actor: { name: ctx.actor.name, kind: ctx.actor.kind },
        source: ctx.source ?? 'api',
        via: ctx.via ?? null,
        entity,
        entityKey: key,
        action,
        before,
        after,
      },
    ],
    now,
  );
}

function teamAudit(t: TeamInput | TeamRow) {
  return {
    unit: 'unit' in t ? t.unit : t.unitCode,
    level: t.level,
    village: t.village,
    name: t.name,
    decisionNumber: t.decisionNumber,
    decisionDate: t.decisionDate,
    decisionIssuer: t.decisionIssuer,
    dissolvedOn: t.dissolvedOn,
  };
}

export async function createTeam(store: Store, raw: Record<string, unknown>, ctx: TeamContext): Promise<number> {
  const team = checked(validateTeam(raw));
  const now = ctx.now ?? new Date();
  return inRetryingTransaction(store.db, async (trx) => {
    assertOnTeamUnit(ctx.actor, 'write_values', await teamUnitPath(trx, team.unit, ctx.today), team.unit);
    await checkTeamUnit(trx, team);
    if (await findOpenTeam(trx, team.unit, team.level, team.village))
      throw new ValidationError([
        { path: team.level === 'village' ? 'team.village' : 'team.unit', message: 'đơn vị này đã có tổ đang hoạt động / this place already has a team' },
      ]);
    const at = now.toISOString();
    const id = await insertTeam(trx, {
      unitCode: team.unit,
      level: team.level,
      village: team.village,
      name: team.name,
      decisionNumber: team.decisionNumber,
      decisionDate: team.decisionDate,
      decisionIssuer: team.decisionIssuer,
      dissolvedOn: team.dissolvedOn,
      simulated: 0,
      createdAt: at,
      updatedAt: at,
    });
    await audit(trx, ctx, 'team', String(id), 'create', null, teamAudit(team), now);
    await refreshDerivedValues(trx, teamsCounter, { unitCodes: [team.unit], from: team.decisionDate, now });
    return id;
  });
}

async function loadTeam(trx: Kysely<Database>, id: number, ctx: TeamContext): Promise<TeamRow> {
  const team = await getTeamRow(trx, id);
  if (!team) throw appError('RECORD_NOT_FOUND', { what: 'tổ công nghệ số cộng đồng', whatEn: 'community tech team', id: String(id) });
  assertOnTeamUnit(ctx.actor, 'write_values', await teamUnitPath(trx, team.unitCode, ctx.today), team.unitCode);
  return team;
}

export async function updateTeam(store: Store, id: number, raw: Record<string, unknown>, ctx: TeamContext): Promise<void> {
  const team = checked(validateTeam(raw));
  const now = ctx.now ?? new Date();
  await inRetryingTransaction(store.db, async (trx) => {
    const before = await loadTeam(trx, id, ctx);
    if (team.unit !== before.unitCode) assertOnTeamUnit(ctx.actor, 'write_values', await teamUnitPath(trx, team.unit, ctx.today), team.unit);
    await checkTeamUnit(trx, team);
    const other = await findOpenTeam(trx, team.unit, team.level, team.village);
    if (other && other.id !== id && team.dissolvedOn === null)
      throw new ValidationError([{ path: 'team.village', message: 'đơn vị này đã có tổ đang hoạt động / this place already has a team' }]);
    await updateTeamRow(trx, id, {
      unitCode: team.unit,
      level: team.level,
      village: team.village,
      name: team.name,
      decisionNumber: team.decisionNumber,
      decisionDate: team.decisionDate,
      decisionIssuer: team.decisionIssuer,
      dissolvedOn: team.dissolvedOn,
      updatedAt: now.toISOString(),
    });
    await audit(trx, ctx, 'team', String(id), 'update', teamAudit(before), teamAudit(team), now);
    const from = earliest(before.decisionDate, team.decisionDate, before.dissolvedOn, team.dissolvedOn);
    await refreshDerivedValues(trx, teamsCounter, { unitCodes: [...new Set([before.unitCode, team.unit])], from, now });
  });
}

function memberAudit(teamId: number, m: Omit<MemberInput, 'role'> & { role: string }, personal: string[]) {
  return { team: teamId, role: m.role, villageServed: m.villageServed, joinedOn: m.joinedOn, leftOn: m.leftOn, personal };
}

export async function addMember(store: Store, teamId: number, raw: Record<string, unknown>, ctx: TeamContext): Promise<number> {
  const member = checked(validateMember(raw));
  const now = ctx.now ?? new Date();
  return inRetryingTransaction(store.db, async (trx) => {
    const team = await loadTeam(trx, teamId, ctx);
    const [id] = await insertMembers(trx, teamId, [member]);
    const personal = member.phone ? ['name', 'phone'] : ['name'];
    await audit(trx, ctx, 'team_member', `${teamId}/${id}`, 'create', null, memberAudit(teamId, member, personal), now);
    await refreshDerivedValues(trx, teamsCounter, { unitCodes: [team.unitCode], from: earliest(member.joinedOn, team.decisionDate), now });
    return id!;
  });
}

export async function updateMember(store: Store, teamId: number, memberId: number, raw: Record<string, unknown>, ctx: TeamContext): Promise<void> {
  const member = checked(validateMember(raw));
  const now = ctx.now ?? new Date();
  await inRetryingTransaction(store.db, async (trx) => {
    const team = await loadTeam(trx, teamId, ctx);
    const before = await getMemberRow(trx, memberId);
    if (!before || before.teamId !== teamId) throw appError('RECORD_NOT_FOUND', { what: 'thành viên', whatEn: 'member', id: String(memberId) });
    await updateMemberRow(trx, memberId, member);
    const personal = [...(before.name !== member.name ? ['name'] : []), ...(before.phone !== member.phone ? ['phone'] : [])];
    await audit(trx, ctx, 'team_member', `${teamId}/${memberId}`, 'update', memberAudit(teamId, before, []), memberAudit(teamId, member, personal), now);
    const from = earliest(before.joinedOn, member.joinedOn, before.leftOn, member.leftOn);
    await refreshDerivedValues(trx, teamsCounter, { unitCodes: [team.unitCode], from, now });
  });
}

export async function addActivity(store: Store, teamId: number, raw: Record<string, unknown>, ctx: TeamContext): Promise<number> {
  const activity = checked(validateActivity(raw));
  const now = ctx.now ?? new Date();
  return inRetryingTransaction(store.db, async (trx) => {
    const team = await loadTeam(trx, teamId, ctx);
    const id = await insertActivity(trx, teamId, activity);
    await audit(trx, ctx, 'team_activity', `${teamId}/${id}`, 'create', null, { team: teamId, ...activity }, now);
    await refreshDerivedValues(trx, teamsCounter, { unitCodes: [team.unitCode], from: activity.heldOn, now });
    return id;
  });
}
