/**
 * Who hears about a task: the enabled users whose unit scopes cover its lead or a coordinating unit (reporters and
 * approvers of those units). Leaders and admins are not unit-scoped: they see every task on the Đôn đốc panel
 * and in the digest, and are not notified of each one. Loaded once per command or sweep.
 */
import type { Actor } from '../../domain/access.ts';
import type { UserRole } from '../../store/auth/users.ts';
import type { Kysely } from 'kysely';
import { scopesOfUsers, userActor } from '../../store/auth/users.ts';
import type { Database } from '../../store/schema.ts';
import { listRecipientUsers } from '../../store/tasks/notifications.ts';
import { canOn, type ResolvedUnit } from '../follow-ups/units.ts';

export interface Recipient {
  username: string;
  displayName: string | null;
  role: string;
  email: string | null;
  actor: Actor;
}

/** Every enabled user as a recipient (with the actor their scopes give). */
export async function loadRecipients(db: Kysely<Database>): Promise<Recipient[]> {
  const users = await listRecipientUsers(db);
  const scopes = await scopesOfUsers(
    db,
    users.map((u) => u.id),
  );
  return users.map((u) => ({
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    email: u.email,
    actor: userActor({ username: u.username, role: u.role as UserRole, scopes: scopes.get(u.id) ?? [] }),
  }));
}

/** The unit-scoped recipients (reporters, approvers) who may read one of these units. */
export function unitRecipients(all: readonly Recipient[], units: ReadonlyArray<ResolvedUnit | null>): Recipient[] {
  return all.filter((r) => (r.role === 'reporter' || r.role === 'approver') && units.some((u) => u !== null && canOn(r.actor, 'read', u)));
}
