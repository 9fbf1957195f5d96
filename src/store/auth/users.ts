/**
 * The users repository: people who sign in (role, unit scopes, scrypt password hash, enabled or not). Reads,
 * and the row writes the use cases in app/auth/users.ts compose in their transaction; no rules, no audit here.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { Actor, Role } from '../../domain/access.ts';
import type { UnitVersion } from '../../domain/unit-scopes.ts';
import { toUnitScopes, type UnitScope } from './unit-scopes.ts';
import { forgetLoginDevices } from './login-devices.ts';

export const USER_ROLES = ['admin', 'approver', 'reporter', 'viewer'] as const satisfies readonly Role[];
export type UserRole = (typeof USER_ROLES)[number];

export interface UserInfo {
  username: string;
  role: UserRole;
  /** Scope codes (what clients show); `scopes` says which unit version each names. */
  units: string[];
  scopes: UnitScope[];
  displayName: string | null;
  /** Where the daily digest is mailed (migration 0021); absent when none. */
  email?: string | null;
  disabled: boolean;
  createdAt: string;
}

/** A user as the login check needs it (with the hash). */
export interface UserForLogin extends UserInfo {
  id: number;
  passwordHash: string;
}

/** The columns a change reads before it writes (the audit's `before`). */
export interface UserRow {
  id: number;
  username: string;
  role: string;
  displayName: string | null;
  disabled: boolean;
}

/** A user row's changeable columns; absent ones stay as they are. */
export interface UserRowChanges {
  role?: string;
  displayName?: string | null;
  email?: string | null;
  disabled?: boolean;
  passwordHash?: string;
}

/** Login names are compared lower-case, without surrounding spaces. */
export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

export function isUserRole(value: string): value is UserRole {
  return (USER_ROLES as readonly string[]).includes(value);
}

/** The access actor for a user row: scopes are matched by unit version (a scope naming none grants nothing). */
export function userActor(user: Pick<UserInfo, 'username' | 'role' | 'scopes'>): Actor {
  return {
    kind: 'user',
    name: user.username,
    role: user.role,
    unitScopes: [...new Set(user.scopes.map((s) => s.code))],
    unitScopeIds: user.scopes.flatMap((s) => (s.version ? [s.version.id] : [])),
  };
}

/** The user with this login name (any case), or null. */
export async function findUserRow(db: Kysely<Database>, username: string): Promise<UserRow | null> {
  const row = await db
    .selectFrom('users')
    .select(['id', 'username', 'role', 'displayName', 'disabled'])
    .where('username', '=', normaliseUsername(username))
    .executeTakeFirst();
  return row ? { ...row, disabled: Number(row.disabled) === 1 } : null;
}

/** Inserts a user (its name already normalised) with unit scopes naming `versions`; returns its id. */
export async function insertUser(
  db: Kysely<Database>,
  user: { username: string; role: string; displayName: string | null; passwordHash: string },
  versions: readonly UnitVersion[],
  now: Date,
): Promise<number> {
  const at = now.toISOString();
  const { id } = await db
    .insertInto('users')
    .values({ username: user.username, role: user.role, displayName: user.displayName, passwordHash: user.passwordHash, createdAt: at, updatedAt: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (versions.length)
    await db
      .insertInto('userUnits')
      .values(versions.map((v) => ({ userId: id, unitCode: v.code, unitId: v.id, resolution: null })))
      .execute();
  return id;
}

/** Sets the given columns and `updatedAt` (with no changes: only `updatedAt`, the mark of a scope change). */
export async function updateUserRow(db: Kysely<Database>, id: number, changes: UserRowChanges, now: Date): Promise<void> {
  const set = {
    updatedAt: now.toISOString(),
    ...(changes.role !== undefined ? { role: changes.role } : {}),
    ...(changes.displayName !== undefined ? { displayName: changes.displayName } : {}),
    ...(changes.email !== undefined ? { email: changes.email } : {}),
    ...(changes.disabled !== undefined ? { disabled: changes.disabled ? 1 : 0 } : {}),
    ...(changes.passwordHash !== undefined ? { passwordHash: changes.passwordHash } : {}),
  };
  await db.updateTable('users').set(set).where('id', '=', id).execute();
}

/** Ends every session of the user and forgets its known login devices (a new password, a disabled user). */
export async function endUserSessions(db: Kysely<Database>, id: number): Promise<void> {
  await db.deleteFrom('sessions').where('userId', '=', id).execute();
  await forgetLoginDevices(db, id);
}

/** Whether the user holds at least one unit scope. */
export async function holdsUnitScope(db: Kysely<Database>, id: number): Promise<boolean> {
  return (await db.selectFrom('userUnits').select('unitCode').where('userId', '=', id).executeTakeFirst()) !== undefined;
}

/** Each user's scopes (with the unit versions they name), by user id. */
export async function scopesOfUsers(db: Kysely<Database>, userIds: number[]): Promise<Map<number, UnitScope[]>> {
  const out = new Map<number, UnitScope[]>();
  if (!userIds.length) return out;
  const rows = await db.selectFrom('userUnits').select(['userId', 'unitCode as code', 'unitId', 'resolution']).where('userId', 'in', userIds).execute();
  const byUser = new Map<number, typeof rows>();
  for (const r of rows) byUser.set(r.userId, [...(byUser.get(r.userId) ?? []), r]);
  for (const [id, own] of byUser) out.set(id, await toUnitScopes(db, own));
  return out;
}

const codesOf = (scopes: UnitScope[]): string[] => [...new Set(scopes.map((s) => s.code))];

/** The user with this login name (any case), or null. */
export async function findUserForLogin(db: Kysely<Database>, username: string): Promise<UserForLogin | null> {
  const row = await db.selectFrom('users').selectAll().where('username', '=', normaliseUsername(username)).executeTakeFirst();
  if (!row) return null;
  const scopes = (await scopesOfUsers(db, [row.id])).get(row.id) ?? [];
  return {
    id: row.id,
    username: row.username,
    role: row.role as UserRole,
    units: codesOf(scopes),
    scopes,
    displayName: row.displayName,
    ...(row.email ? { email: row.email } : {}),
    disabled: Number(row.disabled) === 1,
    createdAt: row.createdAt,
    passwordHash: row.passwordHash,
  };
}

/** Every user by name, without password hashes. */
export async function listUsers(db: Kysely<Database>): Promise<UserInfo[]> {
  const rows = await db.selectFrom('users').select(['id', 'username', 'role', 'displayName', 'email', 'disabled', 'createdAt']).orderBy('username').execute();
  const scopes = await scopesOfUsers(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    username: r.username,
    role: r.role as UserRole,
    units: codesOf(scopes.get(r.id) ?? []),
    scopes: scopes.get(r.id) ?? [],
    displayName: r.displayName,
    ...(r.email ? { email: r.email } : {}),
    disabled: Number(r.disabled) === 1,
    createdAt: r.createdAt,
  }));
}

/** One user as listUsers gives it (any case), or null. */
export async function findUser(db: Kysely<Database>, username: string): Promise<UserInfo | null> {
  const found = await findUserForLogin(db, username);
  if (!found) return null;
  const { id: _id, passwordHash: _hash, ...user } = found;
  return user;
}
