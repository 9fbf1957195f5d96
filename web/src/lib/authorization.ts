/** What the signed-in caller may do, as GET /auth/me's abilities say (the server's policy, never re-implemented here). */
import type { Ability, Me } from './api/types';

export function can(me: Me | null | undefined, ability: Ability): boolean {
  return me?.abilities[ability] === true;
}

/** The items of a menu the caller may see: each names the ability it needs. */
export function allowed<T extends { ability: Ability }>(me: Me | null | undefined, items: readonly T[]): T[] {
  return items.filter((item) => can(me, item.ability));
}
