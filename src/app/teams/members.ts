/**
 * A team's member list — personal data (Nghị định 13/2023/NĐ-CP: names and phones) — for the admin and the team's
 * commune's own reporters, approvers and tokens (`read_personal`, team-access.ts); never a leader (viewer), another
 * subtree's approver, another unit's token or an anonymous caller. Every read that answers writes an audit event
 * (entity `team_members`, key the team's id, action `read`, with how many members were shown — not who).
 */
import type { Actor } from '../../domain/access.ts';
import { appError } from '../../domain/errors.ts';
import { writeAudit } from '../../store/audit.ts';
import type { Store } from '../../store/db.ts';
import { getTeamRow, membersOf } from '../../store/teams/repo.ts';
import { inRetryingTransaction } from '../../store/transaction.ts';
import { assertOnTeamUnit, teamUnitPath } from './team-access.ts';

export interface TeamMemberView {
  id: number;
  name: string;
  role: string;
  phone: string | null;
  villageServed: string | null;
  joinedOn: string;
  leftOn: string | null;
}

export async function readTeamMembers(
  store: Store,
  actor: Actor,
  teamId: number,
  ctx: { today: string; now?: Date; via?: string },
): Promise<{ team: number; items: TeamMemberView[] }> {
  const now = ctx.now ?? new Date();
  return inRetryingTransaction(store.db, async (trx) => {
    const team = await getTeamRow(trx, teamId);
    if (!team) throw appError('RECORD_NOT_FOUND', { what: 'tổ công nghệ số cộng đồng', whatEn: 'community tech team', id: String(teamId) });
    assertOnTeamUnit(actor, 'read_personal', await teamUnitPath(trx, team.unitCode, ctx.today), team.unitCode);
    const items = (await membersOf(trx, teamId)).map(({ teamId: _team, ...m }) => m);
    await writeAudit(
      trx,
      [
        {
          actor: { name: actor.name, kind: actor.kind },
          source: 'api',
          via: ctx.via ?? null,
          entity: 'team_members',
          entityKey: String(teamId),
          action: 'read',
          after: { unit: team.unitCode, members: items.length },
        },
      ],
      now,
    );
    return { team: teamId, items };
  });
}
