/**
 * Who a request is, for the auth plugin and `/auth`: the live session of a cookie (store/auth/sessions.ts:
 * only the id's sha256 is stored, the CSRF token is derived from the id), the actor of a Bearer token, the end
 * of a session (logout, or a new login replacing it), and `/auth/me`'s data: the caller, the unit versions its
 * scopes name, and its abilities.
 */
import { abilities, type Action, type Actor } from '../../domain/access.ts';
import { deleteSession, findSession, type SessionInfo } from '../../store/auth/sessions.ts';
import { findTokenActor } from '../../store/auth/tokens.ts';
import { versionsById } from '../../store/auth/unit-scopes.ts';
import type { Store } from '../../store/db.ts';
import { presentVersion } from './present.ts';

export { SESSION_ABSOLUTE_MS } from '../../store/auth/sessions.ts';
export { DEVICE_LIFETIME_MS } from '../../store/auth/login-devices.ts';

/** The live session for a cookie value, or null (unknown, expired, or its user disabled). */
export function sessionOf(store: Store, sessionId: string, now: Date = new Date()): Promise<SessionInfo | null> {
  return findSession(store.db, sessionId, now);
}

/** The actor for a Bearer token, or null when it is unknown or revoked. */
export function actorOfToken(store: Store, token: string): Promise<Actor | null> {
  return findTokenActor(store.db, token);
}

/** Ends the session (logout, or the one a new login replaces); unknown ids are ignored. */
export function endSession(store: Store, sessionId: string): Promise<void> {
  return deleteSession(store.db, sessionId);
}

export interface Me {
  actor: {
    kind: Actor['kind'];
    name: string;
    role: Actor['role'];
    units: string[];
    unitVersions: Array<ReturnType<typeof presentVersion>>;
    elements?: string[];
    displayName?: string;
  };
  abilities: Record<Action, boolean>;
}

/** Abilities in the caller's own units (admin and viewer are not unit-scoped), so the UI can show or hide actions. */
function abilitiesOf(actor: Actor): Record<Action, boolean> {
  return abilities(actor, actor.unitScopes.length ? { unitPath: actor.unitScopes } : undefined);
}

/** `/auth/me`: the caller (with the session's display name, if any) and what it may do. */
export async function describeMe(store: Store, actor: Actor, displayName?: string | null): Promise<Me> {
  // The unit version each scope names, so a client can tell the old 68 (until 30/6/2025) from the new one.
  const versions = [...(await versionsById(store.db, actor.unitScopeIds ?? [])).values()].sort(
    (a, b) => a.code.localeCompare(b.code) || a.validFrom.localeCompare(b.validFrom),
  );
  return {
    actor: {
      kind: actor.kind,
      name: actor.name,
      role: actor.role,
      units: actor.unitScopes,
      unitVersions: versions.map(presentVersion),
      ...(actor.kind === 'token' ? { elements: actor.elementScopes ?? [] } : {}),
      ...(displayName ? { displayName } : {}),
    },
    abilities: abilitiesOf(actor),
  };
}
