/**
 * Who may do what with a community tech team, through domain/access.ts on the team's commune: as it is today, or
 * as it last was when it is no longer in force (a Ninh Thuận commune merged on 1/7/2025 keeps its scopes' unit
 * versions, so its own reporters and approvers still see its teams). Writing a team, its members and activities is
 * `write_values` on that commune; reading its member list (personal data) is `read_personal`; counts are `read`.
 */
import { can, type Action, type Actor } from '../../domain/access.ts';
import { appError } from '../../domain/errors.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { lastDayInForce } from '../../store/units/in-force.ts';
import { unitPathWithIds } from '../../store/units/path.ts';

export interface TeamUnitPath {
  code: string;
  /** The day the path is taken on. */
  at: string;
  codes: string[];
  ids: number[];
}

/** The commune's path today, or on its last day in force; null for a code never in force. */
export async function teamUnitPath(db: Kysely<Database>, code: string, today: string): Promise<TeamUnitPath | null> {
  const at = await lastDayInForce(db, code, today);
  if (!at) return null;
  const path = await unitPathWithIds(db, code, at);
  return path ? { code, at, ...path } : null;
}

export function canOnTeamUnit(actor: Actor, action: Action, path: TeamUnitPath | null): boolean {
  return can(actor, action, { unitPath: path?.codes ?? [], ...(path ? { unitIdPath: path.ids } : {}) });
}

/** 403 FORBIDDEN unless the actor may act on the commune. */
export function assertOnTeamUnit(actor: Actor, action: Action, path: TeamUnitPath | null, code: string): void {
  if (!canOnTeamUnit(actor, action, path)) throw appError('FORBIDDEN', { action, target: code });
}
