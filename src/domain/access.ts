/**
 * Who may do what, declared in one place (outline's policy style). A scope covers a unit and everything below
 * it, so the caller passes the target unit's path (itself and its ancestors on the date that matters). Scopes
 * of stored users and tokens name unit VERSIONS (units.id; see unit-scopes.ts): when the target carries the
 * path's ids they are compared, never the codes, so a code re-used by another unit in the 2025 reform grants
 * nothing new. API clients may be further limited to some data elements.
 */
export const ROLES = ['admin', 'approver', 'reporter', 'viewer', 'api_client'] as const;
export type Role = (typeof ROLES)[number];

/**
 * `read_coverage`: who has and has not reported a dataset (a steering view, not unit-scoped: the Sở's reviewers see it all).
 * `explain`: a unit's explanation of a missed target and its progress on a directive (giải trình, báo cáo tiến độ; unit-scoped).
 * `direct`: a leader's directive on a missed target (chỉ đạo) and closing its follow-up; leaders are not unit-scoped.
 * `read_personal`: personal data of a unit's records (a community tech team's members, NĐ 13/2023/NĐ-CP): the admin and
 * the unit's own reporters, approvers and tokens only — never a leader (viewer), never without a unit.
 */
export type Action = 'read' | 'read_coverage' | 'write_values' | 'submit' | 'approve' | 'return' | 'reopen' | 'manage' | 'explain' | 'direct' | 'read_personal';
export const ACTIONS: readonly Action[] = [
  'read',
  'read_coverage',
  'write_values',
  'submit',
  'approve',
  'return',
  'reopen',
  'manage',
  'explain',
  'direct',
  'read_personal',
];

export interface Actor {
  kind: 'user' | 'token';
  name: string;
  role: Role;
  /** Unit codes; empty means none (except for admin and viewer, who are not unit-scoped). */
  unitScopes: string[];
  /**
   * The unit versions (units.id) the scopes name. Set for every stored user and token; then a target with
   * `unitIdPath` is matched by id only. Absent (built-in actors, older tests): codes are compared.
   */
  unitScopeIds?: number[];
  /** API clients only: data element codes they may write; empty means all elements in their units. */
  elementScopes?: string[];
}

export interface AccessTarget {
  /** The unit's code followed by its ancestors' codes (any order). */
  unitPath: string[];
  /** The same path as unit ids (the versions in force on the date), when the caller resolved it. */
  unitIdPath?: number[];
  elementCode?: string;
}

const ROLE_ACTIONS: Record<Role, Action[]> = {
  admin: ['read', 'read_coverage', 'write_values', 'submit', 'approve', 'return', 'reopen', 'manage', 'explain', 'direct', 'read_personal'],
  approver: ['read', 'read_coverage', 'approve', 'return', 'reopen', 'read_personal'],
  reporter: ['read', 'write_values', 'submit', 'explain', 'read_personal'],
  viewer: ['read', 'read_coverage', 'direct'],
  api_client: ['read', 'write_values', 'read_personal'],
};

/** Actions that read and are not bound to a unit. */
const READ_ONLY: readonly Action[] = ['read', 'read_coverage'];
/** What a viewer (a leader: lãnh đạo) may do anywhere: read, and direct the follow-up of a missed target. */
const LEADER: readonly Action[] = [...READ_ONLY, 'direct'];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function can(actor: Actor, action: Action, target?: AccessTarget): boolean {
  if (!ROLE_ACTIONS[actor.role].includes(action)) return false;
  if (actor.role === 'admin') return true;
  if (actor.role === 'viewer') return LEADER.includes(action);
  if (!target) return READ_ONLY.includes(action);
  const inScope =
    actor.unitScopeIds && target.unitIdPath
      ? target.unitIdPath.some((id) => actor.unitScopeIds?.includes(id))
      : target.unitPath.some((code) => actor.unitScopes.includes(code));
  if (!inScope) return false;
  if (actor.role === 'api_client' && target.elementCode && actor.elementScopes?.length) {
    return actor.elementScopes.includes(target.elementCode);
  }
  return true;
}

/** The abilities a client may show for a target, so the UI never re-implements these rules. */
export function abilities(actor: Actor, target?: AccessTarget): Record<Action, boolean> {
  return Object.fromEntries(ACTIONS.map((a) => [a, can(actor, a, target)])) as Record<Action, boolean>;
}
